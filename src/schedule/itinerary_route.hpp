// Internal to the itinerary planner: the problem flattened for the search, and
// one route with the "max shift" of each element (how much later it could start
// without breaking a window further on), so that whether a site fits between
// two elements is known in O(1) (Vansteenwegen et al. 2009).
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "schedule/itinerary_problem.hpp"

namespace icity::schedule::detail {

// A route's lunch break among its elements.
inline constexpr int kLunch = -1;

struct SearchData {
  explicit SearchData(const ItineraryProblem& problem);

  double travel(int from, int to) const {
    return travel_[static_cast<std::size_t>(from) * n_ + static_cast<std::size_t>(to)];
  }
  // Whether `node` may be visited on `route` at all (open that day, not a
  // terminal, not dropped, not pinned elsewhere).
  bool allowed(int node, int route) const {
    return allowed_[static_cast<std::size_t>(route) * n_ + static_cast<std::size_t>(node)] != 0;
  }
  const std::vector<TimeWindow>& windows(int node, int route) const {
    return windows_[static_cast<std::size_t>(route) * n_ + static_cast<std::size_t>(node)];
  }

  std::size_t n_ = 0;
  std::vector<double> travel_;
  std::vector<double> duration;
  std::vector<double> value;  // score, plus a bonus above all scores for must-visits
  std::vector<char> must;
  std::vector<int> sites;  // nodes that some route may visit
  std::vector<RouteSpec> routes;

 private:
  std::vector<char> allowed_;
  std::vector<std::vector<TimeWindow>> windows_;  // [route * n + node], pins applied
};

// What inserting a site costs: `shift` is the time it adds to the route (its
// travel detour, wait and duration), for the insertion heuristic's ratio.
struct Insertion {
  int node = 0;
  int route = 0;
  std::size_t after = 0;  // element index it goes after
  double shift = 0;
};

class RouteState {
 public:
  RouteState(const SearchData& data, int route);

  // Elements: the start node, sites and kLunch, the end node.
  const std::vector<int>& elements() const { return seq_; }
  std::size_t size() const { return seq_.size(); }
  double arrival(std::size_t i) const { return arrival_[i]; }
  double start(std::size_t i) const { return start_[i]; }
  double finish(std::size_t i) const { return start_[i] + duration(i); }
  double value() const { return value_; }
  double travel_time() const { return travel_time_; }
  std::size_t sites() const { return seq_.size() - 2 - (has_lunch_ ? 1 : 0); }

  // Whether `node` fits right after element `after` (< size() - 1); O(1)
  // unless a site further on has several windows that day.
  std::optional<Insertion> try_insert(int node, std::size_t after) const;
  void insert(int node, std::size_t after);
  // Replaces the middle elements (sites and lunch) and recomputes the times;
  // returns false, leaving the route unchanged, if that would be infeasible.
  bool assign(std::vector<int> middle);
  std::vector<int> middle() const { return {seq_.begin() + 1, seq_.end() - 1}; }

 private:
  double duration(std::size_t i) const;
  // Forward pass (earliest starts) and backward pass (max shifts). False if
  // some element cannot start in time.
  bool recompute();
  // The earliest start >= t in one of the node's windows and that window's
  // close, or nullopt.
  std::optional<std::pair<double, double>> earliest_start(int node, double t) const;
  // Exact check, element by element, that element `from` may be reached at
  // `arrival` (later than now): where a delay pushes a site past one window
  // into its next, max shift (which assumes the current window) says no.
  bool delay_fits(std::size_t from, double arrival) const;

  const SearchData* data_;
  int route_;
  bool has_lunch_;
  LunchBreak lunch_;           // meaningful iff has_lunch_
  bool multi_window_ = false;  // some site on the route has several windows that day
  std::vector<int> seq_;
  std::vector<int> loc_;  // where each element is: a lunch is where its predecessor is
  std::vector<double> arrival_, start_, close_, max_shift_;
  double value_ = 0;
  double travel_time_ = 0;
};

}  // namespace icity::schedule::detail
