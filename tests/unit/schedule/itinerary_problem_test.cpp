// Problem validation and the travel-time model built from coordinates.
#include "schedule/itinerary_problem.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace icity::schedule {
namespace {

bool mentions(const std::vector<std::string>& faults, const std::string& what) {
  return std::any_of(faults.begin(), faults.end(),
                     [&](const std::string& f) { return f.find(what) != std::string::npos; });
}

ItineraryProblem small() {
  ItineraryProblem p;
  p.nodes = {{"hotel", 0, 0, {}}, {"a", 1, 30, {{{600, 700}}}}};
  p.travel = {{0, 10}, {10, 0}};
  p.routes = {{0, 0, 540, 1080, std::nullopt}, {0, 0, 540, 1080, std::nullopt}};
  return p;
}

TEST(ItineraryProblem, AcceptsAWellFormedProblem) {
  EXPECT_TRUE(validate_problem(small()).empty());
}

TEST(ItineraryProblem, NamesEachFault) {
  ItineraryProblem p = small();
  p.nodes[1].windows = {{{700, 600}}};
  EXPECT_TRUE(mentions(validate_problem(p), "opens after it closes"));
  p = small();
  p.nodes[1].windows = {{{600, 700}, {650, 800}}};
  EXPECT_TRUE(mentions(validate_problem(p), "not sorted and disjoint"));
  p = small();
  p.nodes[1].windows = {{}, {}, {}};
  EXPECT_TRUE(mentions(validate_problem(p), "3 window lists for 2 routes"));
  p = small();
  p.travel[0].pop_back();
  EXPECT_TRUE(mentions(validate_problem(p), "wrong length"));
  p = small();
  p.pinned = {{1, 5, std::nullopt}};
  EXPECT_TRUE(mentions(validate_problem(p), "route out of range"));
  p = small();
  p.must_visit = {0};
  EXPECT_TRUE(mentions(validate_problem(p), "start or end"));
  p = small();
  p.routes[0].lunch = LunchBreak{1100, 1200, 60};
  EXPECT_TRUE(mentions(validate_problem(p), "not even an empty day fits"));
}

TEST(ItineraryProblem, OneWindowListServesEveryDay) {
  const ItineraryProblem p = small();
  EXPECT_EQ(windows_on(p, 1, 1).front().close, 700);
  EXPECT_TRUE(windows_on(p, 0, 0).empty());
}

TEST(ItineraryProblem, TravelFromCoordinatesUsesTheCitySpeedModel) {
  // Shenzhen Bay Park to the Dasha River mouth: about 2.9 km apart.
  const GeoPoint a{22.5035, 113.9535};
  const GeoPoint b{22.5200, 113.9320};
  const double km = haversine_km(a, b);
  EXPECT_NEAR(km, 2.86, 0.05);
  const auto travel = travel_from_coordinates(
      {a, b}, {.overhead_minutes = 10, .km_per_hour = 30, .detour_factor = 1.0});
  EXPECT_EQ(travel[0][0], 0);
  EXPECT_NEAR(travel[0][1], 10 + km * 2, 1e-9);
  EXPECT_NEAR(travel[1][0], travel[0][1], 1e-9);
}

}  // namespace
}  // namespace icity::schedule
