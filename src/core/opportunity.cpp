#include "core/opportunity.hpp"

#include <array>
#include <cctype>
#include <set>

#include "core/enum_names.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 7> kKinds = {
    "business_offer",       "business_request", "technology_offer",  "technology_request",
    "research_cooperation", "investment_offer", "investment_request"};
constexpr std::array<std::string_view, 4> kStatuses = {"draft", "published", "closed", "expired"};

MoveCheck yes() { return {true, {}}; }
MoveCheck no(std::string zh, std::string en) { return {false, {std::move(zh), std::move(en)}}; }

MoveCheck deadline_gone() {
  return no("截止日期已过:请先把截止日期改到今天或以后",
            "the deadline has passed: move it to today or later first");
}

void add(std::vector<FieldError>& errors, std::string field, std::string zh, std::string en) {
  errors.push_back({std::move(field), {std::move(zh), std::move(en)}});
}

void check_text(std::vector<FieldError>& errors, const std::string& field, const LocalizedText& t,
                std::size_t max, bool required) {
  if (required && t.empty()) {
    add(errors, field, "必填:请至少填写中文或英文",
        "required: give it in Chinese or English or both");
  }
  for (const auto& [suffix, value] : {std::pair{".zh", &t.zh}, std::pair{".en", &t.en}}) {
    if (value->size() > max) {
      add(errors, field + suffix, "过长(最多 " + std::to_string(max) + " 字节)",
          "too long (at most " + std::to_string(max) + " bytes)");
    }
  }
}

bool is_upper_alpha2(std::string_view s) {
  return s.size() == 2 && std::isupper(static_cast<unsigned char>(s[0])) &&
         std::isupper(static_cast<unsigned char>(s[1]));
}

}  // namespace

std::string_view to_string(OpportunityKind v) { return kKinds[static_cast<std::size_t>(v)]; }
std::string_view to_string(OpportunityStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::optional<OpportunityKind> parse_opportunity_kind(std::string_view s) {
  return parse_in<OpportunityKind>(kKinds, s);
}
std::optional<OpportunityStatus> parse_opportunity_status(std::string_view s) {
  return parse_in<OpportunityStatus>(kStatuses, s);
}
std::span<const std::string_view> opportunity_kind_names() { return kKinds; }
std::span<const std::string_view> opportunity_status_names() { return kStatuses; }

MoveCheck can_move(OpportunityStatus from, OpportunityStatus to, const Mover& who,
                   bool deadline_passed) {
  using S = OpportunityStatus;
  if (from == to) return no("已经是这个状态", "it is already in that status");
  if (to == S::kExpired) {
    if (!who.system) {
      return no("过期由系统在截止日期过后自动标记",
                "the system marks it expired once the deadline passes");
    }
    if (from != S::kPublished) return no("只有已发布的机会会过期", "only a published one expires");
    if (!deadline_passed) return no("截止日期还没有过", "the deadline has not passed yet");
    return yes();
  }
  if (!who.staff && !who.owner) {
    return no("只有所属机构的伙伴或工作人员可以改变状态",
              "only the owning organisation's partners or staff change its status");
  }
  switch (from) {
    case S::kDraft:
      if (to != S::kPublished) return no("草稿只能发布", "a draft can only be published");
      if (deadline_passed) return deadline_gone();
      return yes();
    case S::kPublished:
      return yes();  // back to draft, or closed
    case S::kClosed:
    case S::kExpired:
      if (to != S::kPublished || !who.staff) {
        return no("已关闭或已过期:只有工作人员可以重新发布",
                  "closed or expired: only staff can reopen it, to published");
      }
      if (deadline_passed) return deadline_gone();
      return yes();
  }
  return no("未知状态", "unknown status");
}

MoveCheck can_edit(OpportunityStatus status, const Mover& who) {
  if (who.staff || who.system) return yes();
  if (!who.owner) {
    return no("只有所属机构的伙伴或工作人员可以编辑",
              "only the owning organisation's partners or staff edit it");
  }
  if (status == OpportunityStatus::kClosed || status == OpportunityStatus::kExpired) {
    return no("已关闭或已过期的机会不能再编辑", "a closed or expired one can no longer be edited");
  }
  return yes();
}

bool deadline_passed(std::string_view deadline, std::string_view today) {
  return !deadline.empty() && deadline < today;  // "YYYY-MM-DD" sorts as dates
}

OpportunityStatus effective_status(OpportunityStatus stored, std::string_view deadline,
                                   std::string_view today) {
  if (stored == OpportunityStatus::kPublished && deadline_passed(deadline, today)) {
    return OpportunityStatus::kExpired;
  }
  return stored;
}

std::vector<FieldError> validate(const Opportunity& o, const ReferenceCatalogue& ref) {
  std::vector<FieldError> errors;
  if (o.organisation_id <= 0) add(errors, "organisation_id", "必填", "required");
  check_text(errors, "title", o.title, 300, true);
  check_text(errors, "description", o.description, 20000, false);
  std::set<std::string> seen;
  for (std::size_t i = 0; i < o.sectors.size(); ++i) {
    const auto field = "sectors[" + std::to_string(i) + "]";
    if (!ref.has_sector(o.sectors[i])) {
      add(errors, field, "不是 GB/T 4754-2017 中的行业代码", "not a GB/T 4754-2017 industry code");
    } else if (!seen.insert(o.sectors[i]).second) {
      add(errors, field, "重复", "duplicate");
    }
  }
  std::set<int> goals;
  for (std::size_t i = 0; i < o.sdgs.size(); ++i) {
    const auto field = "sdgs[" + std::to_string(i) + "]";
    if (o.sdgs[i] < 1 || o.sdgs[i] > 17) {
      add(errors, field, "可持续发展目标编号应为 1 到 17", "an SDG is a number from 1 to 17");
    } else if (!goals.insert(o.sdgs[i]).second) {
      add(errors, field, "重复", "duplicate");
    }
  }
  seen.clear();
  for (std::size_t i = 0; i < o.countries_sought.size(); ++i) {
    const auto& c = o.countries_sought[i];
    const auto field = "countries_sought[" + std::to_string(i) + "]";
    if (!is_upper_alpha2(c) || !ref.has_country(c)) {
      add(errors, field, "不是有效的 ISO 3166-1 二位国家代码(如 CN、DE)",
          "not an ISO 3166-1 alpha-2 country code (such as CN, DE)");
    } else if (!seen.insert(c).second) {
      add(errors, field, "重复", "duplicate");
    }
  }
  std::set<OrgKind> kinds;
  for (std::size_t i = 0; i < o.partner_kinds_sought.size(); ++i) {
    if (!kinds.insert(o.partner_kinds_sought[i]).second) {
      add(errors, "partner_kinds_sought[" + std::to_string(i) + "]", "重复", "duplicate");
    }
  }
  if (o.concepts.size() > 50) add(errors, "concepts", "最多 50 个概念", "at most 50 concepts");
  if (!o.deadline.empty() && !is_valid_date(o.deadline)) {
    add(errors, "deadline", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
  }
  return errors;
}

}  // namespace icity::core
