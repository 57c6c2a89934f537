// Registration, invitations, check-in, attendance, exports and calendar
// feeds of events: /api/events/{id}/registrations…, /invitations…,
// /check-ins, /attendance, /attendees.csv|.xlsx, /calendar.ics, and a
// person's private feed /api/calendar/{token}.
#include <boost/json.hpp>
#include <limits>

#include "app/export/qr_code.hpp"
#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

json::object to_json(const core::Registration& r) {
  return {
      {"id", r.id},
      {"event_id", r.event_id},
      {"status", core::to_string(r.status)},
      {"position", r.position ? json::value(r.position) : json::value(nullptr)},
      {"arrival", r.arrival},
      {"name", app::to_json(r.name)},
      {"email", r.email},
      {"organisation", r.organisation},
      {"country", r.country},
      {"created_at", r.created_at},
      {"cancelled_at", r.cancelled_at.empty() ? json::value(nullptr) : json::value(r.cancelled_at)},
      {"promoted_at", r.promoted_at.empty() ? json::value(nullptr) : json::value(r.promoted_at)}};
}

json::object to_json(const app::RegistrationAnswer& a) {
  auto out = to_json(a.registration);
  out["event_title"] = app::to_json(core::LocalizedText{a.event_title_zh, a.event_title_en});
  if (!a.check_in_token.empty() && a.registration.status != core::RegistrationStatus::kCancelled) {
    out["check_in_token"] = a.check_in_token;
  }
  if (!a.key.empty()) {
    out["key"] = a.key;
    out["manage_url"] = "/events/" + std::to_string(a.registration.event_id) + "/registrations/" +
                        std::to_string(a.registration.id) + "?key=" + a.key;
  }
  return out;
}

json::object to_json(const core::Invitation& i) {
  return {
      {"id", i.id},
      {"event_id", i.event_id},
      {"name", app::to_json(i.name)},
      {"email", i.email},
      {"person_id", i.person_id ? json::value(*i.person_id) : json::value(nullptr)},
      {"registration_id",
       i.registration_id ? json::value(*i.registration_id) : json::value(nullptr)},
      {"reminders", i.reminders},
      {"invited_at", i.invited_at},
      {"reminded_at", i.reminded_at.empty() ? json::value(nullptr) : json::value(i.reminded_at)}};
}

// "zh-CN" or "en", from ?lang=, else the Accept-Language header.
std::string locale_of(const Request& request) {
  if (auto l = request.query.get("lang")) return l->starts_with("zh") ? "zh-CN" : "en";
  auto accept = request.headers.get("Accept-Language");
  return accept && accept->starts_with("zh") ? "zh-CN" : "en";
}

// The event id and registration id of the path.
struct Ids {
  core::Id event = 0, registration = 0;
};
core::Result<Ids> ids_of(const Request& request) {
  auto id = path_id(request);
  if (!id) return core::fail(id.error());
  auto rid = path_id(request, "rid");
  if (!rid) return core::fail(rid.error());
  return Ids{*id, *rid};
}

void register_own(Router& router, app::App& app) {
  router.add("GET", "/api/events/{id}/registrations/{rid}",
             [&app](Request& request) -> HandlerResult {
               auto ids = ids_of(request);
               if (!ids) return core::fail(ids.error());
               auto r = app.registrations().get(context_of(request), ids->event, ids->registration,
                                                key_of(request));
               if (!r) return core::fail(r.error());
               return json_response(200, to_json(*r));
             });
  router.add("DELETE", "/api/events/{id}/registrations/{rid}",
             [&app](Request& request) -> HandlerResult {
               auto ids = ids_of(request);
               if (!ids) return core::fail(ids.error());
               auto r = app.registrations().cancel(context_of(request), ids->event,
                                                   ids->registration, key_of(request));
               if (!r) return core::fail(r.error());
               return json_response(200, to_json(*r));
             });
  router.add("GET", "/api/events/{id}/registrations/{rid}/qr.svg",
             [&app](Request& request) -> HandlerResult {
               auto ids = ids_of(request);
               if (!ids) return core::fail(ids.error());
               auto r = app.registrations().get(context_of(request), ids->event, ids->registration,
                                                key_of(request));
               if (!r) return core::fail(r.error());
               if (r->registration.status == core::RegistrationStatus::kCancelled) {
                 return core::fail(
                     core::Error::conflict({"报名已取消", "the registration was cancelled"}));
               }
               return file_response(app::qr_svg(r->check_in_token), "image/svg+xml", "");
             });
  router.add("GET", "/api/events/{id}/registrations/{rid}/calendar.ics",
             [&app](Request& request) -> HandlerResult {
               auto ids = ids_of(request);
               if (!ids) return core::fail(ids.error());
               auto ics = app.calendars().registrant_feed(ids->event, ids->registration,
                                                          key_of(request), locale_of(request));
               if (!ics) return core::fail(ics.error());
               return file_response(std::move(*ics), "text/calendar; charset=utf-8", "");
             });
}

void register_staff(Router& router, app::App& app) {
  router.add("GET", "/api/events/{id}/registrations", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto all = app.registrations().list(context_of(request), *id);
    if (!all) return core::fail(all.error());
    return items_response(*all, [](const auto& x) { return to_json(x); });
  });
  router.add("POST", "/api/events/{id}/invitations", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto made = app.registrations().invite(context_of(request), *id, *body);
    if (!made) return core::fail(made.error());
    json::array items;
    for (const auto& a : *made) {
      auto j = to_json(a.invitation);
      j["key"] = a.key;
      j["link"] = "/events/" + std::to_string(*id) + "/register?invitation=" + a.key;
      items.push_back(std::move(j));
    }
    return json_response(201, json::object{{"items", std::move(items)}});
  });
  router.add("GET", "/api/events/{id}/invitations", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto all = app.registrations().invitations(context_of(request), *id);
    if (!all) return core::fail(all.error());
    return items_response(*all, [](const auto& x) { return to_json(x); });
  });
  router.add("POST", "/api/events/{id}/invitations/reminders",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               auto n = app.registrations().remind(context_of(request), *id);
               if (!n) return core::fail(n.error());
               return json_response(200, json::object{{"queued", *n}});
             });
  router.add("GET", "/api/outbox", [&app](Request& request) -> HandlerResult {
    Params p(request);
    auto event = p.integer("event_id", 1, std::numeric_limits<std::int64_t>::max());
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto all = app.registrations().outbox(context_of(request), event);
    if (!all) return core::fail(all.error());
    json::array items;
    for (const auto& m : *all) {
      items.push_back(json::object{
          {"id", m.id},
          {"kind", m.kind},
          {"event_id", m.event_id ? json::value(*m.event_id) : json::value(nullptr)},
          {"to", json::object{{"email", m.to_email}, {"name", m.to_name}}},
          {"subject", app::to_json(m.subject)},
          {"body", app::to_json(m.body)},
          {"created_at", m.created_at},
          {"sent_at", m.sent_at.empty() ? json::value(nullptr) : json::value(m.sent_at)}});
    }
    return json_response(200, json::object{{"items", std::move(items)}});
  });
}

void register_attendance(Router& router, app::App& app) {
  router.add("POST", "/api/events/{id}/check-ins", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto c = app.attendance().check_in(context_of(request), *id, *body);
    if (!c) return core::fail(c.error());
    return json_response(201, json::object{{"registration", to_json(c->registration)},
                                           {"session_id", c->session_id ? json::value(c->session_id)
                                                                        : json::value(nullptr)},
                                           {"checked_in_at", c->checked_in_at}});
  });
  router.add("GET", "/api/events/{id}/attendance", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto f = app.attendance().figures(context_of(request), *id);
    if (!f) return core::fail(f.error());
    json::array sessions;
    for (const auto& s : f->sessions) {
      sessions.push_back(json::object{{"session_id", s.session_id},
                                      {"title", app::to_json(s.title)},
                                      {"starts_at", s.starts_at},
                                      {"attended", s.attended}});
    }
    const double rate =
        f->registered ? static_cast<double>(f->checked_in) / static_cast<double>(f->registered)
                      : 0.0;
    return json_response(200, json::object{{"capacity", f->capacity ? json::value(*f->capacity)
                                                                    : json::value(nullptr)},
                                           {"registered", f->registered},
                                           {"waitlisted", f->waitlisted},
                                           {"cancelled", f->cancelled},
                                           {"checked_in", f->checked_in},
                                           {"attendance_rate", rate},
                                           {"sessions", std::move(sessions)}});
  });
  router.add("GET", "/api/events/{id}/attendees.csv", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto csv = app.attendance().attendees_csv(context_of(request), *id);
    if (!csv) return core::fail(csv.error());
    return file_response(std::move(*csv), "text/csv; charset=utf-8",
                "event-" + std::to_string(*id) + "-attendees.csv");
  });
  router.add("GET", "/api/events/{id}/attendees.xlsx", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto xlsx = app.attendance().attendees_xlsx(context_of(request), *id);
    if (!xlsx) return core::fail(xlsx.error());
    return file_response(std::move(*xlsx),
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                "event-" + std::to_string(*id) + "-attendees.xlsx");
  });
}

void register_calendars(Router& router, app::App& app) {
  router.add("GET", "/api/events/{id}/calendar.ics", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto ics = app.calendars().event_feed(context_of(request), *id, locale_of(request));
    if (!ics) return core::fail(ics.error());
    return file_response(std::move(*ics), "text/calendar; charset=utf-8", "");
  });
  router.add("GET", "/api/me/calendar", [&app](Request& request) -> HandlerResult {
    auto token = app.calendars().feed_token(context_of(request));
    if (!token) return core::fail(token.error());
    return json_response(
        200, json::object{{"token", *token}, {"url", "/api/calendar/" + *token + ".ics"}});
  });
  router.add("GET", "/api/calendar/{token}", [&app](Request& request) -> HandlerResult {
    std::string token(request.param("token").value_or(""));
    if (token.ends_with(".ics")) token.resize(token.size() - 4);
    auto ics = app.calendars().user_feed(token, locale_of(request));
    if (!ics) return core::fail(ics.error());
    return file_response(std::move(*ics), "text/calendar; charset=utf-8", "");
  });
}

}  // namespace

void register_registrations(Router& router, app::App& app) {
  router.add("POST", "/api/events/{id}/registrations", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto r = app.registrations().register_for(context_of(request), *id, *body);
    if (!r) return core::fail(r.error());
    return json_response(201, to_json(*r));
  });
  register_own(router, app);
  register_staff(router, app);
  register_attendance(router, app);
  register_calendars(router, app);
}

}  // namespace icity::http
