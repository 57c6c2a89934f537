#include "core/validation.hpp"

#include <algorithm>
#include <cctype>
#include <set>
#include <string>

#include "core/field_checker.hpp"

namespace icity::core {
namespace {

constexpr std::size_t kMaxName = 300;
constexpr std::size_t kMaxSummary = 10000;
constexpr std::size_t kMaxShort = 200;
constexpr std::size_t kMaxTags = 30;
constexpr std::size_t kMaxBody = 100000;  // a case study in Markdown

using Checker = FieldChecker;

bool is_upper_alpha2(std::string_view s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}

}  // namespace

bool is_valid_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
  }
  const int y = std::stoi(std::string(s.substr(0, 4)));
  const int m = std::stoi(std::string(s.substr(5, 2)));
  const int d = std::stoi(std::string(s.substr(8, 2)));
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
  return d <= kDays[m - 1] + ((m == 2 && leap) ? 1 : 0);
}

bool is_valid_email(std::string_view s) {
  if (s.size() > 254) return false;
  const auto at = s.find('@');
  if (at == std::string_view::npos || at == 0 || s.find('@', at + 1) != std::string_view::npos) {
    return false;
  }
  const auto domain = s.substr(at + 1);
  const auto dot = domain.rfind('.');
  if (dot == std::string_view::npos || dot == 0 || dot + 2 > domain.size()) return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '<' || c == '>' || c == ',';
  });
}

bool is_valid_url(std::string_view s) {
  std::string_view rest;
  if (s.starts_with("https://")) {
    rest = s.substr(8);
  } else if (s.starts_with("http://")) {
    rest = s.substr(7);
  } else {
    return false;
  }
  if (s.size() > 2000) return false;
  const auto host = rest.substr(0, rest.find_first_of("/?#"));
  if (host.empty() || host.find('.') == std::string_view::npos) return false;
  return std::none_of(s.begin(), s.end(), [](char c) {
    return std::isspace(static_cast<unsigned char>(c)) || c == '"' || c == '<' || c == '>';
  });
}

bool is_valid_phone(std::string_view s) {
  if (s.size() < 5 || s.size() > 32) return false;
  return std::all_of(s.begin(), s.end(), [](char c) {
    return std::isdigit(static_cast<unsigned char>(c)) || c == ' ' || c == '+' || c == '-' ||
           c == '(' || c == ')';
  });
}

std::vector<FieldError> validate(const Organisation& org, const ReferenceCatalogue& ref) {
  Checker c;
  c.text("name", org.name, kMaxName, true);
  c.text("summary", org.summary, kMaxSummary, false);
  c.text("city", org.city, kMaxShort, false);
  c.text("district", org.district, kMaxShort, false);
  if (org.country.empty()) {
    c.add("country", "必填", "required");
  } else if (!is_upper_alpha2(org.country) || !ref.has_country(org.country)) {
    c.add("country", "不是有效的 ISO 3166-1 二位国家代码(如 CN、DE)",
          "not an ISO 3166-1 alpha-2 country code (such as CN, DE)");
  }
  c.sectors(org.sectors, ref);
  c.sdgs(org.sdgs);
  if (!org.website.empty() && !is_valid_url(org.website)) {
    c.add("website", "网址应以 http:// 或 https:// 开头并包含域名",
          "a web address starts with http:// or https:// and names a host");
  }
  if (!org.email.empty() && !is_valid_email(org.email)) {
    c.add("email", "不是有效的电子邮箱", "not a valid email address");
  }
  if (!org.phone.empty() && !is_valid_phone(org.phone)) {
    c.add("phone", "电话只能包含数字、空格和 + - ( )",
          "a phone number has digits, spaces and + - ( )");
  }
  if (org.tags.size() > kMaxTags)
    c.add("tags", "标签过多(最多 30 个)", "too many tags (at most 30)");
  for (std::size_t i = 0; i < org.tags.size(); ++i) {
    const auto& tag = org.tags[i];
    const auto field = "tags[" + std::to_string(i) + "]";
    if (tag.empty() || tag.size() > 64 || tag.find('\n') != std::string::npos) {
      c.add(field, "标签应为 1 到 64 字节的一行文字", "a tag is one line of 1 to 64 bytes");
    }
  }
  for (std::size_t i = 0; i < org.relations.size(); ++i) {
    if (org.id != 0 && org.relations[i].organisation_id == org.id) {
      c.add("relations[" + std::to_string(i) + "].organisation_id", "不能与自身建立关系",
            "an organisation cannot relate to itself");
    }
  }
  return c.take();
}

std::vector<FieldError> validate(const Person& p, const ReferenceCatalogue& ref) {
  Checker c;
  c.text("name", p.name, kMaxShort, true);
  c.text("title", p.title, kMaxShort, false);
  if (!p.email.empty() && !is_valid_email(p.email)) {
    c.add("email", "不是有效的电子邮箱", "not a valid email address");
  }
  if (!p.phone.empty() && !is_valid_phone(p.phone)) {
    c.add("phone", "电话只能包含数字、空格和 + - ( )",
          "a phone number has digits, spaces and + - ( )");
  }
  if (!p.nationality.empty() &&
      (!is_upper_alpha2(p.nationality) || !ref.has_country(p.nationality))) {
    c.add("nationality", "不是有效的 ISO 3166-1 二位国家代码",
          "not an ISO 3166-1 alpha-2 country code");
  }
  for (std::size_t i = 0; i < p.languages.size(); ++i) {
    const auto& l = p.languages[i];
    const bool ok = l.size() == 2 && std::islower(static_cast<unsigned char>(l[0])) &&
                    std::islower(static_cast<unsigned char>(l[1]));
    if (!ok) {
      c.add("languages[" + std::to_string(i) + "]", "应为 ISO 639-1 二位小写语言代码(如 zh、en)",
            "an ISO 639-1 two-letter language code (such as zh, en)");
    }
  }
  if (!p.consent_date.empty() && !is_valid_date(p.consent_date)) {
    c.add("consent_date", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
  }
  return c.take();
}

std::vector<FieldError> validate(const Interaction& in) {
  Checker c;
  c.text("summary", in.summary, kMaxSummary, true);
  if (!is_valid_date(in.date)) {
    c.add("date", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
  }
  if (in.organisation_ids.empty()) {
    c.add("organisation_ids", "至少关联一个机构", "name at least one organisation");
  }
  return c.take();
}

std::vector<FieldError> validate(const Solution& s, const ReferenceCatalogue& ref) {
  Checker c;
  c.text("title", s.title, kMaxName, true);
  c.text("summary", s.summary, kMaxSummary, false);
  c.text("body", s.body, kMaxBody, false);
  c.text("place", s.place, kMaxShort, false);
  c.sectors(s.sectors, ref);
  c.sdgs(s.sdgs);
  c.length("source", s.source, 1000);
  if (s.year && (*s.year < 1900 || *s.year > 2100)) {
    c.add("year", "年份应在 1900 到 2100 之间", "a year between 1900 and 2100");
  }
  return c.take();
}

std::vector<FieldError> validate(const Delegation& d, const ReferenceCatalogue& ref) {
  Checker c;
  c.text("name", d.name, kMaxName, true);
  c.text("interests", d.interests, kMaxSummary, true);
  c.length("origin_city", d.origin_city, kMaxShort);
  if (!is_upper_alpha2(d.country) || !ref.has_country(d.country)) {
    c.add("country", "不是有效的 ISO 3166-1 二位国家代码(如 ES、DE)",
          "not an ISO 3166-1 alpha-2 country code (such as ES, DE)");
  }
  if (d.members.size() > 200) c.add("members", "最多 200 人", "at most 200 members");
  for (std::size_t i = 0; i < d.members.size(); ++i) {
    const auto field = "members[" + std::to_string(i) + "]";
    if (d.members[i].name.empty()) c.add(field + ".name", "必填", "required");
    c.length(field + ".name", d.members[i].name, kMaxShort);
    c.length(field + ".title", d.members[i].title, kMaxShort);
  }
  for (const auto& [field, date] :
       {std::pair{"start_date", &d.start_date}, std::pair{"end_date", &d.end_date}}) {
    if (!date->empty() && !is_valid_date(*date)) {
      c.add(field, "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
    }
  }
  if (is_valid_date(d.start_date) && is_valid_date(d.end_date) && d.end_date < d.start_date) {
    c.add("end_date", "结束日期早于开始日期", "the end date is before the start date");
  }
  c.sectors(d.sectors, ref);
  c.sdgs(d.sdgs);
  std::set<OrgKind> kinds;
  for (std::size_t i = 0; i < d.partner_kinds.size(); ++i) {
    if (!kinds.insert(d.partner_kinds[i]).second) {
      c.add("partner_kinds[" + std::to_string(i) + "]", "重复", "duplicate");
    }
  }
  return c.take();
}

}  // namespace icity::core
