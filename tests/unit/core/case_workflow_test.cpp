// The case workflow: every (from, to, who) combination is checked against the
// table of legal moves written out below, so a change to the state machine has
// to change this table too.
#include "core/case_workflow.hpp"

#include <gtest/gtest.h>

#include <array>
#include <string>

namespace icity::core {
namespace {

using S = CaseStatus;
using Refusal = CaseMoveCheck::Refusal;

constexpr std::array<S, 6> kAll = {
    S::kNew, S::kAssigned, S::kInProgress, S::kWaitingOnRequester, S::kResolved, S::kClosed};
constexpr std::array<CaseActor, 3> kActors = {CaseActor::kStaff, CaseActor::kRequester,
                                              CaseActor::kSystem};

// Who may make each move: S staff, R requester, X the system; "-" nobody.
// Rows: from; columns: to; both in workflow order
// (new, assigned, in_progress, waiting_on_requester, resolved, closed).
const std::array<std::array<std::string, 6>, 6> kWho = {{
    {"-", "S", "-", "-", "-", "S"},     // new
    {"-", "S", "S", "-", "-", "S"},     // assigned
    {"-", "S", "-", "S", "S", "-"},     // in_progress
    {"-", "S", "SR", "-", "S", "-"},    // waiting_on_requester
    {"-", "-", "SR", "-", "-", "SRX"},  // resolved
    {"-", "-", "SR", "-", "-", "-"},    // closed
}};

char letter(CaseActor a) {
  switch (a) {
    case CaseActor::kStaff:
      return 'S';
    case CaseActor::kRequester:
      return 'R';
    case CaseActor::kSystem:
      return 'X';
  }
  return '?';
}

// A move whose conditions hold: a message given, finished just now.
CaseMove move(S from, S to, CaseActor who) {
  CaseMove m;
  m.from = from;
  m.to = to;
  m.who = who;
  m.has_message = true;
  m.finished_at = "2024-08-13T01:00:00.000Z";
  m.now = "2024-08-13T01:00:00.000Z";
  return m;
}

TEST(CaseWorkflow, EveryMoveByEveryActorMatchesTheTable) {
  for (std::size_t f = 0; f < kAll.size(); ++f) {
    for (std::size_t t = 0; t < kAll.size(); ++t) {
      const std::string& cell = kWho[f][t];
      for (const CaseActor who : kActors) {
        const auto check = can_move(move(kAll[f], kAll[t], who));
        const std::string what = std::string(to_string(kAll[f])) + " -> " +
                                 std::string(to_string(kAll[t])) + " by " + letter(who);
        if (cell.find(letter(who)) != std::string::npos) {
          EXPECT_TRUE(check.ok()) << what << ": " << check.reason.en;
        } else if (cell != "-") {
          EXPECT_EQ(check.refusal, Refusal::kNotAllowed) << what;
        } else {
          EXPECT_EQ(check.refusal, Refusal::kIllegal) << what;
        }
        if (!check) {
          EXPECT_FALSE(check.reason.zh.empty()) << what;
          EXPECT_FALSE(check.reason.en.empty()) << what;
        }
      }
    }
  }
}

TEST(CaseWorkflow, NextStatusesAreTheTablesCells) {
  for (std::size_t f = 0; f < kAll.size(); ++f) {
    for (const CaseActor who : kActors) {
      std::vector<S> expected;
      for (std::size_t t = 0; t < kAll.size(); ++t) {
        if (kWho[f][t].find(letter(who)) != std::string::npos) expected.push_back(kAll[t]);
      }
      EXPECT_EQ(next_statuses(kAll[f], who), expected) << to_string(kAll[f]) << letter(who);
    }
  }
}

TEST(CaseWorkflow, ClosingAnUnworkedCaseNeedsAMessage) {
  for (const S from : {S::kNew, S::kAssigned}) {
    auto m = move(from, S::kClosed, CaseActor::kStaff);
    m.has_message = false;
    const auto check = can_move(m);
    EXPECT_EQ(check.refusal, Refusal::kIllegal);
    EXPECT_NE(check.reason.en.find("say why"), std::string::npos) << check.reason.en;
    EXPECT_FALSE(check.reason.zh.empty());
  }
  // Closing a resolved case needs none.
  auto m = move(S::kResolved, S::kClosed, CaseActor::kRequester);
  m.has_message = false;
  EXPECT_TRUE(can_move(m).ok());
  // The wrong actor hears "not allowed" even without a message.
  auto r = move(S::kNew, S::kClosed, CaseActor::kRequester);
  r.has_message = false;
  EXPECT_EQ(can_move(r).refusal, Refusal::kNotAllowed);
}

TEST(CaseWorkflow, ReopenIsAllowedUpToTheLastMillisecondOfTheWindow) {
  for (const S from : {S::kResolved, S::kClosed}) {
    auto m = move(from, S::kInProgress, CaseActor::kRequester);
    m.finished_at = "2024-08-13T01:00:00.000Z";
    m.reopen_days = 14;
    m.now = "2024-08-27T01:00:00.000Z";  // exactly 14 days later
    EXPECT_TRUE(can_move(m).ok()) << can_move(m).reason.en;
    m.now = "2024-08-27T01:00:00.001Z";
    const auto late = can_move(m);
    EXPECT_EQ(late.refusal, Refusal::kIllegal);
    EXPECT_NE(late.reason.en.find("14 days"), std::string::npos) << late.reason.en;
    EXPECT_NE(late.reason.zh.find("14"), std::string::npos) << late.reason.zh;
  }
}

TEST(CaseWorkflow, TheReopenWindowIsConfigurable) {
  auto m = move(S::kResolved, S::kInProgress, CaseActor::kStaff);
  m.finished_at = "2024-08-13T01:00:00.000Z";
  m.now = "2024-08-16T01:00:00.000Z";
  m.reopen_days = 3;
  EXPECT_TRUE(can_move(m).ok());
  m.reopen_days = 2;
  const auto check = can_move(m);
  EXPECT_EQ(check.refusal, Refusal::kIllegal);
  EXPECT_NE(check.reason.en.find("2 days"), std::string::npos) << check.reason.en;
}

TEST(CaseWorkflow, ReopenWithoutAFinishingTimeIsIllegal) {
  auto m = move(S::kClosed, S::kInProgress, CaseActor::kStaff);
  m.finished_at = "";
  const auto check = can_move(m);
  EXPECT_EQ(check.refusal, Refusal::kIllegal);
  EXPECT_FALSE(check.reason.zh.empty());
  EXPECT_FALSE(check.reason.en.empty());
}

TEST(CaseWorkflow, StatusNamesRoundTripInWorkflowOrder) {
  const auto names = case_status_names();
  ASSERT_EQ(names.size(), kAll.size());
  for (std::size_t i = 0; i < kAll.size(); ++i) {
    EXPECT_EQ(to_string(kAll[i]), names[i]);
    EXPECT_EQ(parse_case_status(names[i]), kAll[i]);
  }
  EXPECT_EQ(to_string(S::kWaitingOnRequester), "waiting_on_requester");
  EXPECT_FALSE(parse_case_status("open"));
  EXPECT_FALSE(parse_case_status(""));
}

TEST(CaseWorkflow, OnlyResolvedAndClosedCasesAreNotOpen) {
  EXPECT_TRUE(is_open(S::kNew));
  EXPECT_TRUE(is_open(S::kAssigned));
  EXPECT_TRUE(is_open(S::kInProgress));
  EXPECT_TRUE(is_open(S::kWaitingOnRequester));
  EXPECT_FALSE(is_open(S::kResolved));
  EXPECT_FALSE(is_open(S::kClosed));
}

}  // namespace
}  // namespace icity::core
