// The opportunity JSON codec: what a client reads it can send back unchanged,
// the status changes only through /transitions, and bad choices are named.
#include "app/json/opportunity_json.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace icity::app {
namespace {
namespace json = boost::json;

core::Opportunity sample() {
  core::Opportunity o;
  o.id = 7;
  o.version = 3;
  o.kind = core::OpportunityKind::kInvestmentRequest;
  o.status = core::OpportunityStatus::kPublished;
  o.organisation_id = 12;
  o.title = {"氢能园区融资", "Financing a hydrogen park"};
  o.description = {"", "Series A"};
  o.sectors = {"4416"};
  o.concepts = {"g.energy.hydrogen"};
  o.sdgs = {7};
  o.countries_sought = {"DE", "ES"};
  o.partner_kinds_sought = {core::OrgKind::kEnterprise, core::OrgKind::kUnAgency};
  o.deadline = "2027-06-30";
  o.created_at = o.updated_at = "2026-11-30T00:00:00Z";
  return o;
}

std::vector<std::string> fields(const std::vector<core::FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

TEST(OpportunityJson, WhatIsReadCanBeSentBackUnchanged) {
  const auto o = sample();
  const auto answer = to_json(o, {{9}, {{"g.energy.hydrogen", {"氢能", "hydrogen"}}}});
  std::vector<core::FieldError> errors;
  JsonReader in(answer, errors);
  core::Opportunity back = o;
  back.title = {};
  back.partner_kinds_sought.clear();
  read_into(in, back);
  EXPECT_TRUE(errors.empty()) << (errors.empty() ? "" : errors[0].field);
  EXPECT_EQ(back.title, o.title);
  EXPECT_EQ(back.kind, o.kind);
  EXPECT_EQ(back.partner_kinds_sought, o.partner_kinds_sought);
  EXPECT_EQ(back.countries_sought, o.countries_sought);
  EXPECT_EQ(back.deadline, o.deadline);
  EXPECT_EQ(answer.at("partner_kinds_sought").as_array().at(1).as_string(), "un_agency");
  EXPECT_EQ(answer.at("suggestions").at("concepts").as_array().at(0).at("label").at("en"),
            "hydrogen");
}

TEST(OpportunityJson, TheStatusChangesOnlyThroughTransitions) {
  auto o = sample();
  std::vector<core::FieldError> errors;
  json::object body{{"status", "closed"}};
  JsonReader in(body, errors);
  read_into(in, o);
  EXPECT_EQ(fields(errors), std::vector<std::string>{"status"});
  EXPECT_EQ(o.status, core::OpportunityStatus::kPublished);
}

TEST(OpportunityJson, BadChoicesAreNamedAndANullDeadlineClearsIt) {
  auto o = sample();
  std::vector<core::FieldError> errors;
  json::object body{{"kind", "loan"},
                    {"partner_kinds_sought", {"sme", "alien", "ngo", "robot"}},
                    {"deadline", nullptr}};
  JsonReader in(body, errors);
  read_into(in, o);
  EXPECT_EQ(fields(errors), (std::vector<std::string>{"kind", "partner_kinds_sought[1]",
                                                      "partner_kinds_sought[3]"}));
  EXPECT_EQ(o.deadline, "");
  EXPECT_TRUE(to_json(o).at("deadline").is_null());
}

}  // namespace
}  // namespace icity::app
