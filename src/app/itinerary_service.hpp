// Delegation itineraries: which sites a delegation visits on which day of its
// stay and when — given each site's opening hours on that weekday, visit
// length and group capacity, travel times from coordinates (a city speed
// model), the day's start and end at the hotel, a lunch break, the sites
// staff must include, pin to a day (and time) or drop, and each site's
// interest to the delegation from the matching engine. A team orienteering
// problem with time windows, one route a day (schedule::plan_itinerary). The
// last plan of each delegation is kept with the request that made it, so
// staff re-plan from there. Times are the city's local "HH:MM".
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "app/match_service.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::app {

class ItineraryService {
 public:
  ItineraryService(store::Database& db, MatchService& matches) : db_(db), matches_(matches) {}

  // Staff. The request (every field optional):
  //   {"days": ["2023-06-06", …] (default: the delegation's dates),
  //    "day_start": "09:00", "day_end": "18:00",
  //    "lunch": {"earliest": "11:30", "latest": "13:30", "minutes": 60} | null,
  //    "start": {"name": {zh,en}, "latitude", "longitude"} (the hotel; default the civic centre),
  //    "sites": [organisation ids] (default: every site with coordinates),
  //    "must_visit": [ids], "dropped": [ids], "pinned": [{"site_id", "day", "start"?}],
  //    "speed": {"km_per_hour": 25, "overhead_minutes": 10}, "time_limit_ms": 1000}
  // The answer: the plan day by day (visits with arrival, start, end and the
  // travel before each; lunch; return), its score, what could not be placed
  // and why sites were left out; and the request itself.
  core::Result<boost::json::object> plan(const Context& ctx, core::Id delegation_id,
                                         const boost::json::object& request);
  // The last plan (404 when none was made).
  core::Result<boost::json::object> last(const Context& ctx, core::Id delegation_id);

 private:
  store::Database& db_;
  MatchService& matches_;
};

}  // namespace icity::app
