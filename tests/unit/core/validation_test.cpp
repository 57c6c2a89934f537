#include "core/validation.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace icity::core {
namespace {

class FakeCatalogue : public ReferenceCatalogue {
 public:
  bool has_sector(std::string_view code) const override { return code == "7491" || code == "C"; }
  bool has_country(std::string_view code) const override { return code == "CN" || code == "ES"; }
};

bool names(const std::vector<FieldError>& errors, const std::string& field) {
  return std::any_of(errors.begin(), errors.end(), [&](const auto& e) { return e.field == field; });
}

Organisation valid_org() {
  Organisation o;
  o.name = {"深圳市宝安区工业设计协会", ""};
  o.kind = OrgKind::kAssociation;
  o.country = "CN";
  o.sectors = {"7491"};
  o.sdgs = {9};
  return o;
}

TEST(Validation, AcceptsAnOrganisationNamedOnlyInChinese) {
  EXPECT_TRUE(validate(valid_org(), FakeCatalogue{}).empty());
}

TEST(Validation, ReportsEveryBadFieldAtOnceInBothLanguages) {
  Organisation o = valid_org();
  o.name = {};
  o.country = "XX";
  o.sectors = {"9999", "7491", "7491"};
  o.sdgs = {0, 18, 9, 9};
  o.website = "www.example.com";
  o.email = "not-an-email";
  const auto errors = validate(o, FakeCatalogue{});
  for (const char* f : {"name", "country", "sectors[0]", "sectors[2]", "sdgs[0]", "sdgs[1]",
                        "sdgs[3]", "website", "email"}) {
    EXPECT_TRUE(names(errors, f)) << f;
  }
  EXPECT_FALSE(names(errors, "sectors[1]"));
  for (const auto& e : errors) {
    EXPECT_FALSE(e.message.zh.empty()) << e.field;
    EXPECT_FALSE(e.message.en.empty()) << e.field;
  }
}

TEST(Validation, RefusesARelationToItself) {
  Organisation o = valid_org();
  o.id = 5;
  o.relations = {{RelationType::kPartner, 5}};
  EXPECT_TRUE(names(validate(o, FakeCatalogue{}), "relations[0].organisation_id"));
}

TEST(Validation, DatesMustBeRealCalendarDays) {
  EXPECT_TRUE(is_valid_date("2024-02-29"));
  EXPECT_FALSE(is_valid_date("2023-02-29"));
  EXPECT_FALSE(is_valid_date("2024-13-01"));
  EXPECT_FALSE(is_valid_date("2024-1-01"));
  EXPECT_FALSE(is_valid_date("13/08/2024"));
}

TEST(Validation, UrlsEmailsAndPhones) {
  EXPECT_TRUE(is_valid_url("https://www.huawei.com"));
  EXPECT_TRUE(is_valid_url("http://imakerbase.com/en?x=1"));
  EXPECT_FALSE(is_valid_url("ftp://example.com"));
  EXPECT_FALSE(is_valid_url("https://localhost"));
  EXPECT_TRUE(is_valid_email("info@lhicc.org.cn"));
  EXPECT_FALSE(is_valid_email("a@b"));
  EXPECT_FALSE(is_valid_email("two@@signs.com"));
  EXPECT_TRUE(is_valid_phone("+86 755 2345 6789"));
  EXPECT_FALSE(is_valid_phone("call me"));
}

TEST(Validation, PersonNeedsANameAndValidCodes) {
  Person p;
  p.languages = {"zh", "EN", "deu"};
  p.nationality = "Spain";
  p.consent_date = "yesterday";
  const auto errors = validate(p, FakeCatalogue{});
  for (const char* f : {"name", "languages[1]", "languages[2]", "nationality", "consent_date"}) {
    EXPECT_TRUE(names(errors, f)) << f;
  }
  EXPECT_FALSE(names(errors, "languages[0]"));
}

TEST(Validation, InteractionNeedsDateSummaryAndAnOrganisation) {
  Interaction i;
  const auto errors = validate(i);
  EXPECT_TRUE(names(errors, "date"));
  EXPECT_TRUE(names(errors, "summary"));
  EXPECT_TRUE(names(errors, "organisation_ids"));
  i.date = "2023-06-05";
  i.summary = {"开营仪式", "Opening ceremony"};
  i.organisation_ids = {1};
  EXPECT_TRUE(validate(i).empty());
}

}  // namespace
}  // namespace icity::core
