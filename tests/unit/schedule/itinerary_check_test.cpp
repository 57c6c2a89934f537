// The checker the other tests trust: a correct plan passes, and each kind of
// fault in a hand-made plan is named.
#include "schedule/itinerary_check.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace icity::schedule {
namespace {

// Hotel 0, sites 1 and 2 ten minutes from everything; one day 540-1080 with
// lunch 60 min starting 690-810.
ItineraryProblem day() {
  ItineraryProblem p;
  p.nodes = {{"hotel", 0, 0, {}},
             {"Tencent", 5, 120, {{{600, 700}}}},
             {"Dasha River", 3, 60, {{{780, 900}}}}};
  p.travel = {{0, 10, 10}, {10, 0, 10}, {10, 10, 0}};
  p.routes = {{0, 0, 540, 1080, LunchBreak{690, 810, 60}}};
  return p;
}

// Tencent 600-720, lunch at Tencent 720-780, Dasha River 790-850, home 860.
Itinerary good_plan() {
  Itinerary plan;
  RoutePlan route;
  route.visits = {{1, 550, 600, 720}, {2, 790, 790, 850}};
  route.lunch = LunchPlacement{1, 720, 780};
  route.end_arrival = 860;
  route.score = 8;
  plan.routes = {route};
  plan.score = 8;
  return plan;
}

bool mentions(const std::vector<std::string>& faults, const std::string& what) {
  return std::any_of(faults.begin(), faults.end(),
                     [&](const std::string& f) { return f.find(what) != std::string::npos; });
}

TEST(ItineraryCheck, AcceptsAFeasiblePlan) {
  const auto faults = check_itinerary(day(), good_plan());
  EXPECT_TRUE(faults.empty()) << faults.front();
}

TEST(ItineraryCheck, NamesWindowArrivalAndEndFaults) {
  Itinerary plan = good_plan();
  plan.routes[0].visits[0].start = 710;  // after Tencent's window
  plan.routes[0].visits[0].end = 830;
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "outside its windows"));

  plan = good_plan();
  plan.routes[0].visits[1].arrival = 785;
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "recomputed 790"));

  plan = good_plan();
  plan.routes[0].visits[1].end = 800;
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "wrong end"));

  ItineraryProblem early = day();
  early.routes[0].end_time = 855;
  EXPECT_TRUE(mentions(check_itinerary(early, good_plan()), "reaches its end node at 860"));
}

TEST(ItineraryCheck, NamesLunchFaults) {
  Itinerary plan = good_plan();
  plan.routes[0].lunch.reset();
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "lunch break iff"));

  ItineraryProblem late_lunch = day();
  late_lunch.routes[0].lunch = LunchBreak{730, 810, 60};
  EXPECT_TRUE(mentions(check_itinerary(late_lunch, good_plan()), "outside its window"));

  plan = good_plan();
  plan.routes[0].lunch = LunchPlacement{1, 700, 760};  // during the visit
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "before the previous visit ends"));
}

TEST(ItineraryCheck, NamesDroppedTwiceScoreAndMustFaults) {
  ItineraryProblem p = day();
  p.dropped = {2};
  EXPECT_TRUE(mentions(check_itinerary(p, good_plan()), "dropped"));

  Itinerary plan = good_plan();
  plan.score = 9;
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "total score"));

  plan = good_plan();
  plan.routes[0].visits[1].node = 1;
  EXPECT_TRUE(mentions(check_itinerary(day(), plan), "visited twice"));

  p = day();
  p.nodes.push_back({"Huawei", 4, 30, {{{540, 1000}}}});
  for (auto& row : p.travel) row.push_back(10);
  p.travel.push_back({10, 10, 10, 0});
  p.must_visit = {3};
  EXPECT_TRUE(mentions(check_itinerary(p, good_plan()), "must-visit node 3"));
  plan = good_plan();
  plan.unplaced_must_visits = {3};
  EXPECT_TRUE(check_itinerary(p, plan).empty());

  p.must_visit.clear();
  p.pinned = {{3, 0, std::nullopt}};
  EXPECT_TRUE(mentions(check_itinerary(p, good_plan()), "pinned node 3"));
  p.pinned = {{1, 0, 610.0}};
  EXPECT_TRUE(mentions(check_itinerary(p, good_plan()), "not at its pinned time"));
}

}  // namespace
}  // namespace icity::schedule
