// An independent check of a plan against its problem: it recomputes every
// arrival from the travel matrix and checks each time window, duration, the
// lunch break, the day's end, pins, drops, must-visits and the scores. The
// tests and the CLI test trust it rather than the planner's own bookkeeping.
#pragma once

#include <string>
#include <vector>

#include "schedule/itinerary_problem.hpp"

namespace icity::schedule {

// One message per violation ("route 1 visit 3 (node 17): starts at 610 after
// its window closed at 600"); empty when the plan is feasible and consistent.
// Times are compared with a tolerance of 1e-6 minutes.
std::vector<std::string> check_itinerary(const ItineraryProblem& problem, const Itinerary& plan);

}  // namespace icity::schedule
