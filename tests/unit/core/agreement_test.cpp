// Agreements: validation of their own fields, and the status and reminder day
// derived from the expiry date and the days of notice.
#include "core/agreement.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

using V = std::vector<std::string>;

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  return out;
}

Agreement mou() {
  Agreement a;
  a.kind = AgreementKind::kMou;
  a.title = {"合作备忘录", "Memorandum of understanding"};
  a.parties = {{1, "A. Person", {"", "Director"}, {}}, {2, "", {}, {}}};
  a.signed_on = "2023-06-10";
  a.signed_place = {"深圳", "Shenzhen"};
  return a;
}

TEST(AgreementValidation, AGoodAgreementPasses) {
  auto a = mou();
  EXPECT_EQ(fields(validate(a)), V{});
  a.expires_on = "2023-06-10";  // the same day is fine
  a.renewal_notice_days = 0;
  EXPECT_EQ(fields(validate(a)), V{});
}

TEST(AgreementValidation, EveryBadFieldIsNamed) {
  Agreement a;
  a.parties = {{3, std::string(300, 'x'), {}, {}}};
  a.expires_on = "2023-13-01";
  a.renewal_notice_days = -1;
  EXPECT_EQ(fields(validate(a)), (V{"title", "parties", "parties[0].signatory_name", "signed_on",
                                    "expires_on", "renewal_notice_days"}));
  auto b = mou();
  b.parties[1].organisation_id = 1;
  b.signed_on = "2023-06-31";
  EXPECT_EQ(fields(validate(b)), (V{"parties[1].organisation_id", "signed_on"}));
  auto c = mou();
  c.expires_on = "2023-06-09";
  c.renewal_notice_days = 4000;
  EXPECT_EQ(fields(validate(c)), (V{"expires_on", "renewal_notice_days"}));
}

TEST(AgreementDates, DaysAreAddedAcrossMonthsYearsAndLeapDays) {
  EXPECT_EQ(add_days("2024-03-01", -1), "2024-02-29");
  EXPECT_EQ(add_days("2023-03-01", -1), "2023-02-28");
  EXPECT_EQ(add_days("2026-06-10", -60), "2026-04-11");
  EXPECT_EQ(add_days("2025-12-31", 1), "2026-01-01");
  EXPECT_EQ(add_days("2000-01-01", 366), "2001-01-01");
}

TEST(AgreementDates, TheStatusFollowsTheExpiryAndTheNotice) {
  auto a = mou();
  EXPECT_EQ(status_on(a, "2099-01-01", 60), AgreementStatus::kActive);  // no expiry
  EXPECT_EQ(reminder_day(a, 60), "");
  a.expires_on = "2026-06-10";
  EXPECT_EQ(reminder_day(a, 60), "2026-04-11");
  EXPECT_EQ(status_on(a, "2026-04-10", 60), AgreementStatus::kActive);
  EXPECT_EQ(status_on(a, "2026-04-11", 60), AgreementStatus::kExpiring);
  EXPECT_EQ(status_on(a, "2026-06-10", 60), AgreementStatus::kExpiring);  // its last day
  EXPECT_EQ(status_on(a, "2026-06-11", 60), AgreementStatus::kExpired);
  a.renewal_notice_days = 10;  // its own notice wins over the node's
  EXPECT_EQ(reminder_day(a, 60), "2026-05-31");
  EXPECT_EQ(status_on(a, "2026-05-30", 60), AgreementStatus::kActive);
  EXPECT_EQ(status_on(a, "2026-05-31", 60), AgreementStatus::kExpiring);
}

TEST(AgreementDates, TheReminderNamesTheAgreementAndTheDay) {
  auto a = mou();
  a.expires_on = "2026-06-10";
  const auto n = renewal_notice(a);
  EXPECT_EQ(n.kind, "agreement.renewal");
  EXPECT_NE(n.title.zh.find("合作备忘录"), std::string::npos);
  EXPECT_NE(n.title.zh.find("2026-06-10"), std::string::npos);
  EXPECT_NE(n.title.en.find("Memorandum of understanding"), std::string::npos);
  EXPECT_NE(n.title.en.find("2026-06-10"), std::string::npos);
}

TEST(AgreementDates, KindsAndStatusesRoundTripTheirWireNames) {
  for (auto n : agreement_kind_names()) EXPECT_EQ(to_string(*parse_agreement_kind(n)), n);
  for (auto n : agreement_status_names()) EXPECT_EQ(to_string(*parse_agreement_status(n)), n);
  EXPECT_FALSE(parse_agreement_kind("contract"));
  EXPECT_FALSE(parse_agreement_status("signed"));
}

}  // namespace
}  // namespace icity::core
