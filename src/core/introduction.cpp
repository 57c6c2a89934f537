#include "core/introduction.hpp"

#include <algorithm>
#include <array>

#include "core/enum_names.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

using S = IntroductionStatus;
using Refusal = IntroductionMoveCheck::Refusal;

constexpr std::array<std::string_view, 7> kStatuses = {
    "interest", "requested", "accepted", "declined", "met", "concluded", "withdrawn"};
constexpr std::array<std::string_view, 4> kOutcomes = {"agreement", "project", "follow_up",
                                                       "no_deal"};
constexpr std::size_t kMaxMessage = 4000;
constexpr std::size_t kMaxSummary = 10000;

IntroductionMoveCheck yes() { return {}; }
IntroductionMoveCheck illegal(std::string zh, std::string en) {
  return {Refusal::kIllegal, {std::move(zh), std::move(en)}};
}
IntroductionMoveCheck not_allowed(std::string zh, std::string en) {
  return {Refusal::kNotAllowed, {std::move(zh), std::move(en)}};
}

// Who may make a move of the workflow.
enum class Movers { kFromSide, kToSide, kEitherSide };

struct Edge {
  S from;
  S to;
  Movers movers;
};

// The workflow, written once: every legal move and who makes it (staff always may).
constexpr std::array<Edge, 8> kEdges = {{
    {S::kInterest, S::kRequested, Movers::kFromSide},
    {S::kRequested, S::kAccepted, Movers::kToSide},
    {S::kRequested, S::kDeclined, Movers::kToSide},
    {S::kAccepted, S::kMet, Movers::kEitherSide},
    {S::kMet, S::kConcluded, Movers::kEitherSide},
    {S::kInterest, S::kWithdrawn, Movers::kFromSide},
    {S::kRequested, S::kWithdrawn, Movers::kFromSide},
    {S::kAccepted, S::kWithdrawn, Movers::kFromSide},
}};

IntroductionMoveCheck why_illegal(S from, S to) {
  if (from == to) return illegal("已经是这个状态", "it is already in that status");
  switch (from) {
    case S::kDeclined:
      return illegal("对方已谢绝,这次介绍已结束", "the other side declined: this one is over");
    case S::kConcluded:
      return illegal("已有结果,这次介绍已结束", "it is concluded: this one is over");
    case S::kWithdrawn:
      return illegal("已撤回,这次介绍已结束", "it was withdrawn: this one is over");
    default:
      break;
  }
  switch (to) {
    case S::kInterest:
      return illegal("不能退回到“合作意向”", "it cannot go back to interest");
    case S::kRequested:
      return illegal("只有“合作意向”才能提出介绍请求",
                     "only an expression of interest can be requested");
    case S::kAccepted:
    case S::kDeclined:
      return illegal("只能接受或谢绝已提出的介绍请求",
                     "only a requested introduction can be accepted or declined");
    case S::kMet:
      return illegal("只有对方接受后才能记录会面",
                     "a meeting is recorded only once the other side has accepted");
    case S::kConcluded:
      return illegal("只有会面之后才能记录结果", "an outcome is recorded only after the meeting");
    case S::kWithdrawn:
      return illegal("会面之后不能再撤回", "it can no longer be withdrawn after the meeting");
    default:
      break;
  }
  return illegal("不允许这样改变状态", "that move is not allowed");
}

void add(std::vector<FieldError>& errors, std::string field, std::string zh, std::string en) {
  errors.push_back({std::move(field), {std::move(zh), std::move(en)}});
}

void check_length(std::vector<FieldError>& errors, const std::string& field, const LocalizedText& t,
                  std::size_t max) {
  for (const auto& [suffix, value] : {std::pair{".zh", &t.zh}, std::pair{".en", &t.en}}) {
    if (value->size() > max) {
      add(errors, field + suffix, "过长(最多 " + std::to_string(max) + " 字节)",
          "too long (at most " + std::to_string(max) + " bytes)");
    }
  }
}

// The organisation's name for a text in one language, falling back to the other.
std::string name_zh(const LocalizedText& n) { return n.in("zh"); }
std::string name_en(const LocalizedText& n) { return n.in("en"); }

}  // namespace

std::string_view to_string(IntroductionStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::string_view to_string(IntroductionOutcome v) { return kOutcomes[static_cast<std::size_t>(v)]; }
std::optional<IntroductionStatus> parse_introduction_status(std::string_view s) {
  return parse_in<IntroductionStatus>(kStatuses, s);
}
std::optional<IntroductionOutcome> parse_introduction_outcome(std::string_view s) {
  return parse_in<IntroductionOutcome>(kOutcomes, s);
}
std::span<const std::string_view> introduction_status_names() { return kStatuses; }
std::span<const std::string_view> introduction_outcome_names() { return kOutcomes; }

IntroductionMoveCheck can_move(IntroductionStatus from, IntroductionStatus to,
                               const Introducer& who) {
  const auto edge = std::find_if(kEdges.begin(), kEdges.end(),
                                 [&](const Edge& e) { return e.from == from && e.to == to; });
  if (edge == kEdges.end()) return why_illegal(from, to);
  if (who.staff) return yes();
  switch (edge->movers) {
    case Movers::kFromSide:
      if (who.from_side) return yes();
      if (to == S::kWithdrawn) {
        return not_allowed("只有提出意向的一方或工作人员可以撤回",
                           "only the side that expressed interest, or staff, can withdraw it");
      }
      return not_allowed("只有提出意向的一方或工作人员可以提出介绍请求",
                         "only the side that expressed interest, or staff, can request it");
    case Movers::kToSide:
      if (who.to_side) return yes();
      return not_allowed("只有被介绍的一方或工作人员可以接受或谢绝",
                         "only the side asked, or staff, can accept or decline");
    case Movers::kEitherSide:
      if (who.from_side || who.to_side) return yes();
      return not_allowed("只有双方机构的伙伴或工作人员可以记录",
                         "only partners of either organisation, or staff, can record this");
  }
  return illegal("未知状态", "unknown status");
}

IntroductionMoveCheck can_express_interest(const Introducer& who) {
  if (who.staff || who.from_side) return yes();
  return not_allowed("伙伴只能以自己机构的名义表达合作意向",
                     "a partner expresses interest only for its own organisation");
}

std::vector<FieldError> validate_message(const LocalizedText& message, const std::string& field) {
  std::vector<FieldError> errors;
  check_length(errors, field, message, kMaxMessage);
  return errors;
}

std::vector<FieldError> validate_move(IntroductionStatus to, const MoveDetails& d) {
  auto errors = validate_message(d.message);
  if (to == S::kDeclined && d.message.empty()) {
    add(errors, "message", "谢绝时请说明原因(中文或英文)",
        "say why when declining (in Chinese or English or both)");
  }
  if (to == S::kMet) {
    if (d.date.empty()) {
      add(errors, "date", "必填:会面日期", "required: the date of the meeting");
    } else if (!is_valid_date(d.date)) {
      add(errors, "date", "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
    }
    if (d.summary.empty()) {
      add(errors, "summary", "必填:会面纪要(中文或英文)",
          "required: a summary of the meeting (in Chinese or English or both)");
    }
    check_length(errors, "summary", d.summary, kMaxSummary);
  } else {
    if (!d.date.empty())
      add(errors, "date", "只在记录会面时填写", "only when recording the meeting (met)");
    if (!d.summary.empty()) {
      add(errors, "summary", "只在记录会面时填写", "only when recording the meeting (met)");
    }
  }
  if (to == S::kConcluded) {
    if (!d.outcome) {
      add(errors, "outcome", "必填:agreement、project、follow_up 或 no_deal",
          "required: agreement, project, follow_up or no_deal");
    }
  } else if (d.outcome) {
    add(errors, "outcome", "只在记录结果时填写", "only when recording the outcome (concluded)");
  }
  return errors;
}

bool is_open(IntroductionStatus status) {
  return status != S::kDeclined && status != S::kConcluded && status != S::kWithdrawn;
}

std::vector<Id> recipients(IntroductionStatus step, const Audience& audience, Id actor_user_id) {
  std::vector<Id> out;
  out.insert(out.end(), audience.from_side_users.begin(), audience.from_side_users.end());
  out.insert(out.end(), audience.to_side_users.begin(), audience.to_side_users.end());
  if (audience.creator) out.push_back(*audience.creator);
  if (step == S::kInterest) {
    out.insert(out.end(), audience.staff_users.begin(), audience.staff_users.end());
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  std::erase_if(out, [&](Id id) { return id == actor_user_id || id <= 0; });
  return out;
}

Notice step_notice(IntroductionStatus step, const LocalizedText& from_name,
                   const LocalizedText& to_name, const LocalizedText& message) {
  const std::string fz = name_zh(from_name), fe = name_en(from_name);
  const std::string tz = name_zh(to_name), te = name_en(to_name);
  Notice n;
  n.kind = "introduction." + std::string(to_string(step));
  switch (step) {
    case S::kInterest:
      n.title = {"新的合作意向", "New expression of interest"};
      n.body = {fz + " 希望结识 " + tz + "。", fe + " would like to meet " + te + "."};
      break;
    case S::kRequested:
      n.title = {"介绍请求", "Introduction requested"};
      n.body = {"已请 " + tz + " 考虑与 " + fz + " 会面。",
                te + " is asked to consider meeting " + fe + "."};
      break;
    case S::kAccepted:
      n.title = {"介绍已接受", "Introduction accepted"};
      n.body = {tz + " 同意与 " + fz + " 会面。", te + " agreed to meet " + fe + "."};
      break;
    case S::kDeclined:
      n.title = {"介绍被谢绝", "Introduction declined"};
      n.body = {tz + " 谢绝了与 " + fz + " 的会面。", te + " declined to meet " + fe + "."};
      break;
    case S::kMet:
      n.title = {"已会面", "Meeting held"};
      n.body = {fz + " 与 " + tz + " 已会面。", fe + " and " + te + " have met."};
      break;
    case S::kConcluded:
      n.title = {"介绍已有结果", "Introduction concluded"};
      n.body = {fz + " 与 " + tz + " 的介绍已记录结果。",
                "The introduction of " + fe + " to " + te + " has an outcome."};
      break;
    case S::kWithdrawn:
      n.title = {"合作意向已撤回", "Interest withdrawn"};
      n.body = {fz + " 撤回了对 " + tz + " 的合作意向。",
                fe + " withdrew its interest in " + te + "."};
      break;
  }
  if (!message.empty()) {
    n.body.zh += "\n" + message.in("zh");
    n.body.en += "\n" + message.in("en");
  }
  return n;
}

}  // namespace icity::core
