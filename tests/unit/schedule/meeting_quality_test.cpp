// How good the schedules are: the best weight on tiny events (against brute
// force), every meeting placed when a full schedule exists, idle periods
// counted as the paper counts them, and the same answer for the same input.
#include <gtest/gtest.h>

#include <functional>
#include <random>

#include "meeting_checker.hpp"
#include "schedule/meeting_scheduler.hpp"
#include "schedule/meeting_search.hpp"
#include "schedule/meeting_state.hpp"

namespace icity::schedule {
namespace {

using testing::check_schedule;
using testing::options;
using testing::problem;
using testing::request;

// The best total weight, by trying every slot (or none) for every meeting.
std::int64_t brute_force_best(const MeetingProblem& p) {
  const int m = static_cast<int>(p.requests.size());
  std::vector<int> slot_of(m, -1);
  std::int64_t best = 0;
  std::function<void(int, std::int64_t)> go = [&](int i, std::int64_t weight) {
    if (i == m) {
      best = std::max(best, weight);
      return;
    }
    go(i + 1, weight);  // i left out
    const MeetingRequest& r = p.requests[i];
    for (int s = 0; s < p.slots; ++s) {
      bool ok = true;
      int load = 0;
      for (const int who : {r.a, r.b}) {
        for (const int off : p.unavailable[who]) ok = ok && off != s;
      }
      for (int j = 0; j < i && ok; ++j) {
        if (slot_of[j] != s) continue;
        ++load;
        const MeetingRequest& q = p.requests[j];
        ok = q.a != r.a && q.a != r.b && q.b != r.a && q.b != r.b;
      }
      if (!ok || load >= p.tables) continue;
      slot_of[i] = s;
      go(i + 1, weight + r.weight);
      slot_of[i] = -1;
    }
  };
  go(0, 0);
  return best;
}

TEST(MeetingQuality, TheSearchBoundIsNeverBelowTheOptimum) {
  // The search stops on reaching placement_bound(), so a bound below the
  // optimum would stop it short; on two-sided events it is the sides' bound.
  std::mt19937_64 rng(21);
  for (int round = 0; round < 100; ++round) {
    const int n = 4 + static_cast<int>(rng() % 4);
    MeetingProblem p = problem(1 + static_cast<int>(rng() % 3), 1 + static_cast<int>(rng() % 3),
                               std::vector<std::vector<int>>(n));
    for (auto& off : p.unavailable) {
      if (rng() % 3 == 0) off.push_back(static_cast<int>(rng() % p.slots));
    }
    const bool two_sides = round % 2 == 0;
    for (int i = 0; i < 6; ++i) {
      const int a = two_sides ? static_cast<int>(rng() % 2) : static_cast<int>(rng() % n);
      int b = two_sides ? 2 + static_cast<int>(rng() % (n - 2)) : static_cast<int>(rng() % n);
      if (b == a) b = (a + 1) % n;
      p.requests.push_back(request(a, b, static_cast<std::int64_t>(1 + rng() % 9)));
    }
    std::vector<std::int64_t> weights;
    for (const MeetingRequest& r : p.requests) weights.push_back(r.weight);
    const detail::MeetingState state(p, weights);
    EXPECT_GE(detail::placement_bound(state, n), brute_force_best(p)) << "round " << round;
  }
}

TEST(MeetingQuality, BestFindsTheOptimumOnTinyEvents) {
  std::mt19937_64 rng(5);
  for (int round = 0; round < 200; ++round) {
    MeetingProblem p;
    const int n = 3 + static_cast<int>(rng() % 4);
    p.slots = 1 + static_cast<int>(rng() % 3);
    p.tables = 1 + static_cast<int>(rng() % 2);
    p.unavailable.resize(n);
    for (auto& off : p.unavailable) {
      for (int s = 0; s < p.slots; ++s) {
        if (rng() % 5 == 0) off.push_back(s);
      }
    }
    const int count = 3 + static_cast<int>(rng() % 5);
    for (int i = 0; i < count; ++i) {
      const int a = static_cast<int>(rng() % n);
      const int b = (a + 1 + static_cast<int>(rng() % (n - 1))) % n;
      p.requests.push_back(request(a, b, static_cast<std::int64_t>(1 + rng() % 9)));
    }
    auto s = solve_meetings(p, options(MeetingMode::kBest));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(check_schedule(p, *s), "");
    EXPECT_EQ(s->total_weight, brute_force_best(p)) << "round " << round;
  }
}

// An event built around a hidden full schedule, which is then forgotten.
MeetingProblem fully_placeable(std::mt19937_64& rng, int n, int slots, int tables, int tries) {
  MeetingProblem p = problem(slots, tables, {});
  p.unavailable.resize(n);
  std::vector<std::vector<bool>> busy(n, std::vector<bool>(slots, false));
  std::vector<int> load(slots, 0);
  for (int i = 0; i < tries; ++i) {
    const int a = static_cast<int>(rng() % n);
    const int b = (a + 1 + static_cast<int>(rng() % (n - 1))) % n;
    const int s = static_cast<int>(rng() % slots);
    if (busy[a][s] || busy[b][s] || load[s] == tables) continue;
    busy[a][s] = busy[b][s] = true;
    ++load[s];
    p.requests.push_back(request(a, b));
  }
  // Mark a few of the slots nobody needed as unavailable.
  for (int who = 0; who < n; ++who) {
    for (int s = 0; s < slots; ++s) {
      if (!busy[who][s] && rng() % 4 == 0) p.unavailable[who].push_back(s);
    }
  }
  return p;
}

TEST(MeetingQuality, AllPlacesEveryMeetingWhenAFullScheduleExists) {
  std::mt19937_64 rng(9);
  for (int round = 0; round < 8; ++round) {
    const MeetingProblem p = fully_placeable(rng, 40 + 20 * round, 12, 10 + round, 3000);
    auto s = solve_meetings(p, options(MeetingMode::kAll, std::chrono::seconds(3)));
    ASSERT_TRUE(s.has_value());
    EXPECT_EQ(check_schedule(p, *s), "");
    EXPECT_TRUE(s->unplaced.empty())
        << "round " << round << ": " << s->unplaced.size() << " of " << p.requests.size();
  }
}

TEST(MeetingQuality, IdlePeriodsCountRunsNotSlots) {
  EXPECT_EQ(meeting_idle_periods(0), 0);
  EXPECT_EQ(meeting_idle_periods(0b1), 0);
  EXPECT_EQ(meeting_idle_periods(0b111000), 0) << "before the first and after the last: not idle";
  EXPECT_EQ(meeting_idle_periods(0b1011), 1);
  EXPECT_EQ(meeting_idle_periods(0b1000001), 1) << "a long hole is one period";
  EXPECT_EQ(meeting_idle_periods(0b10101), 2);
  EXPECT_EQ(meeting_idle_periods(std::uint64_t{1} << 63 | 1), 1);
}

TEST(MeetingQuality, AllClosesTheHolesItCan) {
  // One participant meets three others; nothing stops the meetings from
  // being back to back, even with slot 1 unavailable to the first.
  MeetingProblem p = problem(8, 4, {{}, {1}, {}, {}});
  p.requests = {request(0, 1), request(0, 2), request(0, 3), request(2, 3)};
  auto s = solve_meetings(p, options(MeetingMode::kAll, std::chrono::seconds(2)));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(check_schedule(p, *s), "");
  EXPECT_TRUE(s->unplaced.empty());
  EXPECT_EQ(s->idle_gaps, 0);
}

TEST(MeetingQuality, AnUnavailableSlotBetweenMeetingsIsAnIdlePeriod) {
  // Slot 1 is off for 0, who must meet 1 in slot 0 and 2 in slot 2 (fixed).
  MeetingProblem p = problem(3, 2, {{1}, {}, {}});
  p.requests = {request(0, 1, 1, 0), request(0, 2, 1, 2)};
  auto s = solve_meetings(p, options(MeetingMode::kAll, std::chrono::seconds(2)));
  ASSERT_TRUE(s.has_value());
  EXPECT_EQ(s->idle_gaps, 1);
  EXPECT_EQ(check_schedule(p, *s), "");
}

TEST(MeetingQuality, AllHasFewerIdlePeriodsThanItsGreedyStart) {
  std::mt19937_64 rng(13);
  const MeetingProblem p = fully_placeable(rng, 120, 16, 40, 1500);
  const MeetingOptions searching = options(MeetingMode::kAll, std::chrono::seconds(3));
  auto greedy = solve_meetings(p, options(MeetingMode::kAll, std::chrono::seconds(2), 1, false));
  auto searched = solve_meetings(p, searching);
  ASSERT_TRUE(greedy && searched);
  EXPECT_EQ(check_schedule(p, *searched), "");
  EXPECT_LE(searched->unplaced.size(), greedy->unplaced.size());
  EXPECT_LT(searched->idle_gaps, greedy->idle_gaps);
}

TEST(MeetingQuality, TheSameInputAndSeedGiveTheSameSchedule) {
  std::mt19937_64 rng(17);
  const MeetingProblem p = fully_placeable(rng, 80, 12, 15, 2000);
  for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
    const MeetingOptions same = options(mode, std::chrono::seconds(20), 4);
    auto first = solve_meetings(p, same);
    auto second = solve_meetings(p, same);
    ASSERT_TRUE(first && second);
    ASSERT_EQ(first->meetings.size(), second->meetings.size());
    for (std::size_t i = 0; i < first->meetings.size(); ++i) {
      EXPECT_EQ(first->meetings[i].request, second->meetings[i].request);
      EXPECT_EQ(first->meetings[i].slot, second->meetings[i].slot);
      EXPECT_EQ(first->meetings[i].table, second->meetings[i].table);
    }
    EXPECT_EQ(first->idle_gaps, second->idle_gaps);
  }
}

}  // namespace
}  // namespace icity::schedule
