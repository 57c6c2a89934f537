// The service desk's cases: a request from a citizen or a partner (the
// requester) that staff handle to its resolution.
//
// The workflow, as a state machine checked by can_move():
//
//   new ──▶ assigned ──▶ in_progress ◀──▶ waiting_on_requester
//    │         │              │    ▲              │
//    │         │              ▼    │ reopen       │
//    │         │           resolved ◀─────────────┘
//    │         │              │    ▲
//    └─────────┴──▶ closed ◀──┘    │ (closed reopens too)
//
//   - new → assigned; assigned | in_progress | waiting_on_requester → assigned
//     (reassign): staff.
//   - assigned → in_progress, in_progress → waiting_on_requester: staff.
//   - waiting_on_requester → in_progress: staff, or the requester replying.
//   - in_progress | waiting_on_requester → resolved: staff.
//   - resolved → closed: staff, the requester confirming, or the system once
//     the reopen window has passed.
//   - new | assigned → closed: staff, with a message saying why (spam,
//     duplicate, out of scope).
//   - resolved | closed → in_progress (reopen): staff or the requester, while
//     now ≤ finished_at + reopen_days days.
//   - Everything else is refused with a reason in both languages: a move that
//     is not in the workflow (or whose condition fails) is illegal (409); one
//     that is, asked by an actor who may not make it, is not allowed (403).
//
//   CaseMove m{.from = CaseStatus::kResolved, .to = CaseStatus::kInProgress,
//              .who = CaseActor::kRequester, .finished_at = resolved_at, .now = now};
//   if (auto check = core::can_move(m); !check) return conflict(check.reason);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::core {

enum class CaseStatus { kNew, kAssigned, kInProgress, kWaitingOnRequester, kResolved, kClosed };

// "new", "assigned", "in_progress", "waiting_on_requester", "resolved", "closed".
std::string_view to_string(CaseStatus v);
std::optional<CaseStatus> parse_case_status(std::string_view s);
std::span<const std::string_view> case_status_names();  // in workflow order

enum class CaseActor { kStaff, kRequester, kSystem };

// Whether a case in `status` still needs work (not resolved, not closed).
bool is_open(CaseStatus status);

struct CaseMove {
  CaseStatus from = CaseStatus::kNew;
  CaseStatus to = CaseStatus::kNew;
  CaseActor who = CaseActor::kStaff;
  bool assignee_named = false;  // a move to assigned names someone (or the caller by default)
  bool has_message = false;     // a reason / note accompanies the move
  std::string finished_at;      // resolved_at, or closed_at if never resolved; "" when neither
  std::string now;              // stored RFC 3339 form
  int reopen_days = 14;         // node configuration
};

struct CaseMoveCheck {
  enum class Refusal { kNone, kIllegal, kNotAllowed };
  Refusal refusal = Refusal::kNone;
  LocalizedText reason;  // why not, when refused
  bool ok() const { return refusal == Refusal::kNone; }
  explicit operator bool() const { return ok(); }
};

// Whether the move is legal and `move.who` may make it. Pure. A wrong actor is
// reported before a failed condition (message, reopen window).
CaseMoveCheck can_move(const CaseMove& move);

// The statuses `who` may move a case in `from` to (for the web app's buttons), ignoring
// the reopen window and message requirements. In workflow order.
std::vector<CaseStatus> next_statuses(CaseStatus from, CaseActor who);

}  // namespace icity::core
