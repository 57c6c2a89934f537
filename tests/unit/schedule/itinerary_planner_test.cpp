// The planner as staff use it: every plan passes the independent checker,
// tiny cities are solved optimally, must-visits, pins, drops and closed days
// are honoured, the same input gives the same plan, and the easiest benchmark
// instance (c101) reaches its proven optimum.
#include "schedule/itinerary_planner.hpp"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <sstream>

#include "itinerary_world.hpp"
#include "schedule/itinerary_check.hpp"
#include "schedule/itinerary_optw.hpp"

namespace icity::schedule {
namespace {

using testing::brute_force_value;
using testing::random_city;

Itinerary plan_ok(const ItineraryProblem& p) {
  auto plan = plan_itinerary(p);
  EXPECT_TRUE(plan.has_value());
  if (!plan) return {};
  const auto faults = check_itinerary(p, *plan);
  for (const auto& f : faults) ADD_FAILURE() << f;
  return *plan;
}

std::vector<int> route_nodes(const RoutePlan& route) {
  std::vector<int> nodes;
  nodes.reserve(route.visits.size());
  for (const Visit& v : route.visits) nodes.push_back(v.node);
  return nodes;
}

int route_of(const Itinerary& plan, int node) {
  for (std::size_t r = 0; r < plan.routes.size(); ++r) {
    for (const Visit& v : plan.routes[r].visits) {
      if (v.node == node) return static_cast<int>(r);
    }
  }
  return -1;
}

// The planner's objective: every placed must-visit outweighs all scores.
double value_of(const ItineraryProblem& p, const Itinerary& plan) {
  double total = 0;
  for (const auto& node : p.nodes) total += node.score;
  double value = plan.score;
  for (int m : p.must_visit) {
    if (route_of(plan, m) >= 0) value += total + 1;
  }
  return value;
}

TEST(ItineraryPlanner, MatchesBruteForceOnOneDay) {
  for (std::uint64_t seed = 1; seed <= 20; ++seed) {
    const ItineraryProblem p = random_city(seed, 7, 1, seed % 2 == 0);
    const Itinerary plan = plan_ok(p);
    EXPECT_DOUBLE_EQ(plan.score, brute_force_value(p)) << "seed " << seed;
  }
}

TEST(ItineraryPlanner, MatchesBruteForceOnTwoDaysWithMustAndDropped) {
  for (std::uint64_t seed = 21; seed <= 32; ++seed) {
    ItineraryProblem p = random_city(seed, 6, 2, true);
    p.must_visit = {static_cast<int>(seed % 6) + 1};
    p.dropped = {static_cast<int>((seed + 3) % 6) + 1};
    const Itinerary plan = plan_ok(p);
    EXPECT_DOUBLE_EQ(value_of(p, plan), brute_force_value(p)) << "seed " << seed;
  }
}

TEST(ItineraryPlanner, EveryPlanIsFeasibleWithPinsDropsAndMustVisits) {
  for (std::uint64_t seed = 100; seed < 110; ++seed) {
    ItineraryProblem p = random_city(seed, 30, 3, true);
    p.must_visit = {3, 4};
    p.dropped = {5, 6};
    p.pinned = {{7, 1, std::nullopt}, {8, 2, std::nullopt}};
    p.max_iterations = 200;
    const Itinerary plan = plan_ok(p);  // the checker covers windows, lunch, pins, drops
    for (const Pin& pin : p.pinned) {
      const bool unplaced = std::count(plan.unplaced_must_visits.begin(),
                                       plan.unplaced_must_visits.end(), pin.node) > 0;
      EXPECT_TRUE(unplaced || route_of(plan, pin.node) == pin.route) << "seed " << seed;
    }
    EXPECT_EQ(route_of(plan, 5), -1);
    EXPECT_EQ(route_of(plan, 6), -1);
  }
}

// Two sites 30 minutes apart each filling the afternoon: only one fits, and
// the must-visit wins over the higher score.
ItineraryProblem two_rivals() {
  ItineraryProblem p;
  p.nodes = {{"hotel", 0, 0, {}},
             {"Mindray", 9, 240, {{{780, 800}}}},
             {"mangrove reserve", 2, 240, {{{780, 800}}}}};
  p.travel = {{0, 30, 30}, {30, 0, 30}, {30, 30, 0}};
  p.routes = {{0, 0, 720, 1080, std::nullopt}};
  return p;
}

TEST(ItineraryPlanner, MustVisitBeatsAHigherScore) {
  ItineraryProblem p = two_rivals();
  EXPECT_EQ(route_nodes(plan_ok(p).routes[0]), std::vector<int>{1});
  p.must_visit = {2};
  const Itinerary plan = plan_ok(p);
  EXPECT_EQ(route_nodes(plan.routes[0]), std::vector<int>{2});
  EXPECT_TRUE(plan.unplaced_must_visits.empty());
}

TEST(ItineraryPlanner, ReportsMustVisitsThatFitNowhere) {
  ItineraryProblem p = two_rivals();
  p.nodes.push_back({"Guanlan Print Village", 5, 60, {{{1200, 1260}}}});  // after the day ends
  for (auto& row : p.travel) row.push_back(30);
  p.travel.push_back({30, 30, 30, 0});
  p.must_visit = {3};
  const Itinerary plan = plan_ok(p);
  EXPECT_EQ(plan.unplaced_must_visits, std::vector<int>{3});
  EXPECT_EQ(plan.score, 9);
}

TEST(ItineraryPlanner, PinnedDayAndTimeAreKept) {
  ItineraryProblem p = random_city(7, 15, 3, true);
  const int site = 2;
  p.nodes[site].windows = {{{540, 1000}}};  // open every day
  p.pinned = {{site, 2, std::nullopt}};
  Itinerary plan = plan_ok(p);
  EXPECT_EQ(route_of(plan, site), 2);
  p.pinned = {{site, 0, 600.0}};
  plan = plan_ok(p);
  ASSERT_EQ(route_of(plan, site), 0);
  for (const Visit& v : plan.routes[0].visits) {
    if (v.node == site) {
      EXPECT_DOUBLE_EQ(v.start, 600);
    }
  }
}

TEST(ItineraryPlanner, ClosedDaysAreNeverVisited) {
  ItineraryProblem p = random_city(9, 10, 3, false);
  p.nodes[1].score = 1000;  // worth any detour, but open on day 1 only
  p.nodes[1].windows = {{}, {{540, 1000}}, {}};
  const Itinerary plan = plan_ok(p);
  EXPECT_EQ(route_of(plan, 1), 1);
}

TEST(ItineraryPlanner, LunchIsPlacedOnEveryDay) {
  ItineraryProblem p = random_city(11, 25, 2, true);
  const Itinerary plan = plan_ok(p);
  for (const RoutePlan& route : plan.routes) {
    const LunchPlacement lunch = route.lunch.value_or(LunchPlacement{0, -1, -1});
    EXPECT_GE(lunch.start, 690);
    EXPECT_LE(lunch.start, 810);
  }
}

TEST(ItineraryPlanner, SameInputSameSeedSamePlan) {
  ItineraryProblem p = random_city(13, 40, 2, true);
  p.max_iterations = 300;
  p.time_limit_ms = 60000;  // the iterations stop it
  const Itinerary a = plan_ok(p);
  const Itinerary b = plan_ok(p);
  ASSERT_EQ(a.routes.size(), b.routes.size());
  for (std::size_t r = 0; r < a.routes.size(); ++r) {
    EXPECT_EQ(route_nodes(a.routes[r]), route_nodes(b.routes[r]));
  }
  EXPECT_EQ(a.score, b.score);
}

TEST(ItineraryPlanner, RejectsAnInvalidProblem) {
  ItineraryProblem p = two_rivals();
  p.dropped = {1};
  p.must_visit = {1};
  p.travel.pop_back();
  auto plan = plan_itinerary(p);
  ASSERT_FALSE(plan.has_value());
  EXPECT_EQ(plan.error().code, core::ErrorCode::kInvalidArgument);
  EXPECT_GE(plan.error().fields.size(), 2U);
}

TEST(ItineraryPlanner, GreedyBaselineIsFeasible) {
  const ItineraryProblem p = random_city(17, 30, 2, true);
  EXPECT_TRUE(check_itinerary(p, plan_itinerary_greedy(p)).empty());
}

// c101 (100 sites, one route) from the benchmark data in data/toptw; its proven
// optimum is 320. ICITY_TOPTW_DIR overrides where the data lives.
TEST(ItineraryPlanner, ReachesTheOptimumOfC101) {
  const char* dir = std::getenv("ICITY_TOPTW_DIR");
  const std::string path =
      std::string(dir != nullptr ? dir : ICITY_TOPTW_DIR) + "/solomon_100/c101.txt";
  std::ifstream in(path);
  if (!in) GTEST_SKIP() << "no " << path;
  std::stringstream text;
  text << in.rdbuf();
  auto instance = parse_optw(text.str());
  ASSERT_TRUE(instance.has_value());
  ItineraryProblem p = optw_problem(*instance, 1);
  p.max_iterations = 1500;
  p.time_limit_ms = 5000;
  const Itinerary plan = plan_ok(p);
  EXPECT_EQ(plan.score, 320);
}

}  // namespace
}  // namespace icity::schedule
