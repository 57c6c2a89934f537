#include "schedule/itinerary_problem.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <set>

namespace icity::schedule {
namespace {

bool finite_non_negative(double x) { return std::isfinite(x) && x >= 0; }

std::string node_label(int node) { return "node " + std::to_string(node); }

void validate_windows(const ItineraryNode& node, int index, std::size_t routes,
                      std::vector<std::string>& faults) {
  if (node.windows.size() > 1 && node.windows.size() != routes) {
    faults.push_back(node_label(index) + ": " + std::to_string(node.windows.size()) +
                     " window lists for " + std::to_string(routes) + " routes");
  }
  for (const auto& day : node.windows) {
    for (std::size_t k = 0; k < day.size(); ++k) {
      const TimeWindow& w = day[k];
      if (!std::isfinite(w.open) || !std::isfinite(w.close) || w.open > w.close) {
        faults.push_back(node_label(index) + ": a window opens after it closes");
      } else if (k > 0 && w.open <= day[k - 1].close) {
        faults.push_back(node_label(index) + ": windows not sorted and disjoint");
      }
    }
  }
}

}  // namespace

std::vector<std::string> validate_problem(const ItineraryProblem& problem) {
  std::vector<std::string> faults;
  const int n = static_cast<int>(problem.nodes.size());
  if (n == 0) faults.emplace_back("no nodes");
  if (problem.routes.empty()) faults.emplace_back("no routes");
  if (problem.travel.size() != problem.nodes.size()) {
    faults.emplace_back("the travel matrix has " + std::to_string(problem.travel.size()) +
                        " rows for " + std::to_string(n) + " nodes");
  }
  for (const auto& row : problem.travel) {
    if (row.size() != problem.nodes.size()) {
      faults.emplace_back("a travel matrix row has the wrong length");
      break;
    }
    for (double t : row) {
      if (!finite_non_negative(t)) {
        faults.emplace_back("a travel time is negative or not finite");
        break;
      }
    }
  }
  for (int i = 0; i < n; ++i) {
    const ItineraryNode& node = problem.nodes[static_cast<std::size_t>(i)];
    if (!finite_non_negative(node.score)) faults.push_back(node_label(i) + ": bad score");
    if (!finite_non_negative(node.duration)) faults.push_back(node_label(i) + ": bad duration");
    validate_windows(node, i, problem.routes.size(), faults);
  }
  std::set<int> terminals;
  for (std::size_t r = 0; r < problem.routes.size(); ++r) {
    const RouteSpec& route = problem.routes[r];
    const std::string label = "route " + std::to_string(r);
    if (route.start_node < 0 || route.start_node >= n || route.end_node < 0 ||
        route.end_node >= n) {
      faults.push_back(label + ": start or end node out of range");
    }
    terminals.insert(route.start_node);
    terminals.insert(route.end_node);
    if (!std::isfinite(route.start_time) || !std::isfinite(route.end_time) ||
        route.start_time > route.end_time) {
      faults.push_back(label + ": ends before it starts");
    }
    if (route.lunch && (route.lunch->earliest > route.lunch->latest ||
                        !finite_non_negative(route.lunch->duration))) {
      faults.push_back(label + ": bad lunch break");
    } else if (faults.empty()) {
      // Even an empty day must get home in time, lunch included.
      double ready = route.start_time;
      if (route.lunch) ready = std::max(ready, route.lunch->earliest) + route.lunch->duration;
      const double home = problem.travel[static_cast<std::size_t>(route.start_node)]
                                        [static_cast<std::size_t>(route.end_node)];
      if ((route.lunch && route.start_time > route.lunch->latest) ||
          ready + home > route.end_time) {
        faults.push_back(label + ": not even an empty day fits (travel home, lunch)");
      }
    }
  }
  auto site = [&](int node, const std::string& what) {
    if (node < 0 || node >= n) {
      faults.push_back(what + " " + std::to_string(node) + " out of range");
      return false;
    }
    if (terminals.contains(node)) {
      faults.push_back(what + " " + std::to_string(node) + " is a route's start or end");
      return false;
    }
    return true;
  };
  const std::set<int> dropped(problem.dropped.begin(), problem.dropped.end());
  for (int node : problem.dropped) site(node, "dropped node");
  for (int node : problem.must_visit) {
    if (site(node, "must-visit node") && dropped.contains(node)) {
      faults.push_back(node_label(node) + " is both must-visit and dropped");
    }
  }
  std::set<int> pinned;
  for (const Pin& pin : problem.pinned) {
    if (!site(pin.node, "pinned node")) continue;
    if (pin.route < 0 || pin.route >= static_cast<int>(problem.routes.size())) {
      faults.push_back(node_label(pin.node) + " pinned to a route out of range");
    }
    if (dropped.contains(pin.node)) {
      faults.push_back(node_label(pin.node) + " is both pinned and dropped");
    }
    if (!pinned.insert(pin.node).second) faults.push_back(node_label(pin.node) + " pinned twice");
  }
  return faults;
}

const std::vector<TimeWindow>& windows_on(const ItineraryProblem& problem, int node, int route) {
  static const std::vector<TimeWindow> kClosed;
  const auto& windows = problem.nodes[static_cast<std::size_t>(node)].windows;
  if (windows.empty()) return kClosed;
  return windows.size() == 1 ? windows[0] : windows[static_cast<std::size_t>(route)];
}

double haversine_km(GeoPoint a, GeoPoint b) {
  constexpr double kEarthRadiusKm = 6371.0;
  constexpr double kRad = std::numbers::pi / 180.0;
  const double dlat = (b.latitude - a.latitude) * kRad;
  const double dlon = (b.longitude - a.longitude) * kRad;
  const double h = std::sin(dlat / 2) * std::sin(dlat / 2) +
                   std::cos(a.latitude * kRad) * std::cos(b.latitude * kRad) * std::sin(dlon / 2) *
                       std::sin(dlon / 2);
  return 2 * kEarthRadiusKm * std::asin(std::min(1.0, std::sqrt(h)));
}

std::vector<std::vector<double>> travel_from_coordinates(const std::vector<GeoPoint>& points,
                                                         const CitySpeed& speed) {
  const std::size_t n = points.size();
  std::vector<std::vector<double>> travel(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    for (std::size_t j = 0; j < n; ++j) {
      if (i == j) continue;
      const double km = speed.detour_factor * haversine_km(points[i], points[j]);
      travel[i][j] = speed.overhead_minutes + km / speed.km_per_hour * 60.0;
    }
  }
  return travel;
}

}  // namespace icity::schedule
