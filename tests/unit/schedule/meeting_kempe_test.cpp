// Kempe-chain insertion (meeting_kempe.cpp) on a hand-made state: a meeting
// with no slot free for both sides gets one by swapping two slots along a
// chain, which one displacement (the placement search's depth) cannot do.
#include <gtest/gtest.h>

#include "meeting_checker.hpp"
#include "schedule/meeting_search.hpp"
#include "schedule/meeting_state.hpp"

namespace icity::schedule {
namespace {

using testing::problem;
using testing::request;

TEST(MeetingKempe, AChainOfFourMeetingsSwapsItsSlotsToMakeRoom) {
  // Slots 0 and 1. The new meeting (0, 1): 0 is busy in 1, 1 is busy in 0.
  // From 1, the chain (1,2)@0, (2,3)@1, (3,4)@0, (4,5)@1 ends at 5.
  const MeetingProblem p = problem(
      2, 10, std::vector<std::vector<int>>(7),
      {request(0, 1), request(0, 6), request(1, 2), request(2, 3), request(3, 4), request(4, 5)});
  detail::MeetingState state(p, {1, 1, 1, 1, 1, 1});
  state.place(1, 1);
  state.place(2, 0);
  state.place(3, 1);
  state.place(4, 0);
  state.place(5, 1);
  state.commit();
  ASSERT_EQ(state.free_for(0), 0U) << "no slot free for both";
  ASSERT_TRUE(detail::kempe_insert(state, 0, 64));
  EXPECT_EQ(state.slot_of(0), 0);
  EXPECT_EQ(state.slot_of(1), 1) << "off the chain: unmoved";
  EXPECT_EQ(state.slot_of(2), 1);
  EXPECT_EQ(state.slot_of(3), 0);
  EXPECT_EQ(state.slot_of(4), 1);
  EXPECT_EQ(state.slot_of(5), 0);
  EXPECT_EQ(state.total_weight(), 6);
}

TEST(MeetingKempe, AChainEndingAtTheOtherSideOrBlockedByAvailabilityIsRefused) {
  // The chain from 1 comes back to 0: swapping would give 0 a slot-0 meeting.
  const MeetingProblem back = problem(2, 10, std::vector<std::vector<int>>(3),
                                      {request(0, 1), request(1, 2), request(2, 0)});
  detail::MeetingState state(back, {1, 1, 1});
  state.place(1, 0);
  state.place(2, 1);
  state.commit();
  EXPECT_FALSE(detail::kempe_insert(state, 0, 64));
  EXPECT_EQ(state.slot_of(0), -1);

  // Participant 3 cannot attend slot 1, so (2, 3) cannot swap.
  const MeetingProblem away =
      problem(2, 10, {{}, {}, {}, {1}, {}}, {request(0, 1), request(0, 4), request(1, 3)});
  detail::MeetingState blocked(away, {1, 1, 1});
  blocked.place(1, 1);
  blocked.place(2, 0);
  blocked.commit();
  EXPECT_FALSE(detail::kempe_insert(blocked, 0, 64));
}

}  // namespace
}  // namespace icity::schedule
