// /api/event-series, /api/events, their sessions, and /api/sites: the
// centre's events and exchange programmes and the places they visit.
#include <boost/json.hpp>
#include <limits>

#include "app/json/directory_json.hpp"
#include "app/json/event_json.hpp"
#include "core/instant.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

json::value ref_json(const std::optional<core::OrganisationRef>& r) {
  if (!r) return nullptr;
  return json::object{{"id", r->id}, {"name", app::to_json(r->name)}};
}

json::object to_json(const app::SessionView& v) {
  auto out = app::to_json(v.session);
  out["site"] = ref_json(v.site);
  return out;
}

json::object to_json(const app::EventAnswer& a, bool full) {
  auto out = app::to_json(a.event);
  out["series"] = a.series ? json::value(json::object{{"id", a.series->id},
                                                      {"title", app::to_json(a.series->title)}})
                           : json::value(nullptr);
  json::array organisations;
  for (const auto& o : a.organisers) organisations.push_back(*ref_json(o).if_object());
  out["organisations"] = std::move(organisations);
  out["venue_organisation"] = ref_json(a.venue_organisation);
  out["registrations"] =
      json::object{{"registered", a.counts.registered},
                   {"waitlisted", a.counts.waitlisted},
                   {"seats_left", a.counts.seats_left ? json::value(*a.counts.seats_left)
                                                      : json::value(nullptr)}};
  if (full) {
    json::array sessions;
    for (const auto& s : a.sessions) sessions.push_back(to_json(s));
    out["sessions"] = std::move(sessions);
  }
  return out;
}

json::object to_json(const app::SiteView& v) {
  auto out = app::to_json(v.site);
  out["organisation"] = json::object{{"id", v.organisation.id},
                                     {"name", app::to_json(v.organisation.name)},
                                     {"kind", core::to_string(v.kind)}};
  return out;
}

core::Result<core::EventQuery> read_query(const Request& request) {
  Params p(request);
  core::EventQuery q;
  q.q = p.text("q");
  if (auto type = p.text("type", 32); !type.empty()) {
    q.type = core::parse_event_type(type);
    if (!q.type) {
      p.error("type", "应为 conference、exchange_camp、workshop、b2b、visit_programme 或 cultural",
              "must be conference, exchange_camp, workshop, b2b, visit_programme or cultural");
    }
  }
  if (auto s = p.integer("series_id", 1, std::numeric_limits<std::int64_t>::max())) {
    q.series_id = *s;
  }
  for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    if (auto v = p.text(name, 64); !v.empty()) {
      if (auto stored = core::normalise_instant(v)) {
        *out = *stored;
      } else {
        p.error(name, "时间格式应为 RFC 3339", "a time in RFC 3339");
      }
    }
  }
  if (auto order = p.text("order", 16); !order.empty()) {
    if (order != "upcoming" && order != "latest") {
      p.error("order", "应为 upcoming 或 latest", "must be upcoming or latest");
    }
    q.ascending = order == "upcoming";
  }
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<app::EventAnswer>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, to_json(*r, true));
}

HandlerResult session(const core::Result<app::SessionView>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, to_json(*r));
}

HandlerResult series(const core::Result<core::EventSeries>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

// Runs `f(id, body)` when both the path id and the JSON body read.
template <class F>
HandlerResult with_id_and_body(Request& request, F f) {
  auto id = path_id(request);
  if (!id) return core::fail(id.error());
  auto body = json_body(request);
  if (!body) return core::fail(body.error());
  return f(*id, *body);
}

void register_series(Router& router, app::App& app) {
  router.add("GET", "/api/event-series", [&app](Request& request) -> HandlerResult {
    auto all = app.events().series(context_of(request));
    if (!all) return core::fail(all.error());
    return items_response(*all, [](const auto& x) { return app::to_json(x); });
  });
  router.add("POST", "/api/event-series", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return series(app.events().create_series(context_of(request), *body), 201);
  });
  router.add("PATCH", "/api/event-series/{id}", [&app](Request& request) -> HandlerResult {
    return with_id_and_body(request, [&](core::Id id, const json::object& body) {
      return series(app.events().update_series(context_of(request), id, body));
    });
  });
}

void register_sessions(Router& router, app::App& app) {
  router.add("POST", "/api/events/{id}/sessions", [&app](Request& request) -> HandlerResult {
    return with_id_and_body(request, [&](core::Id id, const json::object& body) {
      return session(app.events().add_session(context_of(request), id, body), 201);
    });
  });
  router.add("PATCH", "/api/events/{id}/sessions/{sid}", [&app](Request& request) -> HandlerResult {
    auto sid = path_id(request, "sid");
    if (!sid) return core::fail(sid.error());
    return with_id_and_body(request, [&](core::Id id, const json::object& body) {
      return session(app.events().update_session(context_of(request), id, *sid, body));
    });
  });
  router.add("DELETE", "/api/events/{id}/sessions/{sid}",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               auto sid = path_id(request, "sid");
               if (!id || !sid) return core::fail(!id ? id.error() : sid.error());
               auto r = app.events().remove_session(context_of(request), *id, *sid);
               if (!r) return core::fail(r.error());
               return Response::no_content();
             });
}

void register_sites(Router& router, app::App& app) {
  router.add("GET", "/api/sites", [&app](Request& request) -> HandlerResult {
    auto all = app.events().sites(context_of(request));
    if (!all) return core::fail(all.error());
    return items_response(*all, [](const auto& x) { return to_json(x); });
  });
  router.add("GET", "/api/organisations/{id}/site", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto s = app.events().site(context_of(request), *id);
    if (!s) return core::fail(s.error());
    return json_response(200, to_json(*s));
  });
  router.add("PUT", "/api/organisations/{id}/site", [&app](Request& request) -> HandlerResult {
    return with_id_and_body(request, [&](core::Id id, const json::object& body) -> HandlerResult {
      auto s = app.events().put_site(context_of(request), id, body);
      if (!s) return core::fail(s.error());
      return json_response(200, to_json(*s));
    });
  });
}

}  // namespace

void register_events(Router& router, app::App& app) {
  register_series(router, app);
  router.add("GET", "/api/events", [&app](Request& request) -> HandlerResult {
    auto q = read_query(request);
    if (!q) return core::fail(q.error());
    auto page = app.events().list(context_of(request), *q);
    if (!page) return core::fail(page.error());
    json::array items;
    for (const auto& e : page->items) items.push_back(to_json(e, false));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/events", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.events().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/events/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.events().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/events/{id}", [&app](Request& request) -> HandlerResult {
    return with_id_and_body(request, [&](core::Id id, const json::object& body) {
      return one(app.events().update(context_of(request), id, body));
    });
  });
  register_sessions(router, app);
  register_sites(router, app);
}

}  // namespace icity::http
