// The project pipeline: every (from, to) pair is checked against the table of
// legal moves written out below, so a change to the state machine has to
// change this table too; and a project's own fields are validated.
#include "core/project.hpp"

#include <gtest/gtest.h>

#include <set>
#include <utility>

namespace icity::core {
namespace {

using S = ProjectStage;

const S kAll[] = {S::kReserve,      S::kNegotiating, S::kAgreementSigned,
                  S::kImplementing, S::kCompleted,   S::kDropped};

// (from, to): the only legal moves.
const std::set<std::pair<S, S>> kLegal = {
    {S::kReserve, S::kNegotiating},          {S::kNegotiating, S::kAgreementSigned},
    {S::kAgreementSigned, S::kImplementing}, {S::kImplementing, S::kCompleted},
    {S::kNegotiating, S::kReserve},          {S::kReserve, S::kDropped},
    {S::kNegotiating, S::kDropped},          {S::kAgreementSigned, S::kDropped},
    {S::kImplementing, S::kDropped},         {S::kDropped, S::kReserve},
};

TEST(ProjectPipeline, EveryMoveIsLegalExactlyWhenTheTableSaysSo) {
  int legal = 0, refused = 0;
  for (S from : kAll) {
    for (S to : kAll) {
      const auto check = can_move(from, to);
      const auto context = std::string(to_string(from)) + " -> " + std::string(to_string(to));
      EXPECT_EQ(static_cast<bool>(check), kLegal.contains({from, to})) << context;
      if (check) {
        ++legal;
        continue;
      }
      ++refused;
      EXPECT_FALSE(check.reason.zh.empty()) << context;  // a reason in both languages
      EXPECT_FALSE(check.reason.en.empty()) << context;
    }
  }
  EXPECT_EQ(legal, 10);
  EXPECT_EQ(refused, 36 - 10);
}

TEST(ProjectPipeline, TheReasonsSayWhatIsWrong) {
  auto en = [](S from, S to) { return can_move(from, to).reason.en; };
  EXPECT_NE(en(S::kReserve, S::kAgreementSigned).find("skipped"), std::string::npos);
  EXPECT_NE(en(S::kNegotiating, S::kImplementing).find("skipped"), std::string::npos);
  EXPECT_NE(en(S::kCompleted, S::kDropped).find("completed"), std::string::npos);
  EXPECT_NE(en(S::kDropped, S::kNegotiating).find("revived"), std::string::npos);
  EXPECT_NE(en(S::kImplementing, S::kAgreementSigned).find("go back"), std::string::npos);
  EXPECT_NE(en(S::kReserve, S::kReserve).find("already"), std::string::npos);
}

TEST(ProjectPipeline, TheBoardOffersOnlyTheLegalDrops) {
  using V = std::vector<S>;
  EXPECT_EQ(next_stages(S::kReserve), (V{S::kNegotiating, S::kDropped}));
  EXPECT_EQ(next_stages(S::kNegotiating), (V{S::kReserve, S::kAgreementSigned, S::kDropped}));
  EXPECT_EQ(next_stages(S::kImplementing), (V{S::kCompleted, S::kDropped}));
  EXPECT_EQ(next_stages(S::kCompleted), V{});
  EXPECT_EQ(next_stages(S::kDropped), V{S::kReserve});
  EXPECT_TRUE(is_open(S::kImplementing));
  EXPECT_FALSE(is_open(S::kCompleted));
  EXPECT_FALSE(is_open(S::kDropped));
}

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

TEST(ProjectPipeline, DroppingNeedsAReasonAndOnlyDroppingTakesOne) {
  using V = std::vector<std::string>;
  EXPECT_EQ(fields(validate_stage_move(S::kDropped, {}, {})), V{"reason"});
  EXPECT_EQ(fields(validate_stage_move(S::kDropped, {}, {"预算取消", ""})), V{});
  EXPECT_EQ(fields(validate_stage_move(S::kNegotiating, {"", "first call"}, {})), V{});
  EXPECT_EQ(fields(validate_stage_move(S::kNegotiating, {}, {"", "why"})), V{"reason"});
  EXPECT_EQ(fields(validate_stage_move(S::kCompleted, {"", std::string(5000, 'x')}, {})),
            V{"note.en"});
}

class FakeCatalogue : public ReferenceCatalogue {
 public:
  bool has_sector(std::string_view code) const override { return code == "7540" || code == "M"; }
  bool has_country(std::string_view code) const override { return code == "CN"; }
};

TEST(ProjectValidation, AGoodProjectPasses) {
  Project p;
  p.title = {"龙华可持续发展创新示范项目", ""};
  p.parties = {{1, PartyRole::kFunder, {}}, {2, PartyRole::kHost, {}}};
  p.sectors = {"7540"};
  p.sdgs = {9, 11};
  p.estimated_value_cny = 0;
  p.next_action = {"", "Send the work plan"};
  p.next_action_due = "2026-12-31";
  EXPECT_TRUE(validate(p, FakeCatalogue()).empty());
}

TEST(ProjectValidation, EveryBadFieldIsNamed) {
  Project p;
  p.parties = {{1, PartyRole::kLead, {}}, {1, PartyRole::kFunder, {}}, {0, PartyRole::kHost, {}}};
  p.sectors = {"9999"};
  p.sdgs = {18};
  p.estimated_value_cny = -5;
  p.next_action_due = "2026-02-30";
  EXPECT_EQ(fields(validate(p, FakeCatalogue())),
            (std::vector<std::string>{"title", "sectors[0]", "sdgs[0]",
                                      "parties[1].organisation_id", "parties[2].organisation_id",
                                      "estimated_value_cny", "next_action_due", "next_action"}));
}

TEST(ProjectValidation, StagesAndRolesRoundTripTheirWireNames) {
  for (auto n : project_stage_names()) {
    auto s = parse_project_stage(n);
    ASSERT_TRUE(s) << n;
    EXPECT_EQ(to_string(*s), n);
  }
  for (auto n : party_role_names()) {
    auto r = parse_party_role(n);
    ASSERT_TRUE(r) << n;
    EXPECT_EQ(to_string(*r), n);
  }
  EXPECT_EQ(project_stage_names().size(), 6u);
  EXPECT_EQ(party_role_names().size(), 6u);
  EXPECT_FALSE(parse_project_stage("signed"));
  EXPECT_FALSE(parse_party_role("owner"));
}

TEST(ProjectNotices, EveryStageHasBothLabelsAndAMoveNamesBothStagesAndTheNote) {
  for (auto name : project_stage_names()) {
    const auto label = stage_label(*parse_project_stage(name));
    EXPECT_FALSE(label.zh.empty() || label.en.empty()) << name;
  }
  Project p;
  p.title = {"海港灯光", "Harbour lights"};
  p.stage = ProjectStage::kDropped;
  const auto n = stage_notice(p, ProjectStage::kNegotiating, {"没有预算", "No budget"});
  EXPECT_EQ(n.kind, "project.stage");
  EXPECT_EQ(n.title.en, "Project now dropped: Harbour lights");
  EXPECT_EQ(n.body.en, "From negotiating to dropped. No budget");
  EXPECT_EQ(n.body.zh, "从“洽谈中”到“已终止”。没有预算");
  EXPECT_EQ(owner_notice(p).kind, "project.owner");
}

}  // namespace
}  // namespace icity::core
