// The OPTW/TOPTW benchmark format (Vansteenwegen, Montemanni & Gambardella;
// the Solomon-based instances of data/toptw): the itinerary
// planner's benchmark and `icity plan-itinerary --optw`. Pure: the caller
// reads the file.
//
//   line 1:   k v N t          (v: paths that visit every vertex; N: vertices
//                               besides the depot; k, t unused)
//   line 2:   D Q  or just Q   (unused)
//   then one line a vertex:  i x y d S f a <a numbers> O C
//     d service time, S score, O/C earliest/latest start of service.
//
// Vertex 0 is the depot, the start and end of every route; its C is Tmax.
// Travel time is the Euclidean distance truncated to one decimal.
#pragma once

#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "schedule/itinerary_problem.hpp"

namespace icity::schedule {

struct OptwVertex {
  double x = 0;
  double y = 0;
  double duration = 0;
  double score = 0;
  double open = 0;
  double close = 0;
};

struct OptwInstance {
  int paths_visiting_all = 0;        // v of line 1
  std::vector<OptwVertex> vertices;  // [0] is the depot
};

// kMalformed whose detail.en names the line ("line 7: expected 10 fields, got
// 8") on anything unreadable: too few or non-numeric fields, vertex numbers
// out of sequence, a window closing before it opens, no vertex but the depot.
core::Result<OptwInstance> parse_optw(std::string_view text);

// floor(10 * Euclidean distance) / 10, as the Solomon-based instances use.
double optw_travel(const OptwVertex& a, const OptwVertex& b);

// The TOPTW with `routes` routes (>= 1) from and to the depot between its open
// and close time; every other vertex is a site with the same window each day.
ItineraryProblem optw_problem(const OptwInstance& instance, int routes);

}  // namespace icity::schedule
