// Opportunities: what an organisation offers or seeks (business, technology,
// research cooperation, investment), with the workflow every one follows.
//
// The workflow, as a state machine checked by can_move():
//
//   draft ──publish──▶ published ──close──▶ closed
//     ▲                  │   │
//     └──back to draft───┘   └─(deadline passes)─▶ expired
//
//   - draft → published: the owner (a partner of the organisation) or staff,
//     while the deadline (if any) has not passed.
//   - published → draft: the owner or staff, to edit it out of public view;
//     staff use it to unpublish anyone's.
//   - published → closed: the owner or staff (staff close anyone's).
//   - published → expired: only the system, once the deadline has passed. The
//     service derives it when reading (effective_status), so answers are never
//     late, and an hourly sweep stores it.
//   - closed / expired → published ("reopen"): staff only, and only while the
//     deadline has not passed: staff first move the deadline (PATCH). Before
//     the sweep has stored it, moving the deadline is the reopen itself.
//   - Everything else is refused, each with a reason in both languages.
//
// Editing (PATCH): the owner while draft or published; staff in any status.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/kinds.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"

namespace icity::core {

enum class OpportunityKind {
  kBusinessOffer,
  kBusinessRequest,
  kTechnologyOffer,
  kTechnologyRequest,
  kResearchCooperation,
  kInvestmentOffer,
  kInvestmentRequest,
};
enum class OpportunityStatus { kDraft, kPublished, kClosed, kExpired };

std::string_view to_string(OpportunityKind v);
std::string_view to_string(OpportunityStatus v);
std::optional<OpportunityKind> parse_opportunity_kind(std::string_view s);
std::optional<OpportunityStatus> parse_opportunity_status(std::string_view s);
std::span<const std::string_view> opportunity_kind_names();
std::span<const std::string_view> opportunity_status_names();

struct Opportunity {
  Id id = 0;
  std::int64_t version = 0;
  OpportunityKind kind = OpportunityKind::kBusinessOffer;
  OpportunityStatus status = OpportunityStatus::kDraft;
  Id organisation_id = 0;  // the owner; its partners edit it
  LocalizedText title;
  LocalizedText description;
  std::vector<std::string> sectors;   // GB/T 4754-2017 codes
  std::vector<std::string> concepts;  // thesaurus concept ids (checked in src/app)
  std::vector<int> sdgs;
  std::vector<std::string> countries_sought;  // ISO 3166-1 alpha-2
  std::vector<OrgKind> partner_kinds_sought;
  std::string deadline;  // "YYYY-MM-DD", the last day it is open; "" for none
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct OpportunityQuery {
  std::optional<OpportunityKind> kind;
  std::optional<OpportunityStatus> status;  // the effective status (expired derived)
  std::string country;                      // one of countries_sought
  std::string sector;                       // code prefix
  std::optional<int> sdg;
  std::optional<Id> organisation_id;
  std::string q;  // in the titles
  // Everything regardless of status (staff, or a partner asking for its own
  // organisation's); otherwise only published ones.
  bool all_statuses = false;
  std::string today;  // "YYYY-MM-DD", to tell published from expired
  int limit = 20;
  std::string cursor;  // opaque, from a previous page (newest first)
};

// Who asks for a move.
struct Mover {
  bool staff = false;   // staff or admin
  bool owner = false;   // a partner of the owning organisation
  bool system = false;  // the node itself (expiry)
};

struct MoveCheck {
  bool ok = false;
  LocalizedText reason;  // why not, when !ok
  explicit operator bool() const { return ok; }
};

// Whether `who` may move an opportunity from `from` to `to`; `deadline_passed`
// is deadline_passed(deadline, today). Pure.
MoveCheck can_move(OpportunityStatus from, OpportunityStatus to, const Mover& who,
                   bool deadline_passed);
// Whether `who` may edit its fields in `status`.
MoveCheck can_edit(OpportunityStatus status, const Mover& who);

// The deadline is the last open day: passed when today is after it.
bool deadline_passed(std::string_view deadline, std::string_view today);
// The status as it is now: a published one whose deadline passed is expired.
OpportunityStatus effective_status(OpportunityStatus stored, std::string_view deadline,
                                   std::string_view today);

// Every bad field, in both languages (concept ids are checked in src/app).
std::vector<FieldError> validate(const Opportunity& o, const ReferenceCatalogue& ref);

}  // namespace icity::core
