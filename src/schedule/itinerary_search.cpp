#include "schedule/itinerary_search.hpp"

#include <algorithm>
#include <utility>

namespace icity::schedule::detail {
namespace {

constexpr double kEps = 1e-9;
// Insertions that add (almost) no time still rank by value.
constexpr double kMinShift = 0.01;

// A route's cost for shortening: travel first, then the time it gets home
// (moving lunch changes only the latter).
bool shorter(const RouteState& a, const RouteState& b) {
  if (a.travel_time() < b.travel_time() - 1e-7) return true;
  if (a.travel_time() > b.travel_time() + 1e-7) return false;
  return a.arrival(a.size() - 1) < b.arrival(b.size() - 1) - 1e-7;
}

// First improving relocation or reversal of route `route`'s middle elements.
bool shorten_once(SearchState& state, int route) {
  const RouteState& current = state.routes()[static_cast<std::size_t>(route)];
  const std::vector<int> middle = current.middle();
  const std::size_t k = middle.size();
  RouteState trial = current;
  for (std::size_t i = 0; i < k; ++i) {
    for (std::size_t j = 0; j < k; ++j) {
      if (j == i || j + 1 == i) continue;  // same place
      std::vector<int> moved = middle;
      const int e = moved[i];
      moved.erase(moved.begin() + static_cast<std::ptrdiff_t>(i));
      moved.insert(moved.begin() + static_cast<std::ptrdiff_t>(j < i ? j + 1 : j), e);
      if (trial.assign(moved) && shorter(trial, current)) {
        return state.assign(route, std::move(moved));
      }
    }
  }
  for (std::size_t i = 0; i + 1 < k; ++i) {
    for (std::size_t j = i + 1; j < k; ++j) {
      std::vector<int> reversed = middle;
      std::reverse(reversed.begin() + static_cast<std::ptrdiff_t>(i),
                   reversed.begin() + static_cast<std::ptrdiff_t>(j + 1));
      if (trial.assign(reversed) && shorter(trial, current)) {
        return state.assign(route, std::move(reversed));
      }
    }
  }
  return false;
}

// Moves a route's lunch to a random feasible place: where lunch sits decides
// which sites fit before and after it, and insertion never moves it.
void move_lunch(SearchState& state, int route, Rng& rng) {
  std::vector<int> middle = state.routes()[static_cast<std::size_t>(route)].middle();
  const auto lunch = std::find(middle.begin(), middle.end(), kLunch);
  if (lunch == middle.end()) return;
  middle.erase(lunch);
  const std::size_t places = middle.size() + 1;
  const std::size_t first = rng.below(places);
  for (std::size_t k = 0; k < places; ++k) {
    std::vector<int> moved = middle;
    moved.insert(moved.begin() + static_cast<std::ptrdiff_t>((first + k) % places), kLunch);
    if (state.assign(route, std::move(moved))) return;
  }
}

}  // namespace

SearchState::SearchState(const SearchData& data) : data_(&data), route_of_(data.value.size(), -1) {
  for (std::size_t r = 0; r < data.routes.size(); ++r) {
    routes_.emplace_back(data, static_cast<int>(r));
  }
}

double SearchState::value() const {
  double v = 0;
  for (const RouteState& r : routes_) v += r.value();
  return v;
}

void SearchState::insert(const Insertion& at) {
  routes_[static_cast<std::size_t>(at.route)].insert(at.node, at.after);
  route_of_[static_cast<std::size_t>(at.node)] = at.route;
}

bool SearchState::assign(int route, std::vector<int> middle) {
  RouteState& r = routes_[static_cast<std::size_t>(route)];
  const std::vector<int> before = r.middle();
  if (!r.assign(std::move(middle))) return false;
  for (int e : before) {
    if (e != kLunch) route_of_[static_cast<std::size_t>(e)] = -1;
  }
  for (int e : r.middle()) {
    if (e != kLunch) route_of_[static_cast<std::size_t>(e)] = route;
  }
  return true;
}

int fill(SearchState& state, Rng& rng, double noise) {
  const SearchData& data = state.data();
  const std::size_t m = state.routes().size();
  std::vector<int> open;
  for (int node : data.sites) {
    if (!state.visited(node) && data.value[static_cast<std::size_t>(node)] > 0) {
      open.push_back(node);
    }
  }
  // The cheapest place of each open site in each route: an insertion changes
  // only its own route, so only that route is searched again.
  std::vector<std::optional<Insertion>> cheapest(open.size() * m);
  auto search = [&](std::size_t k, std::size_t r) {
    std::optional<Insertion>& best = cheapest[k * m + r];
    best.reset();
    if (!data.allowed(open[k], static_cast<int>(r))) return;
    const RouteState& route = state.routes()[r];
    for (std::size_t after = 0; after + 1 < route.size(); ++after) {
      auto at = route.try_insert(open[k], after);
      if (at && (!best || at->shift < best->shift)) best = at;
    }
  };
  for (std::size_t k = 0; k < open.size(); ++k) {
    for (std::size_t r = 0; r < m; ++r) search(k, r);
  }
  int inserted = 0;
  for (;;) {
    double best_ratio = -1;
    Insertion best;
    for (std::size_t k = 0; k < open.size(); ++k) {
      if (state.visited(open[k])) continue;
      const std::optional<Insertion>* at = nullptr;
      for (std::size_t r = 0; r < m; ++r) {
        const auto& c = cheapest[k * m + r];
        if (c && (at == nullptr || c->shift < (*at)->shift)) at = &c;
      }
      if (at == nullptr) continue;
      const double value = data.value[static_cast<std::size_t>(open[k])];
      double ratio = value * value / std::max((*at)->shift, kMinShift);
      if (noise > 0) ratio *= 1 - noise * rng.uniform();
      if (ratio > best_ratio) {
        best_ratio = ratio;
        best = **at;
      }
    }
    if (best_ratio < 0) return inserted;
    state.insert(best);
    ++inserted;
    for (std::size_t k = 0; k < open.size(); ++k) {
      if (!state.visited(open[k])) search(k, static_cast<std::size_t>(best.route));
    }
  }
}

void shake(SearchState& state, std::size_t from, std::size_t count, Rng& rng) {
  for (std::size_t r = 0; r < state.routes().size(); ++r) {
    std::vector<int> middle = state.routes()[r].middle();
    std::vector<std::size_t> sites;
    for (std::size_t i = 0; i < middle.size(); ++i) {
      if (middle[i] != kLunch) sites.push_back(i);
    }
    if (sites.empty()) continue;
    std::vector<char> gone(middle.size(), 0);
    for (std::size_t k = 0; k < std::min(count, sites.size()); ++k) {
      gone[sites[(from + k) % sites.size()]] = 1;
    }
    std::vector<int> kept;
    for (std::size_t i = 0; i < middle.size(); ++i) {
      if (gone[i] == 0) kept.push_back(middle[i]);
    }
    // Dropping a site can only fail where travel times break the triangle
    // inequality; the route then stays as it was.
    state.assign(static_cast<int>(r), std::move(kept));
    if (rng.uniform() < 0.5) move_lunch(state, static_cast<int>(r), rng);
  }
}

bool replace(SearchState& state) {
  const SearchData& data = state.data();
  double best_gain = kEps;
  int best_route = -1;
  std::vector<int> best_middle;
  int best_node = -1;
  std::size_t best_after = 0;
  for (std::size_t r = 0; r < state.routes().size(); ++r) {
    const RouteState& route = state.routes()[r];
    const std::vector<int> middle = route.middle();
    RouteState reduced = route;
    for (std::size_t p = 0; p < middle.size(); ++p) {
      const int out = middle[p];
      if (out == kLunch) continue;
      const double out_value = data.value[static_cast<std::size_t>(out)];
      std::vector<int> without = middle;
      without.erase(without.begin() + static_cast<std::ptrdiff_t>(p));
      if (!reduced.assign(without)) continue;
      for (int node : data.sites) {
        const double gain = data.value[static_cast<std::size_t>(node)] - out_value;
        if (gain <= best_gain || state.visited(node) || !data.allowed(node, static_cast<int>(r))) {
          continue;
        }
        for (std::size_t after = 0; after + 1 < reduced.size(); ++after) {
          if (reduced.try_insert(node, after)) {
            best_gain = gain;
            best_route = static_cast<int>(r);
            best_middle = without;
            best_node = node;
            best_after = after;
            break;
          }
        }
      }
    }
  }
  if (best_route < 0) return false;
  state.assign(best_route, std::move(best_middle));
  state.insert({best_node, best_route, best_after, 0});
  return true;
}

bool shorten(SearchState& state) {
  bool any = false;
  for (std::size_t r = 0; r < state.routes().size(); ++r) {
    while (shorten_once(state, static_cast<int>(r))) any = true;
  }
  return any;
}

}  // namespace icity::schedule::detail
