// Internal to the itinerary planner: a whole plan under search (its routes and
// which route holds each site) and the moves of the iterated local search —
// greedy insertion, shaking, replacing a site by a better one, and shortening
// a route so that more fits.
#pragma once

#include <cstdint>
#include <vector>

#include "schedule/itinerary_route.hpp"

namespace icity::schedule::detail {

// splitmix64: the same stream on every platform (the standard distributions
// are not), so a seed gives the same plan everywhere.
class Rng {
 public:
  explicit Rng(std::uint64_t seed) : state_(seed) {}
  std::uint64_t next() {
    std::uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  double uniform() { return static_cast<double>(next() >> 11) * 0x1.0p-53; }  // [0, 1)
  std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }

 private:
  std::uint64_t state_;
};

class SearchState {
 public:
  explicit SearchState(const SearchData& data);

  const SearchData& data() const { return *data_; }
  double value() const;
  const std::vector<RouteState>& routes() const { return routes_; }
  bool visited(int node) const { return route_of_[static_cast<std::size_t>(node)] >= 0; }

  void insert(const Insertion& at);
  // Gives route r these middle elements; false (and unchanged) if infeasible.
  bool assign(int route, std::vector<int> middle);

 private:
  const SearchData* data_;
  std::vector<RouteState> routes_;
  std::vector<int> route_of_;  // per node: its route, or -1
};

// Inserts unvisited sites, best value^2 / added time first (each ratio scaled
// down by up to `noise`, at random), until none fits. Returns how many.
int fill(SearchState& state, Rng& rng, double noise);

// Removes up to `count` consecutive sites from each route, from its
// `from`-th site on (wrapping round), and moves half the lunches to a random
// feasible place.
void shake(SearchState& state, std::size_t from, std::size_t count, Rng& rng);

// The best exchange of one visited site for one unvisited site of higher value
// on the same route; false if none fits.
bool replace(SearchState& state);

// Moves single elements and reverses segments while that shortens a route's
// travel time (first improvement); true if any route got shorter.
bool shorten(SearchState& state);

}  // namespace icity::schedule::detail
