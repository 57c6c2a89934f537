// The delegation itinerary planner: which sites to visit on which day, and
// when (see itinerary_problem.hpp for the problem and an example). An iterated
// local search (Vansteenwegen et al. 2009, "Iterated local search for the team
// orienteering problem with time windows") with insertion by score^2 / added
// time, shaking by removing consecutive visits, replacing a visit by a better
// unvisited site, shortening routes by relocation and 2-opt, and moving
// lunch; when it stalls it goes back to the best plan or starts afresh from a
// random greedy one, in turn. Pure and single-threaded; deterministic for the
// same problem and seed unless the time limit stops it. On the 29 Solomon OPTW
// instances (100 sites, one route) it reaches every proven optimum within the
// default 5,000 iterations, about 0.3 s (bench/itinerary_bench.cpp).
#pragma once

#include "core/error.hpp"
#include "schedule/itinerary_problem.hpp"

namespace icity::schedule {

// kInvalidArgument naming each fault of validate_problem(), or a feasible plan
// (check_itinerary() finds nothing wrong with it). Must-visit and pinned sites
// that fit nowhere are listed in unplaced_must_visits.
core::Result<Itinerary> plan_itinerary(const ItineraryProblem& problem);

// The greedy construction alone (insertion by score^2 / added time, no search):
// the benchmark's baseline. REQUIRES: validate_problem(problem).empty().
Itinerary plan_itinerary_greedy(const ItineraryProblem& problem);

}  // namespace icity::schedule
