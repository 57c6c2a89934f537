#include <gtest/gtest.h>

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"

namespace icity::app {
namespace {

bool names(const std::vector<core::FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return true;
  }
  return false;
}

TEST(JsonReader, MalformedBodiesAreRefusedWithAReason) {
  EXPECT_EQ(parse_json_object("{\"a\":").error().code, core::ErrorCode::kMalformed);
  EXPECT_EQ(parse_json_object("[1,2]").error().code, core::ErrorCode::kMalformed);
  EXPECT_TRUE(parse_json_object("{\"name\":{\"zh\":\"华为\"}}").has_value());
}

TEST(JsonReader, ReportsWrongTypesAndUnknownFieldsByPath) {
  auto body = parse_json_object(R"({"name": "华为", "sdgs": [9, "x"], "kind": "company",
      "colour": "red", "relations": [{"type": "friend", "organisation_id": -1}], "size": null})");
  ASSERT_TRUE(body);
  std::vector<core::FieldError> errors;
  JsonReader in(*body, errors);
  core::Organisation org;
  org.size = core::SizeBand::kLarge;
  read_into(in, org);
  for (const char* f :
       {"name", "sdgs[1]", "kind", "colour", "relations[0].type", "relations[0].organisation_id"}) {
    EXPECT_TRUE(names(errors, f)) << f;
  }
  EXPECT_FALSE(org.size.has_value());  // null clears
}

TEST(JsonReader, OrganisationSurvivesARoundTrip) {
  core::Organisation org;
  org.name = {"大公坊", "iMakerbase"};
  org.kind = core::OrgKind::kStartup;
  org.country = "CN";
  org.sectors = {"7491"};
  org.sdgs = {8, 9};
  org.tags = {"maker space"};
  org.relations = {{core::RelationType::kPartner, 3}};
  const auto json = to_json(org);
  std::vector<core::FieldError> errors;
  JsonReader in(json, errors);
  core::Organisation back;
  read_into(in, back);
  EXPECT_TRUE(errors.empty());
  EXPECT_EQ(back.name, org.name);
  EXPECT_EQ(back.sectors, org.sectors);
  EXPECT_EQ(back.sdgs, org.sdgs);
  EXPECT_EQ(back.tags, org.tags);
  EXPECT_EQ(back.relations, org.relations);
}

TEST(JsonReader, PersonContactDetailsAreLeftOutWhenNotAllowed) {
  core::Person p;
  p.name = {"曹赛先", "Cao Saixian"};
  p.email = "someone@example.org";
  p.phone = "+86 755 0000 0000";
  const auto hidden = to_json(p, false);
  EXPECT_FALSE(hidden.contains("email"));
  EXPECT_FALSE(hidden.contains("phone"));
  EXPECT_TRUE(to_json(p, true).contains("email"));
}

}  // namespace
}  // namespace icity::app
