#include "core/agreement.hpp"

#include <array>
#include <cstdio>
#include <set>

#include "core/enum_names.hpp"
#include "core/field_checker.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 3> kKinds = {"mou", "cooperation_agreement",
                                                    "letter_of_intent"};
constexpr std::array<std::string_view, 3> kStatuses = {"active", "expiring", "expired"};
constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxSummary = 10000;
constexpr std::size_t kMaxShort = 200;
constexpr int kMaxNoticeDays = 3650;

// Days since 1970-01-01 of a civil date, and back (H. Hinnant's algorithms).
long long days_from_civil(long long y, unsigned m, unsigned d) {
  y -= m <= 2 ? 1 : 0;
  const long long era = (y >= 0 ? y : y - 399) / 400;
  const auto yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long long>(doe) - 719468;
}

std::string civil_from_days(long long z) {
  z += 719468;
  const long long era = (z >= 0 ? z : z - 146096) / 146097;
  const auto doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  const unsigned d = doy - (153 * mp + 2) / 5 + 1;
  const unsigned m = mp < 10 ? mp + 3 : mp - 9;
  const long long y = static_cast<long long>(yoe) + era * 400 + (m <= 2 ? 1 : 0);
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%04lld-%02u-%02u", y, m, d);
  return buf.data();
}

}  // namespace

std::string_view to_string(AgreementKind v) { return kKinds[static_cast<std::size_t>(v)]; }
std::string_view to_string(AgreementStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::optional<AgreementKind> parse_agreement_kind(std::string_view s) {
  return parse_in<AgreementKind>(kKinds, s);
}
std::optional<AgreementStatus> parse_agreement_status(std::string_view s) {
  return parse_in<AgreementStatus>(kStatuses, s);
}
std::span<const std::string_view> agreement_kind_names() { return kKinds; }
std::span<const std::string_view> agreement_status_names() { return kStatuses; }

std::vector<FieldError> validate(const Agreement& a) {
  FieldChecker c;
  c.text("title", a.title, kMaxTitle, true);
  c.text("summary", a.summary, kMaxSummary, false);
  c.text("signed_place", a.signed_place, kMaxShort, false);
  if (a.parties.size() < 2) {
    c.add("parties", "至少需要两个签署方", "an agreement has at least two parties");
  }
  std::set<Id> seen;
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    const auto field = "parties[" + std::to_string(i) + "]";
    const auto& p = a.parties[i];
    if (p.organisation_id <= 0) {
      c.add(field + ".organisation_id", "必填:签署机构的编号", "required: the organisation's id");
    } else if (!seen.insert(p.organisation_id).second) {
      c.add(field + ".organisation_id", "同一机构只能列一次", "an organisation is listed once");
    }
    c.length(field + ".signatory_name", p.signatory_name, kMaxShort);
    c.text(field + ".signatory_title", p.signatory_title, kMaxShort, false);
  }
  if (a.signed_on.empty()) {
    c.add("signed_on", "必填:签署日期", "required: the date it was signed");
  } else if (!is_valid_date(a.signed_on)) {
    c.add("signed_on", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
  }
  if (!a.expires_on.empty()) {
    if (!is_valid_date(a.expires_on)) {
      c.add("expires_on", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
    } else if (is_valid_date(a.signed_on) && a.expires_on < a.signed_on) {
      c.add("expires_on", "到期日早于签署日期", "it expires before it was signed");
    }
  }
  if (a.renewal_notice_days &&
      (*a.renewal_notice_days < 0 || *a.renewal_notice_days > kMaxNoticeDays)) {
    c.add("renewal_notice_days", "提前提醒天数应为 0 到 3650",
          "the days of notice are a number from 0 to 3650");
  }
  return c.take();
}

std::string add_days(std::string_view date, int days) {
  const int y = std::stoi(std::string(date.substr(0, 4)));
  const int m = std::stoi(std::string(date.substr(5, 2)));
  const int d = std::stoi(std::string(date.substr(8, 2)));
  return civil_from_days(days_from_civil(y, static_cast<unsigned>(m), static_cast<unsigned>(d)) +
                         days);
}

std::string reminder_day(const Agreement& a, int default_notice_days) {
  if (a.expires_on.empty() || !is_valid_date(a.expires_on)) return "";
  return add_days(a.expires_on, -a.renewal_notice_days.value_or(default_notice_days));
}

AgreementStatus status_on(const Agreement& a, std::string_view today, int default_notice_days) {
  if (a.expires_on.empty()) return AgreementStatus::kActive;
  if (today > std::string_view(a.expires_on)) return AgreementStatus::kExpired;
  if (today >= std::string_view(reminder_day(a, default_notice_days))) {
    return AgreementStatus::kExpiring;
  }
  return AgreementStatus::kActive;
}

Notice renewal_notice(const Agreement& a) {
  const std::string zh = a.title.in("zh"), en = a.title.in("en");
  Notice n;
  n.kind = "agreement.renewal";
  n.title = {"协议即将到期:《" + zh + "》将于 " + a.expires_on + " 到期",
             "Agreement expiring: \"" + en + "\" expires on " + a.expires_on};
  n.body = {"请与各签署方商议是否续签。", "Talk to the parties about renewing it."};
  return n;
}

}  // namespace icity::core
