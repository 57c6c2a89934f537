#include "schedule/itinerary_check.hpp"

#include <cmath>
#include <set>
#include <sstream>

namespace icity::schedule {
namespace {

constexpr double kEps = 1e-6;

bool same(double a, double b) { return std::abs(a - b) <= kEps; }

bool in_some_window(const std::vector<TimeWindow>& windows, double start) {
  for (const TimeWindow& w : windows) {
    if (start >= w.open - kEps && start <= w.close + kEps) return true;
  }
  return false;
}

class RouteChecker {
 public:
  RouteChecker(const ItineraryProblem& problem, int route, std::set<int>& seen,
               std::vector<std::string>& faults)
      : problem_(problem), route_(route), seen_(seen), faults_(faults) {}

  double check(const RoutePlan& plan) {
    const RouteSpec& spec = problem_.routes[static_cast<std::size_t>(route_)];
    if (plan.lunch.has_value() != spec.lunch.has_value()) {
      fault("has a lunch break iff its spec has one");
    }
    if (plan.lunch && plan.lunch->after > plan.visits.size()) fault("lunch after a missing visit");
    double time = spec.start_time;
    int at = spec.start_node;
    double score = 0;
    for (std::size_t k = 0; k <= plan.visits.size(); ++k) {
      if (plan.lunch && spec.lunch && plan.lunch->after == k)
        time = lunch(*plan.lunch, *spec.lunch, time);
      if (k == plan.visits.size()) break;
      const Visit& v = plan.visits[k];
      std::ostringstream where;
      where << "visit " << k << " (node " << v.node << ")";
      if (!site(v, where.str())) return score;
      const double arrival =
          time + problem_.travel[static_cast<std::size_t>(at)][static_cast<std::size_t>(v.node)];
      const ItineraryNode& node = problem_.nodes[static_cast<std::size_t>(v.node)];
      if (!same(v.arrival, arrival))
        fault(where.str() + ": arrival " + num(v.arrival) + ", recomputed " + num(arrival));
      if (v.start < arrival - kEps) fault(where.str() + ": starts before it arrives");
      if (!in_some_window(windows_on(problem_, v.node, route_), v.start)) {
        fault(where.str() + ": starts at " + num(v.start) + " outside its windows that day");
      }
      if (!same(v.end, v.start + node.duration)) fault(where.str() + ": wrong end");
      time = std::max(v.end, v.start + node.duration);
      at = v.node;
      score += node.score;
    }
    const double end_arrival =
        time +
        problem_.travel[static_cast<std::size_t>(at)][static_cast<std::size_t>(spec.end_node)];
    if (!same(plan.end_arrival, end_arrival))
      fault("end arrival " + num(plan.end_arrival) + ", recomputed " + num(end_arrival));
    if (end_arrival > spec.end_time + kEps)
      fault("reaches its end node at " + num(end_arrival) + " after " + num(spec.end_time));
    if (!same(plan.score, score)) fault("score " + num(plan.score) + ", recomputed " + num(score));
    return score;
  }

 private:
  double lunch(const LunchPlacement& placed, const LunchBreak& spec, double time) {
    if (placed.start < time - kEps) fault("lunch starts before the previous visit ends");
    if (placed.start < spec.earliest - kEps || placed.start > spec.latest + kEps) {
      fault("lunch starts at " + num(placed.start) + " outside its window");
    }
    if (!same(placed.end, placed.start + spec.duration)) fault("lunch has the wrong length");
    return std::max(placed.end, placed.start + spec.duration);
  }

  bool site(const Visit& v, const std::string& where) {
    if (v.node < 0 || v.node >= static_cast<int>(problem_.nodes.size())) {
      fault(where + ": no such node");
      return false;
    }
    for (const RouteSpec& r : problem_.routes) {
      if (v.node == r.start_node || v.node == r.end_node) fault(where + ": a start or end node");
    }
    for (int d : problem_.dropped) {
      if (d == v.node) fault(where + ": dropped");
    }
    if (!seen_.insert(v.node).second) fault(where + ": visited twice");
    return true;
  }

  static std::string num(double x) {
    std::ostringstream out;
    out << x;
    return out.str();
  }
  void fault(const std::string& what) {
    faults_.push_back("route " + std::to_string(route_) + " " + what);
  }

  const ItineraryProblem& problem_;
  int route_;
  std::set<int>& seen_;
  std::vector<std::string>& faults_;
};

}  // namespace

std::vector<std::string> check_itinerary(const ItineraryProblem& problem, const Itinerary& plan) {
  std::vector<std::string> faults = validate_problem(problem);
  if (!faults.empty()) return faults;
  if (plan.routes.size() != problem.routes.size()) {
    return {"the plan has " + std::to_string(plan.routes.size()) + " routes for " +
            std::to_string(problem.routes.size())};
  }
  std::set<int> seen;
  double score = 0;
  for (std::size_t r = 0; r < plan.routes.size(); ++r) {
    score += RouteChecker(problem, static_cast<int>(r), seen, faults).check(plan.routes[r]);
  }
  if (!same(plan.score, score)) faults.emplace_back("total score does not add up");
  const std::set<int> unplaced(plan.unplaced_must_visits.begin(), plan.unplaced_must_visits.end());
  for (int node : unplaced) {
    if (seen.contains(node))
      faults.push_back("node " + std::to_string(node) + " visited yet reported unplaced");
  }
  for (int node : problem.must_visit) {
    if (!seen.contains(node) && !unplaced.contains(node)) {
      faults.push_back("must-visit node " + std::to_string(node) + " neither visited nor reported");
    }
  }
  for (const Pin& pin : problem.pinned) {
    if (unplaced.contains(pin.node)) continue;
    const RoutePlan& route = plan.routes[static_cast<std::size_t>(pin.route)];
    bool found = false;
    for (const Visit& v : route.visits) {
      if (v.node != pin.node) continue;
      found = true;
      if (pin.start && !same(v.start, *pin.start)) {
        faults.push_back("pinned node " + std::to_string(pin.node) + " not at its pinned time");
      }
    }
    if (!found) {
      faults.push_back("pinned node " + std::to_string(pin.node) +
                       " neither on its route nor reported");
    }
  }
  return faults;
}

}  // namespace icity::schedule
