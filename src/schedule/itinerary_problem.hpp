// The delegation itinerary planner's input and output: which sites a visiting
// delegation sees on which day, and when. It is a team orienteering problem
// with time windows (TOPTW): one route a day, from the hotel back to the hotel,
// maximising the total interest (score) of the sites visited.
//
//   ItineraryProblem p;
//   p.nodes = {{.name = "hotel"}, {.name = "Huawei", .score = 9, .duration = 90,
//              .windows = {{{540, 1020}}}}};           // one list: every day
//   p.travel = travel_from_coordinates(points, CitySpeed{});
//   p.routes = {{.start_node = 0, .end_node = 0, .start_time = 540, .end_time = 1080,
//                .lunch = LunchBreak{690, 810, 60}}};
//   Itinerary plan = plan_itinerary(p);                 // itinerary_planner.hpp
//   assert(check_itinerary(p, plan).empty());           // itinerary_check.hpp
//
// Times are minutes (doubles: the OPTW benchmark's travel times have one
// decimal). A window's `close` is the latest START of the visit, as in OPTW; a
// site that must be left by time T has close = T - duration.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace icity::schedule {

struct TimeWindow {
  double open = 0;
  double close = 0;  // the latest start of the visit
};

struct ItineraryNode {
  std::string name;     // for people; the planner ignores it
  double score = 0;     // the site's interest to the delegation (>= 0)
  double duration = 0;  // the visit's length (>= 0)
  // windows[r]: the intervals in which a visit may start on route (day) r,
  // sorted and disjoint; an empty list means closed that day. A single list
  // applies to every day. Unused for the routes' start and end nodes.
  std::vector<std::vector<TimeWindow>> windows;
};

// Lunch is taken where the delegation is (no travel): after one visit, or at
// the day's start, before travelling on. It must start within [earliest,
// latest] and lasts `duration`; every route with one has it exactly once.
struct LunchBreak {
  double earliest = 0;
  double latest = 0;
  double duration = 0;
};

// One day. Start and end nodes (the hotel) are never visits of any route.
struct RouteSpec {
  int start_node = 0;
  int end_node = 0;
  double start_time = 0;  // leaves start_node then
  double end_time = 0;    // reaches end_node by then
  std::optional<LunchBreak> lunch;
};

// Staff's decision: visit `node` on route `route`, at exactly `start` if given.
struct Pin {
  int node = 0;
  int route = 0;
  std::optional<double> start;
};

struct ItineraryProblem {
  std::vector<ItineraryNode> nodes;
  // travel[i][j]: minutes from node i to node j (need not be symmetric).
  std::vector<std::vector<double>> travel;
  std::vector<RouteSpec> routes;
  // Visited if at all feasible (the planner prefers one of them to any number
  // of other sites); those it could not place are reported, not an error.
  std::vector<int> must_visit;
  std::vector<Pin> pinned;   // must-visits bound to a day (and time)
  std::vector<int> dropped;  // never visited
  // The search stops after max_iterations or time_limit_ms, whichever comes
  // first. The same input and seed give the same plan when the iterations
  // stop it (the default); a time limit that bites depends on the machine.
  std::int64_t time_limit_ms = 1000;
  std::int64_t max_iterations = 5000;
  std::uint64_t seed = 1;
};

// What is wrong with a problem (one message per fault, empty if none):
// indices out of range, a travel matrix of the wrong shape, negative values,
// unsorted windows, a node both pinned and dropped...
std::vector<std::string> validate_problem(const ItineraryProblem& problem);

// The windows of `node` on `route` (the single list, or that route's one).
const std::vector<TimeWindow>& windows_on(const ItineraryProblem& problem, int node, int route);

struct GeoPoint {
  double latitude = 0;  // degrees
  double longitude = 0;
};

// Great-circle distance in km (mean Earth radius 6371 km).
double haversine_km(GeoPoint a, GeoPoint b);

// Minutes from A to B in the city: a fixed overhead (parking, walking in,
// security at the gate) plus the distance at an average door-to-door speed.
struct CitySpeed {
  double overhead_minutes = 10;
  double km_per_hour = 25;
  double detour_factor = 1.3;  // road distance / straight-line distance
};

// The dense matrix: 0 on the diagonal, overhead + detour * km / speed elsewhere.
std::vector<std::vector<double>> travel_from_coordinates(const std::vector<GeoPoint>& points,
                                                         const CitySpeed& speed);

// One visit on a route: arrival at the site, start (after any wait), end.
struct Visit {
  int node = 0;
  double arrival = 0;
  double start = 0;
  double end = 0;
};

struct LunchPlacement {
  std::size_t after = 0;  // number of visits before it: 0 = at the start node
  double start = 0;
  double end = 0;
};

struct RoutePlan {
  std::vector<Visit> visits;            // in order, without start and end node
  std::optional<LunchPlacement> lunch;  // set iff the route has a lunch break
  double end_arrival = 0;               // arrival at the end node
  double score = 0;
};

struct Itinerary {
  std::vector<RoutePlan> routes;  // one per RouteSpec, same order
  double score = 0;               // the visited sites' scores, summed
  // Must-visit (and pinned) sites that no route could take.
  std::vector<int> unplaced_must_visits;
  std::int64_t iterations = 0;  // of the search, for benchmarks
};

}  // namespace icity::schedule
