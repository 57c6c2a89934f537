// Test helpers for the itinerary planner: random small cities (a hotel and
// sites with opening hours per day, lunch) and an exhaustive solver to compare
// the planner with on tiny ones.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <random>
#include <vector>

#include "schedule/itinerary_problem.hpp"

namespace icity::schedule::testing {

// Node 0 is the hotel; days run 09:00-18:00 (minutes), lunch 60 min starting
// 11:30-13:30. Each site is closed on a day with probability 1/5, and has two
// windows (morning and afternoon) on a day with probability 1/4.
inline ItineraryProblem random_city(std::uint64_t seed, int sites, int days, bool lunch) {
  std::mt19937_64 rng(seed);
  auto uniform = [&](double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(rng);
  };
  ItineraryProblem p;
  std::vector<GeoPoint> points;
  for (int i = 0; i <= sites; ++i) {
    points.push_back({22.52 + uniform(-0.08, 0.08), 113.95 + uniform(-0.12, 0.12)});
    ItineraryNode node;
    node.name = i == 0 ? "hotel" : "site " + std::to_string(i);
    if (i > 0) {
      node.score = std::round(uniform(1, 10));
      node.duration = std::round(uniform(3, 12)) * 10;
      for (int d = 0; d < days; ++d) {
        std::vector<TimeWindow> day;
        const double r = uniform(0, 1);
        if (r < 0.2) {
          // closed
        } else if (r < 0.45) {
          day.push_back({540, uniform(600, 700)});
          day.push_back({uniform(780, 840), uniform(900, 1000)});
        } else {
          const double open = uniform(540, 800);
          day.push_back({open, open + uniform(30, 300)});
        }
        node.windows.push_back(day);
      }
    }
    p.nodes.push_back(node);
  }
  p.travel = travel_from_coordinates(points, CitySpeed{});
  for (int d = 0; d < days; ++d) {
    RouteSpec route{0, 0, 540, 1080, std::nullopt};
    if (lunch) route.lunch = LunchBreak{690, 810, 60};
    p.routes.push_back(route);
  }
  return p;
}

// The best (must-visits placed, then score) over every assignment and order,
// by depth-first search with earliest starts; for a handful of sites only.
inline double brute_force_value(const ItineraryProblem& p) {
  const int n = static_cast<int>(p.nodes.size());
  std::vector<char> must(static_cast<std::size_t>(n), 0), banned(static_cast<std::size_t>(n), 0);
  double total = 0;
  for (const auto& node : p.nodes) total += node.score;
  for (int m : p.must_visit) must[static_cast<std::size_t>(m)] = 1;
  for (int d : p.dropped) banned[static_cast<std::size_t>(d)] = 1;
  for (const auto& r : p.routes)
    banned[static_cast<std::size_t>(r.start_node)] = banned[static_cast<std::size_t>(r.end_node)] =
        1;
  auto value = [&](int i) {
    return p.nodes[static_cast<std::size_t>(i)].score +
           (must[static_cast<std::size_t>(i)] ? total + 1 : 0);
  };
  std::vector<char> used(static_cast<std::size_t>(n), 0);
  double best = 0;
  std::function<void(int, double, int, bool, double)> dfs = [&](int route, double time, int at,
                                                                bool lunched, double got) {
    const RouteSpec& spec = p.routes[static_cast<std::size_t>(route)];
    const bool lunch_done = lunched || !spec.lunch;
    if (lunch_done &&
        time + p.travel[static_cast<std::size_t>(at)][static_cast<std::size_t>(spec.end_node)] <=
            spec.end_time + 1e-9) {
      if (route + 1 == static_cast<int>(p.routes.size())) {
        best = std::max(best, got);
      } else {
        const RouteSpec& next = p.routes[static_cast<std::size_t>(route + 1)];
        dfs(route + 1, next.start_time, next.start_node, false, got);
      }
    }
    if (!lunch_done) {
      const double start = std::max(time, spec.lunch->earliest);
      if (start <= spec.lunch->latest) dfs(route, start + spec.lunch->duration, at, true, got);
    }
    for (int j = 0; j < n; ++j) {
      if (used[static_cast<std::size_t>(j)] || banned[static_cast<std::size_t>(j)]) continue;
      const double arrival =
          time + p.travel[static_cast<std::size_t>(at)][static_cast<std::size_t>(j)];
      for (const TimeWindow& w : windows_on(p, j, route)) {
        if (arrival > w.close) continue;
        used[static_cast<std::size_t>(j)] = 1;
        dfs(route, std::max(arrival, w.open) + p.nodes[static_cast<std::size_t>(j)].duration, j,
            lunched, got + value(j));
        used[static_cast<std::size_t>(j)] = 0;
        break;
      }
    }
  };
  dfs(0, p.routes[0].start_time, p.routes[0].start_node, false, 0);
  return best;
}

}  // namespace icity::schedule::testing
