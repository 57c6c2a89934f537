// The case the planner is for: a delegation's three days in Shenzhen (company
// visits and field surveys, lunch, sites closed on some days, one must-visit),
// then staff pin one visit to a day and time and drop another, and re-plan.
#include <gtest/gtest.h>

#include <algorithm>

#include "schedule/itinerary_check.hpp"
#include "schedule/itinerary_planner.hpp"

namespace icity::schedule {
namespace {

constexpr double kHour = 60;

enum Site { kHotel, kHuawei, kTencent, kMindray, kDashaRiver, kEnergyPark, kGuanlan, kMangroves };

ItineraryProblem exchange_camp() {
  const std::vector<TimeWindow> office{{9 * kHour, 15 * kHour}};  // visits start 09:00-15:00
  const std::vector<TimeWindow> outdoors{{8 * kHour, 16.5 * kHour}};
  ItineraryProblem p;
  p.nodes = {
      {"hotel (Futian)", 0, 0, {}},
      {"Huawei, Bantian", 9, 120, {office, office, {}}},  // day 3 is a Saturday
      {"Tencent, Binhai", 8, 90, {office}},
      {"Mindray, Nanshan", 6, 90, {office}},
      {"Dasha River survey", 5, 60, {outdoors}},
      {"Nanshan energy ecological park", 7, 90, {{}, outdoors, outdoors}},
      {"Guanlan Print Village", 3, 120, {outdoors}},
      {"Futian mangrove reserve", 4, 60, {{{8 * kHour, 17 * kHour}}}},
  };
  p.travel = travel_from_coordinates({{22.5431, 114.0579},
                                      {22.6531, 114.0585},
                                      {22.5228, 113.9353},
                                      {22.5384, 113.9470},
                                      {22.5520, 113.9600},
                                      {22.4990, 113.8920},
                                      {22.7480, 114.0160},
                                      {22.5260, 114.0100}},
                                     CitySpeed{});
  for (int day = 0; day < 3; ++day) {
    p.routes.push_back(
        {kHotel, kHotel, 8.5 * kHour, 18 * kHour, LunchBreak{11.5 * kHour, 13.5 * kHour, 60}});
  }
  p.must_visit = {kGuanlan};
  return p;
}

int day_of(const Itinerary& plan, int site) {
  for (std::size_t d = 0; d < plan.routes.size(); ++d) {
    for (const Visit& v : plan.routes[d].visits) {
      if (v.node == site) return static_cast<int>(d);
    }
  }
  return -1;
}

TEST(ItineraryReplan, PlansTheExchangeCamp) {
  const ItineraryProblem p = exchange_camp();
  auto plan = plan_itinerary(p);
  ASSERT_TRUE(plan.has_value());
  const auto faults = check_itinerary(p, *plan);
  EXPECT_TRUE(faults.empty()) << faults.front();
  EXPECT_GE(day_of(*plan, kGuanlan), 0);
  EXPECT_NE(day_of(*plan, kHuawei), 2);
  EXPECT_NE(day_of(*plan, kEnergyPark), 0);
  EXPECT_TRUE(plan->unplaced_must_visits.empty());
  // Seven sites over three days with lunch fit easily: all of them are seen.
  EXPECT_EQ(plan->score, 9 + 8 + 6 + 5 + 7 + 3 + 4);
}

TEST(ItineraryReplan, KeepsStaffsPinsAndDrops) {
  ItineraryProblem p = exchange_camp();
  p.pinned = {{kMangroves, 0, 16 * kHour}};  // the rangers can only take them then
  p.dropped = {kTencent};
  auto plan = plan_itinerary(p);
  ASSERT_TRUE(plan.has_value());
  const auto faults = check_itinerary(p, *plan);
  EXPECT_TRUE(faults.empty()) << faults.front();
  ASSERT_EQ(day_of(*plan, kMangroves), 0);
  const auto& day0 = plan->routes[0].visits;
  const auto mangroves =
      std::find_if(day0.begin(), day0.end(), [](const Visit& v) { return v.node == kMangroves; });
  EXPECT_EQ(mangroves->start, 16 * kHour);
  EXPECT_EQ(day_of(*plan, kTencent), -1);
  EXPECT_GE(day_of(*plan, kGuanlan), 0);
  EXPECT_EQ(plan->score, 9 + 6 + 5 + 7 + 3 + 4);
}

}  // namespace
}  // namespace icity::schedule
