// The introduction workflow: every (from, to, who) combination is checked
// against the table of legal moves written out below, so a change to the
// state machine has to change this table too.
#include "core/introduction.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace icity::core {
namespace {

using S = IntroductionStatus;
using Refusal = IntroductionMoveCheck::Refusal;

enum class Who { kNobody, kFromSide, kToSide, kStaff };

Introducer introducer(Who w) {
  Introducer i;
  i.from_side = w == Who::kFromSide;
  i.to_side = w == Who::kToSide;
  i.staff = w == Who::kStaff;
  return i;
}

const char* name(Who w) {
  switch (w) {
    case Who::kNobody:
      return "nobody";
    case Who::kFromSide:
      return "from side";
    case Who::kToSide:
      return "to side";
    case Who::kStaff:
      return "staff";
  }
  return "?";
}

// (from, to, who): the only legal moves.
const std::set<std::tuple<S, S, Who>> kLegal = {
    {S::kInterest, S::kRequested, Who::kFromSide},  {S::kInterest, S::kRequested, Who::kStaff},
    {S::kRequested, S::kAccepted, Who::kToSide},    {S::kRequested, S::kAccepted, Who::kStaff},
    {S::kRequested, S::kDeclined, Who::kToSide},    {S::kRequested, S::kDeclined, Who::kStaff},
    {S::kAccepted, S::kMet, Who::kFromSide},        {S::kAccepted, S::kMet, Who::kToSide},
    {S::kAccepted, S::kMet, Who::kStaff},           {S::kMet, S::kConcluded, Who::kFromSide},
    {S::kMet, S::kConcluded, Who::kToSide},         {S::kMet, S::kConcluded, Who::kStaff},
    {S::kInterest, S::kWithdrawn, Who::kFromSide},  {S::kInterest, S::kWithdrawn, Who::kStaff},
    {S::kRequested, S::kWithdrawn, Who::kFromSide}, {S::kRequested, S::kWithdrawn, Who::kStaff},
    {S::kAccepted, S::kWithdrawn, Who::kFromSide},  {S::kAccepted, S::kWithdrawn, Who::kStaff},
};

const S kAll[] = {S::kInterest, S::kRequested, S::kAccepted, S::kDeclined,
                  S::kMet,      S::kConcluded, S::kWithdrawn};
const Who kEveryone[] = {Who::kNobody, Who::kFromSide, Who::kToSide, Who::kStaff};

// A move of the workflow that someone may make (the rest are illegal for all).
bool in_workflow(S from, S to) {
  return std::any_of(kLegal.begin(), kLegal.end(), [&](const auto& row) {
    return std::get<0>(row) == from && std::get<1>(row) == to;
  });
}

TEST(IntroductionWorkflow, EveryTransitionIsLegalExactlyWhenTheTableSaysSo) {
  int legal = 0, forbidden = 0, illegal = 0;
  for (S from : kAll) {
    for (S to : kAll) {
      for (Who who : kEveryone) {
        const auto check = can_move(from, to, introducer(who));
        const bool expected = kLegal.contains({from, to, who});
        const auto context =
            std::string(to_string(from)) + " -> " + std::string(to_string(to)) + " by " + name(who);
        EXPECT_EQ(check.ok(), expected) << context;
        if (check.ok()) {
          ++legal;
          continue;
        }
        // Not the caller's move (403) when someone else may make it; else illegal (409).
        const auto kind = in_workflow(from, to) ? Refusal::kNotAllowed : Refusal::kIllegal;
        EXPECT_EQ(check.refusal, kind) << context;
        (kind == Refusal::kNotAllowed ? forbidden : illegal) += 1;
        EXPECT_FALSE(check.reason.zh.empty()) << context;  // a reason in both languages
        EXPECT_FALSE(check.reason.en.empty()) << context;
      }
    }
  }
  EXPECT_EQ(legal, 18);
  EXPECT_EQ(forbidden, 8 * 4 - 18);  // 8 moves in the workflow, each asked by all four
  EXPECT_EQ(illegal, 7 * 7 * 4 - 8 * 4);
}

TEST(IntroductionWorkflow, TheReasonsSayWhatIsWrong) {
  const auto from = introducer(Who::kFromSide), to = introducer(Who::kToSide);
  const auto staff = introducer(Who::kStaff);
  auto en = [](const IntroductionMoveCheck& c) { return c.reason.en; };
  EXPECT_NE(en(can_move(S::kRequested, S::kAccepted, from)).find("only the side asked"),
            std::string::npos);
  EXPECT_NE(en(can_move(S::kInterest, S::kWithdrawn, to)).find("withdraw"), std::string::npos);
  EXPECT_NE(en(can_move(S::kMet, S::kWithdrawn, staff)).find("after the meeting"),
            std::string::npos);
  EXPECT_NE(en(can_move(S::kDeclined, S::kAccepted, staff)).find("declined"), std::string::npos);
  EXPECT_NE(en(can_move(S::kInterest, S::kMet, staff)).find("accepted"), std::string::npos);
  EXPECT_NE(en(can_move(S::kAccepted, S::kAccepted, staff)).find("already"), std::string::npos);
  EXPECT_NE(en(can_move(S::kAccepted, S::kConcluded, from)).find("after the meeting"),
            std::string::npos);
}

TEST(IntroductionWorkflow, OnlyTheFromSideOrStaffExpressInterest) {
  EXPECT_TRUE(can_express_interest(introducer(Who::kFromSide)));
  EXPECT_TRUE(can_express_interest(introducer(Who::kStaff)));
  EXPECT_FALSE(can_express_interest(introducer(Who::kToSide)));
  const auto nobody = can_express_interest(introducer(Who::kNobody));
  EXPECT_EQ(nobody.refusal, Refusal::kNotAllowed);
  EXPECT_FALSE(nobody.reason.zh.empty());
}

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

TEST(IntroductionWorkflow, EachMoveNeedsItsDetailsAndNoOthers) {
  using V = std::vector<std::string>;
  MoveDetails none;
  EXPECT_EQ(fields(validate_move(S::kRequested, none)), V{});
  EXPECT_EQ(fields(validate_move(S::kDeclined, none)), V{"message"});
  EXPECT_EQ(fields(validate_move(S::kMet, none)), (V{"date", "summary"}));
  EXPECT_EQ(fields(validate_move(S::kConcluded, none)), V{"outcome"});

  MoveDetails met;
  met.date = "2026-12-01";
  met.summary = {"", "Talked about a pilot"};
  EXPECT_EQ(fields(validate_move(S::kMet, met)), V{});
  EXPECT_EQ(fields(validate_move(S::kAccepted, met)), (V{"date", "summary"}));
  met.date = "2026-02-30";
  EXPECT_EQ(fields(validate_move(S::kMet, met)), V{"date"});

  MoveDetails concluded;
  concluded.outcome = IntroductionOutcome::kProject;
  EXPECT_EQ(fields(validate_move(S::kConcluded, concluded)), V{});
  EXPECT_EQ(fields(validate_move(S::kMet, concluded)), (V{"date", "summary", "outcome"}));

  MoveDetails declined;
  declined.message = {"时间不合适", ""};
  EXPECT_EQ(fields(validate_move(S::kDeclined, declined)), V{});
  declined.message.en = std::string(5000, 'x');
  EXPECT_EQ(fields(validate_move(S::kDeclined, declined)), V{"message.en"});
}

TEST(IntroductionWorkflow, StepsReachBothSidesAndTheCreatorButNeverTheActor) {
  Audience a;
  a.from_side_users = {10, 11};
  a.to_side_users = {20};
  a.creator = 5;
  a.staff_users = {5, 6, 7};
  using V = std::vector<Id>;
  // Interest: the centre hears of it too; the actor (partner 10) does not.
  EXPECT_EQ(recipients(S::kInterest, a, 10), (V{5, 6, 7, 11, 20}));
  // Later steps: both sides and the staff user who created it.
  EXPECT_EQ(recipients(S::kAccepted, a, 20), (V{5, 10, 11}));
  EXPECT_EQ(recipients(S::kMet, a, 5), (V{10, 11, 20}));
  a.creator.reset();
  EXPECT_EQ(recipients(S::kWithdrawn, a, 6), (V{10, 11, 20}));
}

TEST(IntroductionWorkflow, NoticesNameBothOrganisationsInBothLanguages) {
  const LocalizedText from{"大公坊", "iMakerbase"}, to{"", "Acme GmbH"};
  for (S s : kAll) {
    const auto n = step_notice(s, from, to, {});
    EXPECT_EQ(n.kind, "introduction." + std::string(to_string(s)));
    EXPECT_FALSE(n.title.zh.empty());
    EXPECT_FALSE(n.title.en.empty());
    EXPECT_NE(n.body.zh.find("大公坊"), std::string::npos) << n.body.zh;
    EXPECT_NE(n.body.zh.find("Acme GmbH"), std::string::npos) << n.body.zh;  // falls back
    EXPECT_NE(n.body.en.find("iMakerbase"), std::string::npos) << n.body.en;
    EXPECT_NE(n.body.en.find("Acme GmbH"), std::string::npos) << n.body.en;
  }
  const auto declined = step_notice(S::kDeclined, from, to, {"", "Not this year"});
  EXPECT_NE(declined.body.zh.find("Not this year"), std::string::npos);
}

TEST(IntroductionWorkflow, StatusesAndOutcomesRoundTripTheirWireNames) {
  for (auto n : introduction_status_names()) {
    auto s = parse_introduction_status(n);
    ASSERT_TRUE(s) << n;
    EXPECT_EQ(to_string(*s), n);
  }
  for (auto n : introduction_outcome_names()) {
    auto o = parse_introduction_outcome(n);
    ASSERT_TRUE(o) << n;
    EXPECT_EQ(to_string(*o), n);
  }
  EXPECT_EQ(introduction_status_names().size(), 7u);
  EXPECT_EQ(introduction_outcome_names().size(), 4u);
  EXPECT_FALSE(parse_introduction_status("open"));
  EXPECT_FALSE(parse_introduction_outcome("deal"));
  EXPECT_TRUE(is_open(S::kMet));
  EXPECT_FALSE(is_open(S::kDeclined));
}

}  // namespace
}  // namespace icity::core
