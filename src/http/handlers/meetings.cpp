// B2B meetings of an event: participants' requests, answers, unavailable
// slots and agenda (by their registration and its private key), and the
// staff's schedule (run the scheduler, move by hand, publish).
#include <boost/json.hpp>
#include <limits>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

json::object to_json(const app::Participant& p) {
  return {{"registration_id", p.registration_id},
          {"name", app::to_json(p.name)},
          {"organisation", p.organisation},
          {"country", p.country}};
}

json::object to_json(const app::RequestView& v) {
  return {{"id", v.request.id},
          {"from", to_json(v.from)},
          {"to", to_json(v.to)},
          {"priority", v.request.priority},
          {"message", v.request.message},
          {"status", core::to_string(v.request.status)},
          {"created_at", v.request.created_at},
          {"updated_at", v.request.updated_at}};
}

json::object to_json(const app::ScheduleAnswer& s) {
  json::array meetings, unplaced;
  for (const auto& m : s.meetings) {
    meetings.push_back(json::object{{"id", m.meeting.id},
                                    {"slot", m.meeting.slot},
                                    {"table", m.meeting.table},
                                    {"fixed", m.meeting.fixed},
                                    {"starts_at", m.starts_at},
                                    {"ends_at", m.ends_at},
                                    {"request", to_json(m.request)}});
  }
  for (const auto& u : s.unplaced) {
    unplaced.push_back(json::object{{"request", to_json(u.request)}, {"reason", u.reason}});
  }
  return {{"meetings", std::move(meetings)},
          {"unplaced", std::move(unplaced)},
          {"total_weight", s.total_weight},
          {"idle_gaps", s.idle_gaps},
          {"published_at",
           s.published_at.empty() ? json::value(nullptr) : json::value(s.published_at)}};
}

// The participant named by ?registration=&key= (or in the path as {rid}).
core::Result<app::Who> who_of_query(const Request& request) {
  app::Who who;
  if (auto rid = request.param("rid")) {
    auto id = path_id(request, "rid");
    if (!id) return core::fail(id.error());
    who.registration_id = *id;
  } else {
    Params p(request);
    auto id = p.integer("registration", 1, std::numeric_limits<std::int64_t>::max());
    if (!id && !request.query.get("registration")) p.error("registration", "必填", "required");
    if (auto r = p.finish(); !r) return core::fail(r.error());
    who.registration_id = id.value_or(0);
  }
  if (auto k = request.query.get("key")) who.key = std::string(k->substr(0, 100));
  return who;
}

// The participant named in a body ("registration", "key").
core::Result<app::Who> who_of_body(const json::object& body) {
  app::Who who;
  auto r = body.if_contains("registration");
  if (!r || !r->is_int64() || r->as_int64() <= 0) {
    return core::fail(core::Error::invalid(
        {{"registration", {"必填:您的报名编号", "required: your registration's id"}}}));
  }
  who.registration_id = r->as_int64();
  if (auto k = body.if_contains("key"); k && k->is_string()) who.key = std::string(k->as_string());
  return who;
}

HandlerResult schedule(const core::Result<app::ScheduleAnswer>& s) {
  if (!s) return core::fail(s.error());
  return json_response(200, to_json(*s));
}

void register_participants(Router& router, app::App& app) {
  router.add("GET", "/api/events/{id}/meetings/participants",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               app::Who who;
               if (request.query.get("registration")) {
                 auto w = who_of_query(request);
                 if (!w) return core::fail(w.error());
                 who = *w;
               }
               auto all = app.meetings().participants(context_of(request), *id, who);
               if (!all) return core::fail(all.error());
               return items_response(*all, [](const auto& x) { return to_json(x); });
             });
  router.add("GET", "/api/events/{id}/meeting-requests", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    std::optional<app::Who> who;
    if (request.query.get("registration")) {
      auto w = who_of_query(request);
      if (!w) return core::fail(w.error());
      who = *w;
    }
    auto all = app.meetings().requests(context_of(request), *id, who);
    if (!all) return core::fail(all.error());
    return items_response(*all, [](const auto& x) { return to_json(x); });
  });
  router.add("POST", "/api/events/{id}/meeting-requests",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               auto who = who_of_body(*body);
               if (!who) return core::fail(who.error());
               auto v = app.meetings().ask(context_of(request), *id, *who, *body);
               if (!v) return core::fail(v.error());
               return json_response(201, to_json(*v));
             });
  router.add("POST", "/api/events/{id}/meeting-requests/{qid}/answer",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               auto qid = path_id(request, "qid");
               if (!id || !qid) return core::fail(!id ? id.error() : qid.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               auto who = who_of_body(*body);
               if (!who) return core::fail(who.error());
               auto v = app.meetings().answer(context_of(request), *id, *qid, *who, *body);
               if (!v) return core::fail(v.error());
               return json_response(200, to_json(*v));
             });
  router.add("GET", "/api/events/{id}/registrations/{rid}/unavailable",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               auto who = who_of_query(request);
               if (!id || !who) return core::fail(!id ? id.error() : who.error());
               auto slots = app.meetings().unavailable(context_of(request), *id, *who);
               if (!slots) return core::fail(slots.error());
               json::array list;
               for (int s : *slots) list.emplace_back(s);
               return json_response(200, json::object{{"slots", std::move(list)}});
             });
  router.add("PUT", "/api/events/{id}/registrations/{rid}/unavailable",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               auto who = who_of_query(request);
               if (!id || !who) return core::fail(!id ? id.error() : who.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               auto slots = app.meetings().set_unavailable(context_of(request), *id, *who, *body);
               if (!slots) return core::fail(slots.error());
               json::array list;
               for (int s : *slots) list.emplace_back(s);
               return json_response(200, json::object{{"slots", std::move(list)}});
             });
  router.add("GET", "/api/events/{id}/registrations/{rid}/agenda",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               auto who = who_of_query(request);
               if (!id || !who) return core::fail(!id ? id.error() : who.error());
               return schedule(app.meetings().agenda(context_of(request), *id, *who));
             });
}

}  // namespace

void register_meetings(Router& router, app::App& app) {
  register_participants(router, app);
  router.add("GET", "/api/events/{id}/meetings", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return schedule(app.meetings().current(context_of(request), *id));
  });
  router.add("POST", "/api/events/{id}/meetings/schedule",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               return schedule(app.meetings().schedule(context_of(request), *id, *body));
             });
  router.add("PATCH", "/api/events/{id}/meetings/{mid}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    auto mid = path_id(request, "mid");
    if (!id || !mid) return core::fail(!id ? id.error() : mid.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return schedule(app.meetings().move(context_of(request), *id, *mid, *body));
  });
  router.add("POST", "/api/events/{id}/meetings/publish",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               return schedule(app.meetings().publish(context_of(request), *id));
             });
}

}  // namespace icity::http
