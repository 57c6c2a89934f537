// The service desk's records: case numbers both ways, and validation naming
// every bad field of a service, a team, an intake, a message and a rating.
#include "core/desk.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace icity::core {
namespace {

struct Countries : ReferenceCatalogue {
  bool has_sector(std::string_view) const override { return true; }
  bool has_country(std::string_view c) const override { return c == "DE" || c == "CN"; }
};

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) {
    EXPECT_FALSE(e.message.zh.empty());
    EXPECT_FALSE(e.message.en.empty());
    out.push_back(e.field);
  }
  std::sort(out.begin(), out.end());
  return out;
}

TEST(Desk, CaseNumbersBothWays) {
  EXPECT_EQ(case_number(42, "2024-08-13T01:00:00.000Z"), "FR-2024-00042");
  EXPECT_EQ(case_number(1234567, "2025-01-01T00:00:00.000Z"), "FR-2025-1234567");
  EXPECT_EQ(parse_case_number("FR-2024-00042"), 42);
  EXPECT_EQ(parse_case_number("fr-2024-42"), 42);
  EXPECT_EQ(parse_case_number("42"), 42);
  EXPECT_FALSE(parse_case_number("FR-2024"));
  EXPECT_FALSE(parse_case_number("Anna"));
  EXPECT_FALSE(parse_case_number("0"));
  EXPECT_FALSE(parse_case_number(""));
}

TEST(Desk, AServiceNamesEachBadField) {
  DeskService s;
  s.key = "Company Registration";
  s.target_hours = 0;
  s.position = -1;
  EXPECT_EQ(fields(validate(s)),
            (std::vector<std::string>{"key", "name", "position", "target_hours", "team_id"}));
  s.key = "company-registration";
  s.name = {"外商投资企业设立登记", ""};
  s.team_id = 3;
  s.target_hours = 40;
  s.position = 0;
  EXPECT_TRUE(validate(s).empty());
  Team t;
  t.key = "9lives";
  EXPECT_EQ(fields(validate(t)), (std::vector<std::string>{"key", "name"}));
}

TEST(Desk, AnIntakeNamesEachBadField) {
  Countries ref;
  Case c;
  c.language = "fr";
  c.contact.email = "nobody";
  c.contact.phone = "call me";
  c.contact.country = "XX";
  c.description = "   \n";
  EXPECT_EQ(fields(validate_intake(c, ref)),
            (std::vector<std::string>{"contact.country", "contact.email", "contact.name",
                                      "contact.phone", "description", "language", "service_id"}));
  c.service_id = 1;
  c.language = "zh";
  c.contact = {"李雷", "li@example.cn", "+86 755 1234 5678", "", "CN"};
  c.description = "咨询工作许可。";
  EXPECT_TRUE(validate_intake(c, ref).empty());
}

TEST(Desk, MessagesAndRatings) {
  EXPECT_EQ(fields(validate_message_body("", "body")), std::vector<std::string>{"body"});
  EXPECT_EQ(fields(validate_message_body(std::string(20001, 'a'), "body")),
            std::vector<std::string>{"body"});
  EXPECT_TRUE(validate_message_body("ok", "body").empty());
  EXPECT_EQ(fields(validate_rating(0, "")), std::vector<std::string>{"score"});
  EXPECT_EQ(fields(validate_rating(6, std::string(2001, 'x'))),
            (std::vector<std::string>{"comment", "score"}));
  EXPECT_TRUE(validate_rating(5, "快!").empty());
}

}  // namespace
}  // namespace icity::core
