#include "core/meeting.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

using S = MeetingRequestStatus;
using A = MeetingAnswer;

MeetingRequest asked(S status) {
  MeetingRequest r;
  r.from_registration_id = 1;
  r.to_registration_id = 2;
  r.status = status;
  return r;
}

TEST(MeetingRequest, OnlyTheOneAskedAcceptsOrDeclinesAndMayChangeTheirMind) {
  EXPECT_FALSE(answer_refused(asked(S::kRequested), A::kAccept, 2));
  EXPECT_FALSE(answer_refused(asked(S::kRequested), A::kDecline, 2));
  EXPECT_TRUE(answer_refused(asked(S::kRequested), A::kAccept, 1));
  EXPECT_TRUE(answer_refused(asked(S::kRequested), A::kAccept, 3));
  EXPECT_FALSE(answer_refused(asked(S::kDeclined), A::kAccept, 2));
  EXPECT_FALSE(answer_refused(asked(S::kAccepted), A::kDecline, 2));
  EXPECT_TRUE(answer_refused(asked(S::kAccepted), A::kAccept, 2));
}

TEST(MeetingRequest, OnlyTheAskerWithdrawsWhileItStands) {
  EXPECT_FALSE(answer_refused(asked(S::kRequested), A::kWithdraw, 1));
  EXPECT_FALSE(answer_refused(asked(S::kAccepted), A::kWithdraw, 1));
  EXPECT_TRUE(answer_refused(asked(S::kRequested), A::kWithdraw, 2));
  EXPECT_TRUE(answer_refused(asked(S::kDeclined), A::kWithdraw, 1));
  for (auto a : {A::kAccept, A::kDecline, A::kWithdraw}) {
    EXPECT_TRUE(answer_refused(asked(S::kWithdrawn), a, 1));
    EXPECT_TRUE(answer_refused(asked(S::kWithdrawn), a, 2));
  }
  EXPECT_EQ(status_after(A::kWithdraw), S::kWithdrawn);
}

}  // namespace
}  // namespace icity::core
