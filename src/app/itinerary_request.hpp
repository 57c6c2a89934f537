// What staff ask the itinerary planner for (ItineraryService::plan), read
// from JSON with every bad field named, and written back (the stored
// request). Internal to src/app.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"

namespace icity::app {

struct ItineraryPin {
  core::Id site_id = 0;
  std::string day;                   // one of the request's days
  std::optional<int> start_minutes;  // from midnight, local time
};

struct ItineraryRequest {
  std::vector<std::string> days;              // "YYYY-MM-DD"
  int day_start = 9 * 60, day_end = 18 * 60;  // minutes from midnight
  struct Lunch {
    int earliest = 11 * 60 + 30, latest = 13 * 60 + 30, minutes = 60;
  };
  std::optional<Lunch> lunch = Lunch{};
  core::LocalizedText start_name{"深圳市民中心", "Shenzhen Civic Center"};
  double start_latitude = 22.5431, start_longitude = 114.0579;
  std::optional<std::vector<core::Id>> sites;  // none: every site with coordinates
  std::vector<core::Id> must_visit, dropped;
  std::vector<ItineraryPin> pinned;
  double km_per_hour = 25, overhead_minutes = 10;
  int time_limit_ms = 1000;
};

// Reads `body` over the defaults; days default to the delegation's dates.
core::Result<ItineraryRequest> read_itinerary_request(const boost::json::object& body,
                                                      const core::Delegation& delegation);
boost::json::object to_json(const ItineraryRequest& r);

// "09:30" → 570; nullopt unless HH:MM within the day.
std::optional<int> clock_minutes(const std::string& text);
// 570.4 → "09:30" (to the nearest minute).
std::string clock_text(double minutes);

}  // namespace icity::app
