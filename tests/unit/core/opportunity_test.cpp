// The opportunity workflow: every (from, to, who, deadline) combination is
// checked against the table of legal moves written out below, so a change to
// the state machine has to change this table too.
#include "core/opportunity.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <tuple>

namespace icity::core {
namespace {

using S = OpportunityStatus;

enum class Who { kPublic, kOwner, kStaff, kSystem };

Mover mover(Who w) {
  Mover m;
  m.owner = w == Who::kOwner;
  m.staff = w == Who::kStaff;
  m.system = w == Who::kSystem;
  return m;
}

const char* name(Who w) {
  switch (w) {
    case Who::kPublic:
      return "public";
    case Who::kOwner:
      return "owner";
    case Who::kStaff:
      return "staff";
    case Who::kSystem:
      return "system";
  }
  return "?";
}

// (from, to, who, deadline passed): the only legal moves.
const std::set<std::tuple<S, S, Who, bool>> kLegal = {
    {S::kDraft, S::kPublished, Who::kOwner, false},
    {S::kDraft, S::kPublished, Who::kStaff, false},
    {S::kPublished, S::kDraft, Who::kOwner, false},
    {S::kPublished, S::kDraft, Who::kOwner, true},
    {S::kPublished, S::kDraft, Who::kStaff, false},
    {S::kPublished, S::kDraft, Who::kStaff, true},
    {S::kPublished, S::kClosed, Who::kOwner, false},
    {S::kPublished, S::kClosed, Who::kOwner, true},
    {S::kPublished, S::kClosed, Who::kStaff, false},
    {S::kPublished, S::kClosed, Who::kStaff, true},
    {S::kPublished, S::kExpired, Who::kSystem, true},
    {S::kClosed, S::kPublished, Who::kStaff, false},
    {S::kExpired, S::kPublished, Who::kStaff, false},
};

TEST(OpportunityWorkflow, EveryTransitionIsLegalExactlyWhenTheTableSaysSo) {
  const S all[] = {S::kDraft, S::kPublished, S::kClosed, S::kExpired};
  const Who everyone[] = {Who::kPublic, Who::kOwner, Who::kStaff, Who::kSystem};
  int legal = 0, illegal = 0;
  for (S from : all) {
    for (S to : all) {
      for (Who who : everyone) {
        for (bool passed : {false, true}) {
          const auto check = can_move(from, to, mover(who), passed);
          const bool expected = kLegal.contains({from, to, who, passed});
          EXPECT_EQ(check.ok, expected)
              << to_string(from) << " -> " << to_string(to) << " by " << name(who)
              << (passed ? " after" : " before") << " the deadline";
          if (check.ok) {
            ++legal;
          } else {
            ++illegal;
            EXPECT_FALSE(check.reason.zh.empty());  // a reason in both languages
            EXPECT_FALSE(check.reason.en.empty());
          }
        }
      }
    }
  }
  EXPECT_EQ(legal, 13);
  EXPECT_EQ(illegal, 4 * 4 * 4 * 2 - 13);
}

TEST(OpportunityWorkflow, TheReasonsSayWhatIsWrong) {
  const Mover owner = mover(Who::kOwner), staff = mover(Who::kStaff);
  EXPECT_NE(can_move(S::kDraft, S::kPublished, owner, true).reason.en.find("deadline"),
            std::string::npos);
  EXPECT_NE(can_move(S::kClosed, S::kPublished, owner, false).reason.en.find("only staff"),
            std::string::npos);
  EXPECT_NE(can_move(S::kClosed, S::kPublished, staff, true).reason.en.find("deadline"),
            std::string::npos);
  EXPECT_NE(can_move(S::kPublished, S::kExpired, staff, true).reason.en.find("system"),
            std::string::npos);
  EXPECT_NE(can_move(S::kDraft, S::kDraft, staff, false).reason.en.find("already"),
            std::string::npos);
  EXPECT_NE(can_move(S::kDraft, S::kClosed, owner, false).reason.en.find("only be published"),
            std::string::npos);
  EXPECT_NE(can_move(S::kDraft, S::kPublished, mover(Who::kPublic), false)
                .reason.en.find("owning organisation"),
            std::string::npos);
}

TEST(OpportunityWorkflow, OwnersEditWhileDraftOrPublishedStaffAlways) {
  const S all[] = {S::kDraft, S::kPublished, S::kClosed, S::kExpired};
  for (S s : all) {
    const bool open = s == S::kDraft || s == S::kPublished;
    EXPECT_EQ(can_edit(s, mover(Who::kOwner)).ok, open) << to_string(s);
    EXPECT_TRUE(can_edit(s, mover(Who::kStaff)).ok) << to_string(s);
    EXPECT_FALSE(can_edit(s, mover(Who::kPublic)).ok) << to_string(s);
  }
  EXPECT_FALSE(can_edit(S::kClosed, mover(Who::kOwner)).reason.en.empty());
}

TEST(OpportunityWorkflow, APublishedOneExpiresTheDayAfterItsDeadline) {
  EXPECT_FALSE(deadline_passed("", "2030-01-01"));            // no deadline: never
  EXPECT_FALSE(deadline_passed("2026-11-30", "2026-11-30"));  // the last open day
  EXPECT_TRUE(deadline_passed("2026-11-29", "2026-11-30"));
  EXPECT_EQ(effective_status(S::kPublished, "2026-11-29", "2026-11-30"), S::kExpired);
  EXPECT_EQ(effective_status(S::kPublished, "2026-11-30", "2026-11-30"), S::kPublished);
  EXPECT_EQ(effective_status(S::kDraft, "2026-11-29", "2026-11-30"), S::kDraft);
  EXPECT_EQ(effective_status(S::kClosed, "2026-11-29", "2026-11-30"), S::kClosed);
}

TEST(OpportunityWorkflow, KindsAndStatusesRoundTripTheirWireNames) {
  for (auto n : opportunity_kind_names()) {
    auto k = parse_opportunity_kind(n);
    ASSERT_TRUE(k) << n;
    EXPECT_EQ(to_string(*k), n);
  }
  EXPECT_EQ(opportunity_kind_names().size(), 7u);
  for (auto n : opportunity_status_names()) {
    auto s = parse_opportunity_status(n);
    ASSERT_TRUE(s) << n;
    EXPECT_EQ(to_string(*s), n);
  }
  EXPECT_FALSE(parse_opportunity_kind("loan"));
  EXPECT_FALSE(parse_opportunity_status("archived"));
}

class FakeCatalogue : public ReferenceCatalogue {
 public:
  bool has_sector(std::string_view code) const override { return code == "7491" || code == "C"; }
  bool has_country(std::string_view code) const override { return code == "CN" || code == "ES"; }
};

bool names(const std::vector<FieldError>& errors, const std::string& field) {
  return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.field == field; });
}

TEST(OpportunityValidation, EveryBadFieldIsNamed) {
  FakeCatalogue ref;
  Opportunity o;
  o.organisation_id = 3;
  o.title = {"氢能合作", "Hydrogen cooperation"};
  o.sectors = {"7491"};
  o.sdgs = {7, 9};
  o.countries_sought = {"ES"};
  o.partner_kinds_sought = {OrgKind::kUniversity};
  o.deadline = "2027-03-31";
  EXPECT_TRUE(validate(o, ref).empty());

  Opportunity bad;
  bad.sectors = {"9999", "7491", "7491"};
  bad.sdgs = {0, 18};
  bad.countries_sought = {"es", "XX", "CN", "CN"};
  bad.partner_kinds_sought = {OrgKind::kSme, OrgKind::kSme};
  bad.deadline = "2027-02-30";
  const auto errors = validate(bad, ref);
  for (const char* f : {"organisation_id", "title", "sectors[0]", "sectors[2]", "sdgs[0]",
                        "sdgs[1]", "countries_sought[0]", "countries_sought[1]",
                        "countries_sought[3]", "partner_kinds_sought[1]", "deadline"}) {
    EXPECT_TRUE(names(errors, f)) << f;
  }
  EXPECT_FALSE(names(errors, "sectors[1]"));
  EXPECT_FALSE(names(errors, "countries_sought[2]"));
}

}  // namespace
}  // namespace icity::core
