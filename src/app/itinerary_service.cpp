#include "app/itinerary_service.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <map>

#include "app/audit_trail.hpp"
#include "app/itinerary_request.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "schedule/itinerary_planner.hpp"
#include "store/delegation_repo.hpp"
#include "store/itinerary_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/site_repo.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

// A site the planner may consider, with what the answer shows of it.
struct Candidate {
  core::SiteDetails site;
  core::LocalizedText name;
  double interest = 0;  // the match score, 0..1
};

// 1 = Monday … 7 = Sunday, as opening hours count them.
int weekday_of(const std::string& date) {
  using namespace std::chrono;
  const year_month_day ymd(year(std::stoi(date.substr(0, 4))),
                           month(static_cast<unsigned>(std::stoi(date.substr(5, 2)))),
                           day(static_cast<unsigned>(std::stoi(date.substr(8, 2)))));
  return static_cast<int>(weekday(sys_days(ymd)).iso_encoding());
}

// When a visit may start on `date`: within opening hours, and done by their end.
std::vector<schedule::TimeWindow> windows_on(const Candidate& c, const std::string& date,
                                             const ItineraryRequest& r) {
  std::vector<schedule::TimeWindow> out;
  const double length = c.site.visit_minutes;
  if (c.site.opening_hours.empty()) {
    out.push_back({static_cast<double>(r.day_start), r.day_end - length});
    return out;
  }
  const int weekday = weekday_of(date);
  std::vector<core::OpeningHours> today;
  for (const auto& h : c.site.opening_hours) {
    if (h.weekday == weekday) today.push_back(h);
  }
  std::sort(today.begin(), today.end(),
            [](const auto& a, const auto& b) { return a.opens < b.opens; });
  for (const auto& h : today) {
    const double open = *clock_minutes(h.opens), close = *clock_minutes(h.closes) - length;
    if (close >= open) out.push_back({open, close});
  }
  return out;
}

json::object site_json(const Candidate& c) {
  return {{"id", c.site.organisation_id}, {"name", to_json(c.name)}};
}

core::FieldError not_a_candidate(const std::string& field) {
  return {field, {"不在考虑的参访地点之中", "not one of the sites considered"}};
}

// The sites the planner may consider, and those left out with the reason.
struct Candidates {
  std::map<core::Id, Candidate> considered;
  json::array excluded;
};

Candidates candidates_of(const std::vector<core::SiteDetails>& sites,
                         const std::map<core::Id, core::LocalizedText>& names,
                         const ItineraryRequest& r, int group) {
  Candidates out;
  for (const auto& s : sites) {
    const auto name = names.find(s.organisation_id);
    if (name == names.end()) continue;
    if (r.sites &&
        std::find(r.sites->begin(), r.sites->end(), s.organisation_id) == r.sites->end()) {
      continue;
    }
    Candidate c{s, name->second, 0};
    if (!s.latitude || !s.longitude) {
      out.excluded.push_back(
          json::object{{"site", site_json(c)},
                       {"reason", to_json(core::LocalizedText{"没有坐标", "no coordinates"})}});
    } else if (s.group_capacity && *s.group_capacity < group) {
      out.excluded.push_back(json::object{
          {"site", site_json(c)},
          {"reason",
           to_json(core::LocalizedText{"接待人数少于代表团人数", "smaller than the group"})}});
    } else {
      out.considered[s.organisation_id] = std::move(c);
    }
  }
  return out;
}

// The sites, must-visits, drops and pins the request names, each a candidate.
std::vector<core::FieldError> check_choices(const ItineraryRequest& r,
                                            const std::map<core::Id, core::LocalizedText>& names,
                                            const std::map<core::Id, Candidate>& considered) {
  std::vector<core::FieldError> errors;
  if (r.sites) {
    for (std::size_t i = 0; i < r.sites->size(); ++i) {
      if (!names.count((*r.sites)[i])) {
        errors.push_back({"sites[" + std::to_string(i) + "]", {"不是参访地点", "not a site"}});
      }
    }
  }
  for (auto [field, ids] :
       {std::pair{"must_visit", &r.must_visit}, std::pair{"dropped", &r.dropped}}) {
    for (std::size_t i = 0; i < ids->size(); ++i) {
      if (!considered.count((*ids)[i])) {
        errors.push_back(not_a_candidate(std::string(field) + "[" + std::to_string(i) + "]"));
      }
    }
  }
  for (std::size_t i = 0; i < r.pinned.size(); ++i) {
    const auto id = r.pinned[i].site_id;
    const auto field = "pinned[" + std::to_string(i) + "].site_id";
    if (!considered.count(id)) {
      errors.push_back(not_a_candidate(field));
    } else if (std::find(r.dropped.begin(), r.dropped.end(), id) != r.dropped.end()) {
      errors.push_back({field, {"不能既固定又排除", "cannot be both pinned and dropped"}});
    }
  }
  return errors;
}

std::optional<schedule::LunchBreak> lunch_of(const ItineraryRequest& r) {
  if (!r.lunch) return std::nullopt;
  return schedule::LunchBreak{static_cast<double>(r.lunch->earliest),
                              static_cast<double>(r.lunch->latest),
                              static_cast<double>(r.lunch->minutes)};
}

std::optional<double> start_of(const ItineraryPin& pin) {
  if (!pin.start_minutes) return std::nullopt;
  return static_cast<double>(*pin.start_minutes);
}

// The planner's problem: node 0 is the start, then the candidates in id order;
// node_site[i] is node i's candidate (none for the start).
struct Built {
  schedule::ItineraryProblem problem;
  std::vector<const Candidate*> node_site{nullptr};
};

Built problem_of(const std::map<core::Id, Candidate>& considered, const ItineraryRequest& r) {
  Built b;
  schedule::ItineraryProblem& p = b.problem;
  std::vector<schedule::GeoPoint> points{{r.start_latitude, r.start_longitude}};
  std::map<core::Id, int> node_of;
  p.nodes.push_back({"start", 0, 0, {}});
  for (const auto& [id, c] : considered) {
    schedule::ItineraryNode n;
    n.name = c.name.in("en");
    // Every site is worth a visit; what the delegation is after, much more.
    n.score = 1 + std::round(100 * c.interest);
    n.duration = c.site.visit_minutes;
    for (const auto& day : r.days) n.windows.push_back(windows_on(c, day, r));
    node_of[id] = static_cast<int>(p.nodes.size());
    p.nodes.push_back(std::move(n));
    points.push_back({c.site.latitude.value_or(0), c.site.longitude.value_or(0)});
    b.node_site.push_back(&c);
  }
  p.travel = schedule::travel_from_coordinates(points, {r.overhead_minutes, r.km_per_hour, 1.3});
  const schedule::RouteSpec every_day{0, 0, static_cast<double>(r.day_start),
                                      static_cast<double>(r.day_end), lunch_of(r)};
  p.routes.assign(r.days.size(), every_day);
  for (auto id : r.must_visit) p.must_visit.push_back(node_of[id]);
  for (auto id : r.dropped) p.dropped.push_back(node_of[id]);
  for (const auto& pin : r.pinned) {
    const auto day = std::find(r.days.begin(), r.days.end(), pin.day) - r.days.begin();
    p.pinned.push_back({node_of[pin.site_id], static_cast<int>(day), start_of(pin)});
    if (std::find(p.must_visit.begin(), p.must_visit.end(), node_of[pin.site_id]) ==
        p.must_visit.end()) {
      p.must_visit.push_back(node_of[pin.site_id]);
    }
  }
  p.time_limit_ms = r.time_limit_ms;
  return b;
}

// The plan as the API shows it, day by day.
json::object answer_of(const Built& b, const schedule::Itinerary& plan, const ItineraryRequest& r) {
  const auto& travel = b.problem.travel;
  json::array days;
  for (std::size_t d = 0; d < plan.routes.size(); ++d) {
    const auto& route = plan.routes[d];
    json::array visits;
    std::size_t previous = 0;
    for (const auto& v : route.visits) {
      const auto node = static_cast<std::size_t>(v.node);
      const Candidate& c = *b.node_site[node];
      visits.push_back(json::object{{"site", site_json(c)},
                                    {"travel_minutes", std::lround(travel[previous][node])},
                                    {"arrival", clock_text(v.arrival)},
                                    {"start", clock_text(v.start)},
                                    {"end", clock_text(v.end)},
                                    {"interest", c.interest}});
      previous = node;
    }
    json::value lunch = nullptr;
    if (route.lunch) {
      lunch = json::object{{"after_visits", route.lunch->after},
                           {"start", clock_text(route.lunch->start)},
                           {"end", clock_text(route.lunch->end)}};
    }
    days.push_back(json::object{{"date", r.days[d]},
                                {"weekday", weekday_of(r.days[d])},
                                {"visits", std::move(visits)},
                                {"lunch", std::move(lunch)},
                                {"return_travel_minutes", std::lround(travel[previous][0])},
                                {"return_at", clock_text(route.end_arrival)},
                                {"score", route.score}});
  }
  json::array unplaced;
  for (int node : plan.unplaced_must_visits) {
    unplaced.push_back(site_json(*b.node_site[static_cast<std::size_t>(node)]));
  }
  return {{"score", plan.score},
          {"days", std::move(days)},
          {"unplaced_must_visits", std::move(unplaced)},
          {"request", to_json(r)}};
}

}  // namespace

core::Result<json::object> ItineraryService::plan(const Context& ctx, core::Id delegation_id,
                                                  const json::object& body) {
  if (!ctx.actor.is_staff()) {
    return core::fail(refused(ctx));
  }
  std::optional<core::Delegation> delegation;
  std::vector<core::SiteDetails> all_sites;
  std::map<core::Id, core::LocalizedText> names;  // of the sites not archived
  db_.read([&](soci::session& sql) -> core::Result<void> {
    delegation = store::delegations::find(sql, delegation_id);
    all_sites = store::sites::all(sql);
    for (const auto& s : all_sites) {
      if (auto org = store::organisations::find(sql, s.organisation_id);
          org && !org->organisation.archived) {
        names[s.organisation_id] = org->organisation.name;
      }
    }
    return {};
  });
  if (!delegation) return core::fail(not_found("delegation", delegation_id));
  auto request = read_itinerary_request(body, *delegation);
  if (!request) return core::fail(request.error());
  const ItineraryRequest& r = *request;
  const auto group = static_cast<int>(std::max<std::size_t>(delegation->members.size(), 1));
  auto candidates = candidates_of(all_sites, names, r, group);
  if (auto errors = check_choices(r, names, candidates.considered); !errors.empty()) {
    return core::fail(core::Error::invalid(std::move(errors)));
  }
  std::vector<core::Id> ids;
  ids.reserve(candidates.considered.size());
  for (const auto& [id, c] : candidates.considered) ids.push_back(id);
  auto interest = matches_.interest_for_delegation(ctx, delegation_id, ids);
  if (!interest) return core::fail(interest.error());
  for (auto& [id, c] : candidates.considered) c.interest = (*interest)[id];

  const Built built = problem_of(candidates.considered, r);
  auto solved = schedule::plan_itinerary(built.problem);
  if (!solved) {
    // The request was checked above, so a problem the planner refuses is our bug.
    std::string why = "itinerary problem refused:";
    for (const auto& f : solved.error().fields) why += " " + f.message.en;
    return core::fail(core::Error::internal({why, why}));
  }
  json::object answer = answer_of(built, *solved, r);
  answer["delegation_id"] = delegation_id;
  answer["excluded"] = std::move(candidates.excluded);
  auto written = db_.write([&](store::Tx& tx) -> core::Result<void> {
    store::itineraries::Stored stored{0, json_text(answer["request"].as_object()), "", ""};
    answer["updated_at"] = tx.now();
    stored.plan = json_text(answer);
    store::itineraries::put(tx, delegation_id, stored);
    audit(tx, ctx, "plan", "itinerary", delegation_id, "", stored.request);
    return {};
  });
  if (!written) return core::fail(written.error());
  return answer;
}

core::Result<json::object> ItineraryService::last(const Context& ctx, core::Id delegation_id) {
  if (!ctx.actor.is_staff()) {
    return core::fail(refused(ctx));
  }
  std::optional<store::itineraries::Stored> stored;
  bool exists = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    exists = store::delegations::find(sql, delegation_id).has_value();
    stored = store::itineraries::find(sql, delegation_id);
    return {};
  });
  if (!exists) return core::fail(not_found("delegation", delegation_id));
  if (!stored) {
    return core::fail(core::Error::not_found(
        {"这个代表团还没有行程", "no itinerary planned for this delegation yet"}));
  }
  auto parsed = parse_json_object(stored->plan);
  if (!parsed) return core::fail(parsed.error());
  return std::move(*parsed);
}

}  // namespace icity::app
