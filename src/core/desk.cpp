#include "core/desk.hpp"

#include <array>
#include <charconv>
#include <cstdio>

#include "core/enum_names.hpp"
#include "core/field_checker.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 3> kAuthors = {"staff", "requester", "system"};
constexpr std::array<std::string_view, 6> kQueues = {"open",       "mine",    "team",
                                                     "unassigned", "overdue", "all"};
constexpr std::array<std::string_view, 3> kSorts = {"due", "created", "updated"};

constexpr std::size_t kMaxName = 200;
constexpr std::size_t kMaxDescription = 4000;
constexpr std::size_t kMaxBody = 20000;
constexpr std::size_t kMaxSubject = 300;
constexpr std::size_t kMaxComment = 2000;
constexpr int kMaxTargetHours = 24 * 60;  // sixty working days of eight hours, loosely

// A key: lowercase letters, digits, '-' and '_', starting with a letter.
bool is_key(std::string_view s) {
  if (s.empty() || s.size() > 40 || s[0] < 'a' || s[0] > 'z') return false;
  for (char ch : s) {
    if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch == '-' || ch == '_')) {
      return false;
    }
  }
  return true;
}

void check_key(FieldChecker& c, const std::string& key) {
  if (key.empty()) {
    c.add("key", "必填", "required");
  } else if (!is_key(key)) {
    c.add("key", "只用小写字母、数字、- 和 _,以字母开头,最多 40 个字符",
          "lowercase letters, digits, - and _, starting with a letter, at most 40 characters");
  }
}

}  // namespace

std::string_view to_string(MessageAuthor v) { return kAuthors[static_cast<std::size_t>(v)]; }
std::optional<MessageAuthor> parse_message_author(std::string_view s) {
  return parse_in<MessageAuthor>(kAuthors, s);
}
std::optional<CaseQueue> parse_case_queue(std::string_view s) {
  return parse_in<CaseQueue>(kQueues, s);
}
std::optional<CaseSort> parse_case_sort(std::string_view s) {
  return parse_in<CaseSort>(kSorts, s);
}

std::string case_number(Id id, const std::string& created_at) {
  char buf[48];
  std::snprintf(buf, sizeof buf, "FR-%.4s-%05lld",
                created_at.size() >= 4 ? created_at.c_str() : "0000", static_cast<long long>(id));
  return buf;
}

std::optional<Id> parse_case_number(std::string_view text) {
  // "FR-2024-00042", "fr-2024-42" or "42".
  if (text.size() > 3 && (text[0] == 'F' || text[0] == 'f') && (text[1] == 'R' || text[1] == 'r') &&
      text[2] == '-') {
    const auto dash = text.find('-', 3);
    if (dash == std::string_view::npos) return std::nullopt;
    text = text.substr(dash + 1);
  }
  Id id = 0;
  const auto* end = text.data() + text.size();
  const auto [ptr, ec] = std::from_chars(text.data(), end, id);
  if (ec != std::errc() || ptr != end || id <= 0) return std::nullopt;
  return id;
}

std::vector<FieldError> validate(const Team& team) {
  FieldChecker c;
  check_key(c, team.key);
  c.text("name", team.name, kMaxName, true);
  return c.take();
}

std::vector<FieldError> validate(const DeskService& s) {
  FieldChecker c;
  check_key(c, s.key);
  c.text("name", s.name, kMaxName, true);
  c.text("description", s.description, kMaxDescription, false);
  if (s.team_id <= 0) c.add("team_id", "必填:负责的团队", "required: the team responsible");
  if (s.target_hours < 1 || s.target_hours > kMaxTargetHours) {
    c.add("target_hours", "目标时限为 1 到 " + std::to_string(kMaxTargetHours) + " 个工作小时",
          "a target is 1 to " + std::to_string(kMaxTargetHours) + " business hours");
  }
  if (s.position < 0) c.add("position", "不能为负数", "cannot be negative");
  return c.take();
}

std::vector<FieldError> validate_intake(const Case& k, const ReferenceCatalogue& ref) {
  FieldChecker c;
  if (k.service_id <= 0) c.add("service_id", "必填:请选择服务", "required: choose a service");
  if (k.contact.name.empty()) c.add("contact.name", "必填:您的姓名", "required: your name");
  c.length("contact.name", k.contact.name, kMaxName);
  if (k.contact.email.empty()) {
    c.add("contact.email", "必填:我们用它联系您", "required: we reply to it");
  } else if (!is_valid_email(k.contact.email)) {
    c.add("contact.email", "不是有效的电子邮箱地址", "not an email address");
  }
  c.length("contact.email", k.contact.email, kMaxName);
  if (!k.contact.phone.empty() && !is_valid_phone(k.contact.phone)) {
    c.add("contact.phone", "电话号码只含数字、空格和 + - ( ),5 到 32 个字符",
          "a phone number has digits, spaces and + - ( ), 5 to 32 characters");
  }
  c.length("contact.organisation", k.contact.organisation, kMaxName);
  if (!k.contact.country.empty() && !ref.has_country(k.contact.country)) {
    c.add("contact.country", "不是有效的 ISO 3166-1 二位国家代码(如 CN、DE)",
          "not an ISO 3166-1 alpha-2 country code (such as CN, DE)");
  }
  if (k.language != "zh" && k.language != "en") {
    c.add("language", "应为 zh 或 en", "must be zh or en");
  }
  c.length("subject", k.subject, kMaxSubject);
  for (auto& e : validate_message_body(k.description, "description"))
    c.add(e.field, e.message.zh, e.message.en);
  return c.take();
}

std::vector<FieldError> validate_message_body(const std::string& body, const std::string& field) {
  FieldChecker c;
  bool blank = true;
  for (char ch : body) {
    if (ch != ' ' && ch != '\n' && ch != '\r' && ch != '\t') blank = false;
  }
  if (blank) c.add(field, "必填:请写下内容", "required: write something");
  c.length(field, body, kMaxBody);
  return c.take();
}

std::vector<FieldError> validate_rating(int score, const std::string& comment) {
  FieldChecker c;
  if (score < 1 || score > 5) c.add("score", "评分为 1 到 5", "a rating is 1 to 5");
  c.length("comment", comment, kMaxComment);
  return c.take();
}

}  // namespace icity::core
