// The service desk's catalogue: /api/teams, /api/services, the staff a case can
// be assigned to (/api/users), and the holiday calendar of due dates
// (/api/desk/calendar).
#include <boost/json.hpp>
#include <limits>

#include "app/holiday_calendar.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

std::string hhmm(int minutes) {
  const auto two = [](int n) { return std::string(n < 10 ? "0" : "") + std::to_string(n); };
  return two(minutes / 60) + ":" + two(minutes % 60);
}

json::object calendar_json(int year) {
  const auto& holidays = app::china_holiday_calendar();
  const auto& calendar = holidays.calendar;
  json::array periods, days, working;
  for (const auto& p : calendar.periods) {
    periods.push_back(json::object{{"start", hhmm(p.start_minute)}, {"end", hhmm(p.end_minute)}});
  }
  if (auto it = holidays.holidays_by_year.find(year); it != holidays.holidays_by_year.end()) {
    for (const auto& h : it->second) {
      days.push_back(json::object{{"from", h.from}, {"to", h.to}, {"name", app::to_json(h.name)}});
    }
  }
  if (auto it = holidays.working_days_by_year.find(year);
      it != holidays.working_days_by_year.end()) {
    for (const auto& d : it->second) working.emplace_back(d);
  }
  return {{"year", year},
          {"covered", calendar.years.contains(year)},
          {"time_zone", "Asia/Shanghai"},
          {"work_periods", std::move(periods)},
          {"holidays", std::move(days)},
          {"working_days", std::move(working)},
          {"source", holidays.source}};
}

}  // namespace

void register_desk(Router& router, app::App& app) {
  router.add("GET", "/api/teams", [&app](Request& request) -> HandlerResult {
    auto teams = app.catalogue().teams(context_of(request));
    if (!teams) return core::fail(teams.error());
    return items_response(*teams, [](const core::Team& t) { return app::to_json(t); });
  });
  router.add("POST", "/api/teams", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto team = app.catalogue().create_team(context_of(request), *body);
    if (!team) return core::fail(team.error());
    return json_response(201, app::to_json(*team));
  });
  router.add("PATCH", "/api/teams/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto team = app.catalogue().update_team(context_of(request), *id, *body);
    if (!team) return core::fail(team.error());
    return json_response(200, app::to_json(*team));
  });
  router.add("GET", "/api/users", [&app](Request& request) -> HandlerResult {
    Params p(request);
    if (auto role = p.text("role", 16); !role.empty() && role != "staff") {
      p.error("role", "目前只能列出工作人员(staff)", "only staff can be listed (role=staff)");
    }
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto staff = app.catalogue().staff(context_of(request));
    if (!staff) return core::fail(staff.error());
    return items_response(*staff, [](const app::StaffMember& m) {
      json::array teams;
      for (auto t : m.teams) teams.emplace_back(t);
      return json::object{{"id", m.user.id},
                          {"email", m.user.email},
                          {"display_name", m.user.display_name},
                          {"role", core::to_string(m.role)},
                          {"teams", std::move(teams)}};
    });
  });
  router.add("GET", "/api/services", [&app](Request& request) -> HandlerResult {
    Params p(request);
    const bool all = p.flag("all");
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto services = app.catalogue().services(context_of(request), all);
    if (!services) return core::fail(services.error());
    return items_response(*services, [](const core::DeskService& s) { return app::to_json(s); });
  });
  router.add("GET", "/api/services/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto s = app.catalogue().service(context_of(request), *id);
    if (!s) return core::fail(s.error());
    return json_response(200, app::to_json(*s));
  });
  router.add("POST", "/api/services", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto s = app.catalogue().create_service(context_of(request), *body);
    if (!s) return core::fail(s.error());
    return json_response(201, app::to_json(*s));
  });
  router.add("PATCH", "/api/services/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto s = app.catalogue().update_service(context_of(request), *id, *body);
    if (!s) return core::fail(s.error());
    return json_response(200, app::to_json(*s));
  });
  router.add("GET", "/api/desk/calendar", [](Request& request) -> HandlerResult {
    Params p(request);
    const auto year = p.integer("year", 1990, 2100);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    const int this_year = std::stoi(store::Database::now_rfc3339().substr(0, 4));
    return json_response(200, calendar_json(year ? static_cast<int>(*year) : this_year));
  });
}

}  // namespace icity::http
