#include "schedule/itinerary_planner.hpp"

#include <algorithm>
#include <chrono>

#include "schedule/itinerary_search.hpp"

namespace icity::schedule {
namespace {

using detail::kLunch;
using detail::Rng;
using detail::SearchData;
using detail::SearchState;

using Deadline = std::chrono::steady_clock::time_point;

constexpr double kEps = 1e-9;
// Each insertion ratio is scaled by a random factor in (1 - kNoise, 1]: after a
// shake the search rebuilds differently (0.15 left r101 8% short; 0.8 finds
// its optimum).
constexpr double kNoise = 0.8;
// Iterations without a new best before the search goes back to the best plan.
constexpr int kStallReset = 100;

// Insert; then, if that reached `promising` (the best value so far), replace
// and shorten while either lets more in. Those two cost several insertions'
// time and pay only near the best (the benchmark found no loss from gating).
void improve(SearchState& state, Rng& rng, double noise, double promising, Deadline deadline) {
  detail::fill(state, rng, noise);
  if (state.value() < promising) return;
  for (int round = 0; round < 50 && std::chrono::steady_clock::now() < deadline; ++round) {
    bool changed = false;
    if (detail::replace(state)) {
      detail::fill(state, rng, noise);
      changed = true;
    }
    if (detail::shorten(state) && detail::fill(state, rng, noise) > 0) changed = true;
    if (!changed) break;
  }
}

Itinerary to_itinerary(const ItineraryProblem& problem, const SearchState& state) {
  Itinerary plan;
  std::vector<char> placed(problem.nodes.size(), 0);
  for (const detail::RouteState& route : state.routes()) {
    RoutePlan out;
    const auto& elements = route.elements();
    for (std::size_t i = 1; i + 1 < elements.size(); ++i) {
      if (elements[i] == kLunch) {
        out.lunch = LunchPlacement{out.visits.size(), route.start(i), route.finish(i)};
        continue;
      }
      out.visits.push_back({elements[i], route.arrival(i), route.start(i), route.finish(i)});
      out.score += problem.nodes[static_cast<std::size_t>(elements[i])].score;
      placed[static_cast<std::size_t>(elements[i])] = 1;
    }
    out.end_arrival = route.arrival(elements.size() - 1);
    plan.score += out.score;
    plan.routes.push_back(std::move(out));
  }
  std::vector<int> must = problem.must_visit;
  for (const Pin& pin : problem.pinned) must.push_back(pin.node);
  std::sort(must.begin(), must.end());
  must.erase(std::unique(must.begin(), must.end()), must.end());
  for (int node : must) {
    if (placed[static_cast<std::size_t>(node)] == 0) plan.unplaced_must_visits.push_back(node);
  }
  return plan;
}

std::size_t fewest_sites(const SearchState& state) {
  std::size_t fewest = SIZE_MAX;
  for (const auto& route : state.routes()) fewest = std::min(fewest, route.sites());
  return fewest;
}

}  // namespace

core::Result<Itinerary> plan_itinerary(const ItineraryProblem& problem) {
  const std::vector<std::string> faults = validate_problem(problem);
  if (!faults.empty()) {
    std::vector<core::FieldError> fields;
    fields.reserve(faults.size());
    for (const auto& fault : faults) fields.push_back({"problem", {.zh = {}, .en = fault}});
    return core::fail(core::Error::invalid(std::move(fields)));
  }
  const auto started = std::chrono::steady_clock::now();
  const auto deadline = started + std::chrono::milliseconds(problem.time_limit_ms);
  const SearchData data(problem);
  Rng rng(problem.seed);
  SearchState current(data);
  improve(current, rng, 0, 0, deadline);
  SearchState best = current;
  const std::size_t max_count =
      std::max<std::size_t>(2, data.sites.size() / (3 * data.routes.size()));
  std::size_t from = 0;
  std::size_t count = 1;
  int stall = 0;
  std::int64_t iteration = 0;
  for (; iteration < problem.max_iterations; ++iteration) {
    if (std::chrono::steady_clock::now() >= deadline) break;
    detail::shake(current, from, count, rng);
    improve(current, rng, kNoise, best.value(), deadline);
    if (current.value() > best.value() + kEps) {
      best = current;
      count = 1;
      stall = 0;
    } else if (++stall % kStallReset == 0) {
      // Alternately back to the best plan and a fresh random start: some
      // optima need a site first that the ratio never ranks first.
      if ((stall / kStallReset) % 2 == 1) {
        current = best;
      } else {
        current = SearchState(data);
        improve(current, rng, 1.0, best.value(), deadline);
      }
    }
    from += count;
    ++count;
    const std::size_t fewest = std::max<std::size_t>(1, fewest_sites(current));
    from %= fewest;
    if (count > max_count) count = 1;
  }
  Itinerary plan = to_itinerary(problem, best);
  plan.iterations = iteration;
  return plan;
}

Itinerary plan_itinerary_greedy(const ItineraryProblem& problem) {
  const SearchData data(problem);
  Rng rng(problem.seed);
  SearchState state(data);
  detail::fill(state, rng, 0);
  return to_itinerary(problem, state);
}

}  // namespace icity::schedule
