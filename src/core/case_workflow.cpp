#include "core/case_workflow.hpp"

#include <algorithm>
#include <array>
#include <cstdint>

#include "core/enum_names.hpp"
#include "core/instant.hpp"

namespace icity::core {
namespace {

using S = CaseStatus;
using Refusal = CaseMoveCheck::Refusal;

constexpr std::array<std::string_view, 6> kStatuses = {
    "new", "assigned", "in_progress", "waiting_on_requester", "resolved", "closed"};
constexpr std::int64_t kMsPerDay = 24LL * 60 * 60 * 1000;

CaseMoveCheck yes() { return {}; }
CaseMoveCheck illegal(std::string zh, std::string en) {
  return {Refusal::kIllegal, {std::move(zh), std::move(en)}};
}
CaseMoveCheck not_allowed(std::string zh, std::string en) {
  return {Refusal::kNotAllowed, {std::move(zh), std::move(en)}};
}

// Who may make a move: a set of CaseActor bits.
constexpr unsigned bit(CaseActor a) { return 1U << static_cast<unsigned>(a); }
constexpr unsigned kStaff = bit(CaseActor::kStaff);
constexpr unsigned kRequester = bit(CaseActor::kRequester);
constexpr unsigned kSystem = bit(CaseActor::kSystem);

// What else a move needs besides the right actor.
enum class Condition { kNone, kMessage, kReopenWindow };

struct Edge {
  S from;
  S to;
  unsigned movers;
  Condition condition;
};

// The workflow, written once: every legal move, who makes it, and its condition.
constexpr std::array<Edge, 14> kEdges = {{
    {S::kNew, S::kAssigned, kStaff, Condition::kNone},
    {S::kAssigned, S::kAssigned, kStaff, Condition::kNone},
    {S::kInProgress, S::kAssigned, kStaff, Condition::kNone},
    {S::kWaitingOnRequester, S::kAssigned, kStaff, Condition::kNone},
    {S::kAssigned, S::kInProgress, kStaff, Condition::kNone},
    {S::kInProgress, S::kWaitingOnRequester, kStaff, Condition::kNone},
    {S::kWaitingOnRequester, S::kInProgress, kStaff | kRequester, Condition::kNone},
    {S::kInProgress, S::kResolved, kStaff, Condition::kNone},
    {S::kWaitingOnRequester, S::kResolved, kStaff, Condition::kNone},
    {S::kResolved, S::kClosed, kStaff | kRequester | kSystem, Condition::kNone},
    {S::kNew, S::kClosed, kStaff, Condition::kMessage},
    {S::kAssigned, S::kClosed, kStaff, Condition::kMessage},
    {S::kResolved, S::kInProgress, kStaff | kRequester, Condition::kReopenWindow},
    {S::kClosed, S::kInProgress, kStaff | kRequester, Condition::kReopenWindow},
}};

const Edge* find_edge(S from, S to) {
  const auto* edge = std::find_if(kEdges.begin(), kEdges.end(),
                                  [&](const Edge& e) { return e.from == from && e.to == to; });
  return edge == kEdges.end() ? nullptr : edge;
}

CaseMoveCheck why_illegal(S from, S to) {
  if (from == to) return illegal("已经是这个状态", "the case is already in that status");
  switch (to) {
    case S::kNew:
      return illegal("不能退回到“新建”", "a case cannot go back to new");
    case S::kAssigned:
      return illegal("已解决或已关闭的案件不能再指派,请先重新打开",
                     "a resolved or closed case cannot be assigned: reopen it first");
    case S::kInProgress:
      if (from == S::kNew) {
        return illegal("请先指派处理人再开始处理", "assign the case before work starts on it");
      }
      break;
    case S::kWaitingOnRequester:
      return illegal("只有处理中的案件才能等待提出人答复",
                     "only a case in progress can wait on the requester");
    case S::kResolved:
      if (from == S::kClosed) return illegal("案件已关闭", "the case is closed");
      return illegal("只有处理中或等待答复的案件才能标为已解决",
                     "only a case in progress or waiting on the requester can be resolved");
    case S::kClosed:
      return illegal("处理中的案件要先解决才能关闭",
                     "a case being worked on is resolved before it is closed");
  }
  return illegal("不允许这样改变状态", "that move is not in the case workflow");
}

CaseMoveCheck why_not_allowed(const Edge& edge, CaseActor who) {
  if (who == CaseActor::kSystem) {
    return not_allowed("系统只能在重新打开期限过后关闭已解决的案件",
                       "the system only closes resolved cases once the reopen window has passed");
  }
  if (edge.to == S::kInProgress && edge.from == S::kWaitingOnRequester) {
    return not_allowed("只有提出人或工作人员可以继续", "only the requester or staff can do that");
  }
  return not_allowed("只有工作人员可以这样处理案件", "only staff can move a case this way");
}

CaseMoveCheck check_reopen(const CaseMove& move) {
  const std::string days = std::to_string(move.reopen_days);
  const auto finished = parse_instant(move.finished_at);
  if (!finished) {
    return illegal("没有解决或关闭的时间,不能重新打开",
                   "the case has no resolution or closing time, so it cannot be reopened");
  }
  const auto now = parse_instant(move.now);
  if (!now || *now > *finished + move.reopen_days * kMsPerDay) {
    return illegal("解决或关闭超过 " + days + " 天后不能重新打开,请新建案件",
                   "a case can be reopened only within " + days +
                       " days of being resolved or closed: open a new one");
  }
  return yes();
}

}  // namespace

std::string_view to_string(CaseStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::optional<CaseStatus> parse_case_status(std::string_view s) {
  return parse_in<CaseStatus>(kStatuses, s);
}
std::span<const std::string_view> case_status_names() { return kStatuses; }

bool is_open(CaseStatus status) { return status != S::kResolved && status != S::kClosed; }

CaseMoveCheck can_move(const CaseMove& move) {
  const Edge* edge = find_edge(move.from, move.to);
  if (edge == nullptr) return why_illegal(move.from, move.to);
  if ((edge->movers & bit(move.who)) == 0) return why_not_allowed(*edge, move.who);
  switch (edge->condition) {
    case Condition::kNone:
      return yes();
    case Condition::kMessage:
      if (move.has_message) return yes();
      return illegal("关闭未处理的案件时请说明原因(垃圾信息、重复、不属于受理范围……)",
                     "say why when closing a case that was not worked on "
                     "(spam, duplicate, out of scope…)");
    case Condition::kReopenWindow:
      return check_reopen(move);
  }
  return illegal("未知状态", "unknown status");
}

std::vector<CaseStatus> next_statuses(CaseStatus from, CaseActor who) {
  std::vector<CaseStatus> out;
  for (std::size_t i = 0; i < kStatuses.size(); ++i) {
    const auto to = static_cast<S>(i);
    const Edge* edge = find_edge(from, to);
    if (edge != nullptr && (edge->movers & bit(who)) != 0) out.push_back(to);
  }
  return out;
}

}  // namespace icity::core
