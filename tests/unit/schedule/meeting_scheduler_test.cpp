// The scheduler as its callers see it: every schedule keeps the hard rules
// (checked by meeting_checker.hpp, not by the engine), fixed meetings stay,
// bad input names its field, and the degenerate events give sensible answers.
#include "schedule/meeting_scheduler.hpp"

#include <gtest/gtest.h>

#include <random>

#include "meeting_checker.hpp"

namespace icity::schedule {
namespace {

using testing::check_schedule;
using testing::options;
using testing::problem;
using testing::request;

MeetingProblem random_problem(std::mt19937_64& rng, int n, int requests, int slots, int tables) {
  MeetingProblem p;
  p.slots = slots;
  p.tables = tables;
  p.unavailable.resize(n);
  for (auto& off : p.unavailable) {
    for (int s = 0; s < slots; ++s) {
      if (rng() % 8 == 0) off.push_back(s);
    }
  }
  for (int i = 0; i < requests; ++i) {
    const int a = static_cast<int>(rng() % n);
    int b = static_cast<int>(rng() % (n - 1));
    if (b >= a) ++b;
    p.requests.push_back(request(a, b, static_cast<std::int64_t>(1 + rng() % 5)));
  }
  return p;
}

MeetingSchedule solve(const MeetingProblem& p, MeetingMode mode, std::uint64_t seed = 1) {
  auto s = solve_meetings(p, options(mode, std::chrono::seconds(5), seed));
  EXPECT_TRUE(s.has_value());
  return s ? *s : MeetingSchedule{};
}

TEST(MeetingScheduler, RandomEventsKeepEveryRuleInBothModes) {
  std::mt19937_64 rng(7);
  for (int round = 0; round < 30; ++round) {
    const int n = 5 + static_cast<int>(rng() % 40);
    const MeetingProblem p =
        random_problem(rng, n, static_cast<int>(rng() % 150), 1 + static_cast<int>(rng() % 20),
                       static_cast<int>(rng() % 8));
    for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
      const MeetingSchedule s = solve(p, mode);
      EXPECT_EQ(check_schedule(p, s), "") << "round " << round;
    }
  }
}

TEST(MeetingScheduler, ATinyTimeLimitStillGivesAValidSchedule) {
  std::mt19937_64 rng(3);
  const MeetingProblem p = random_problem(rng, 200, 3000, 12, 30);
  for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
    auto s = solve_meetings(p, options(mode, std::chrono::milliseconds(1)));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(check_schedule(p, *s), "");
    EXPECT_GT(s->meetings.size(), 0U) << "the greedy placement runs whatever the limit";
  }
}

TEST(MeetingScheduler, FixedMeetingsKeepTheirSlotAndTable) {
  std::mt19937_64 rng(11);
  MeetingProblem p = random_problem(rng, 20, 80, 6, 4);
  for (auto& off : p.unavailable) off.clear();
  // Three fixed meetings on distinct participants.
  p.requests.push_back(request(0, 1, 1, 2, 3));
  p.requests.push_back(request(2, 3, 1, 2));
  p.requests.push_back(request(4, 5, 0, 5, 0));
  for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
    const MeetingSchedule s = solve(p, mode);
    EXPECT_EQ(check_schedule(p, s), "");
  }
}

TEST(MeetingScheduler, UnavailableSlotsAreNeverUsed) {
  MeetingProblem p = problem(4, 5, {{0, 1, 2}, {}, {3}});
  p.requests = {request(0, 1), request(0, 2), request(1, 2)};
  const MeetingSchedule s = solve(p, MeetingMode::kAll);
  EXPECT_EQ(check_schedule(p, s), "");
  ASSERT_EQ(s.unplaced.size(), 1U) << "0 and 2 share no slot";
  EXPECT_EQ(s.unplaced[0].request, 1);
  EXPECT_EQ(s.unplaced[0].reason, UnplacedReason::kNoCommonSlot);
}

TEST(MeetingScheduler, NoRequestsGiveAnEmptySchedule) {
  const MeetingProblem p = problem(12, 20, {{}, {}});
  const MeetingSchedule s = solve(p, MeetingMode::kBest);
  EXPECT_TRUE(s.meetings.empty());
  EXPECT_TRUE(s.unplaced.empty());
  EXPECT_EQ(s.total_weight, 0);
  EXPECT_EQ(s.idle_gaps, 0);
}

TEST(MeetingScheduler, ZeroTablesPlaceNothingAndSayWhy) {
  MeetingProblem p = problem(12, 0, {{}, {}, {}});
  p.requests = {request(0, 1), request(1, 2, 4)};
  for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
    const MeetingSchedule s = solve(p, mode);
    EXPECT_TRUE(s.meetings.empty());
    ASSERT_EQ(s.unplaced.size(), 2U);
    EXPECT_EQ(s.unplaced[1].reason, UnplacedReason::kNoTables);
  }
}

TEST(MeetingScheduler, AParticipantUnavailableEverywhereIsUnplacedWithAReason) {
  MeetingProblem p = problem(3, 2, {{0, 1, 2}, {}, {}});
  p.requests = {request(0, 1, 5), request(1, 2)};
  const MeetingSchedule s = solve(p, MeetingMode::kBest);
  EXPECT_EQ(check_schedule(p, s), "");
  ASSERT_EQ(s.unplaced.size(), 1U);
  EXPECT_EQ(s.unplaced[0].request, 0);
  EXPECT_EQ(s.unplaced[0].reason, UnplacedReason::kNoCommonSlot);
  EXPECT_EQ(s.total_weight, 1);
}

TEST(MeetingScheduler, ASlotHeldByAFixedMeetingIsNoCommonSlot) {
  MeetingProblem p = problem(1, 3, {{}, {}, {}});
  p.requests = {request(0, 1, 1, 0), request(1, 2, 9)};
  const MeetingSchedule s = solve(p, MeetingMode::kBest);
  ASSERT_EQ(s.unplaced.size(), 1U);
  EXPECT_EQ(s.unplaced[0].reason, UnplacedReason::kNoCommonSlot);
}

TEST(MeetingScheduler, CrowdedOutMeetingsSaySo) {
  MeetingProblem p = problem(1, 1, {{}, {}, {}, {}});
  p.requests = {request(0, 1), request(2, 3, 2)};
  const MeetingSchedule s = solve(p, MeetingMode::kBest);
  ASSERT_EQ(s.unplaced.size(), 1U);
  EXPECT_EQ(s.unplaced[0].request, 0) << "the heavier one stays";
  EXPECT_EQ(s.unplaced[0].reason, UnplacedReason::kCrowdedOut);
}

// The field named in the first error of solving `p`, "" if it solved.
std::string first_bad_field(const MeetingProblem& p) {
  auto s = solve_meetings(p, options(MeetingMode::kBest));
  if (s) return "";
  EXPECT_EQ(s.error().code, core::ErrorCode::kInvalidArgument);
  return s.error().fields.empty() ? "?" : s.error().fields[0].field;
}

TEST(MeetingScheduler, BadInputNamesTheField) {
  const MeetingProblem ok = problem(4, 2, {{}, {}, {}}, {request(0, 1), request(1, 2)});
  EXPECT_EQ(first_bad_field(ok), "");
  auto bad = ok;
  bad.slots = 65;
  EXPECT_EQ(first_bad_field(bad), "slots");
  bad = ok;
  bad.unavailable[2] = {1, 4};
  EXPECT_EQ(first_bad_field(bad), "unavailable[2][1]");
  bad = ok;
  bad.requests[1].b = 1;
  EXPECT_EQ(first_bad_field(bad), "requests[1].b");
  bad = ok;
  bad.requests[1].a = 3;
  EXPECT_EQ(first_bad_field(bad), "requests[1].a");
  bad = ok;
  bad.requests[0].weight = -1;
  EXPECT_EQ(first_bad_field(bad), "requests[0].weight");
  bad = ok;
  bad.requests[0].slot = 4;
  EXPECT_EQ(first_bad_field(bad), "requests[0].slot");
  bad = ok;
  bad.requests[0].table = 0;
  EXPECT_EQ(first_bad_field(bad), "requests[0].table") << "a table without a slot";
  bad = ok;
  bad.requests[0].slot = 1;
  bad.requests[1].slot = 1;
  EXPECT_EQ(first_bad_field(bad), "requests[1].slot") << "participant 1 twice in slot 1";
  bad = ok;
  bad.unavailable[0] = {2};
  bad.requests[0].slot = 2;
  EXPECT_EQ(first_bad_field(bad), "requests[0].slot") << "participant 0 is away";
  bad = ok;
  bad.unavailable.emplace_back();
  bad.requests.push_back(request(2, 3, 1, 0, 1));
  bad.requests[0].slot = 0;
  bad.requests[0].table = 1;
  EXPECT_EQ(first_bad_field(bad), "requests[2].table") << "table 1 twice in slot 0";
}

}  // namespace
}  // namespace icity::schedule
