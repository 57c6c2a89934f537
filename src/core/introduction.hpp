// Introductions: from a match to a meeting. One organisation (the *from* side)
// expresses interest in another (the *to* side), often about one of its
// opportunities; the centre mediates, the other side answers, they meet, and
// the meeting has an outcome.
//
// The workflow, as a state machine checked by can_move():
//
//   interest ──▶ requested ──▶ accepted ──▶ met ──▶ concluded
//      │            │   └────▶ declined
//      └────────────┴──────────────┴──▶ withdrawn
//
//   - interest → requested: the from side or staff (the centre passes it on).
//   - requested → accepted | declined: the to side or staff; declining needs a
//     message (why), so the from side learns something.
//   - accepted → met: either side or staff; needs the date and a summary, which
//     become an interaction (a meeting of both organisations).
//   - met → concluded: either side or staff; needs an outcome.
//   - → withdrawn: the from side or staff, before the meeting.
//   - Everything else is refused with a reason in both languages: a move that
//     is not in the workflow is illegal (409); one that is, asked by someone
//     who may not make it, is not allowed (403).
//
// Staff and admins act for either side.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/localized_text.hpp"
#include "core/views.hpp"

namespace icity::core {

enum class IntroductionStatus {
  kInterest,
  kRequested,
  kAccepted,
  kDeclined,
  kMet,
  kConcluded,
  kWithdrawn,
};
enum class IntroductionOutcome { kAgreement, kProject, kFollowUp, kNoDeal };

std::string_view to_string(IntroductionStatus v);
std::string_view to_string(IntroductionOutcome v);
std::optional<IntroductionStatus> parse_introduction_status(std::string_view s);
std::optional<IntroductionOutcome> parse_introduction_outcome(std::string_view s);
std::span<const std::string_view> introduction_status_names();  // in workflow order
std::span<const std::string_view> introduction_outcome_names();

// One step of an introduction's history: the status it reached, when, by whom.
struct IntroductionStep {
  Id id = 0;
  IntroductionStatus status = IntroductionStatus::kInterest;
  std::string at;  // RFC 3339 UTC
  std::optional<Id> user_id;
  std::string actor;  // the actor's email ("system" for the node)
  LocalizedText message;
};

struct Introduction {
  Id id = 0;
  std::int64_t version = 0;
  IntroductionStatus status = IntroductionStatus::kInterest;
  Id from_organisation_id = 0;
  Id to_organisation_id = 0;
  std::optional<Id> opportunity_id;
  std::optional<Id> delegation_id;  // no foreign key: delegations live elsewhere
  std::optional<double> score;      // the match score, when it came from a suggestion
  std::optional<IntroductionOutcome> outcome;
  std::optional<Id> interaction_id;  // the meeting, once met
  std::optional<Id> created_by;      // user id
  bool archived = false;
  std::string created_at;
  std::string updated_at;
  std::vector<IntroductionStep> steps;  // oldest first
};

struct OpportunityRef {
  Id id = 0;
  LocalizedText title;
};

// What a page shows of an introduction.
struct IntroductionView {
  Introduction introduction;
  OrganisationRef from_organisation;
  OrganisationRef to_organisation;
  std::optional<OpportunityRef> opportunity;
};

enum class IntroductionBox { kAll, kInbox, kOutbox };

struct IntroductionQuery {
  IntroductionBox box = IntroductionBox::kAll;
  std::optional<IntroductionStatus> status;
  std::optional<Id> organisation_id;  // either side
  // Set by the service from the caller: a partner sees only its organisation's.
  std::optional<Id> own_organisation_id;
  std::optional<Id> staff_user_id;  // a staff caller (their outbox: what they created)
  int limit = 20;
  std::string cursor;
};

// Who asks for a move.
struct Introducer {
  bool staff = false;      // staff or admin: acts for either side
  bool from_side = false;  // a partner of the from organisation
  bool to_side = false;    // a partner of the to organisation
};

struct IntroductionMoveCheck {
  enum class Refusal { kNone, kIllegal, kNotAllowed };
  Refusal refusal = Refusal::kNone;
  LocalizedText reason;  // why not, when refused
  bool ok() const { return refusal == Refusal::kNone; }
  explicit operator bool() const { return ok(); }
};

// Whether `who` may move an introduction from `from` to `to`. Pure.
IntroductionMoveCheck can_move(IntroductionStatus from, IntroductionStatus to,
                               const Introducer& who);
// Whether `who` may open one (status interest) from its side.
IntroductionMoveCheck can_express_interest(const Introducer& who);

// What a move brings with it.
struct MoveDetails {
  LocalizedText message;                       // any move; required to decline
  std::string date;                            // "YYYY-MM-DD": met only, required
  LocalizedText summary;                       // met only, required
  std::optional<IntroductionOutcome> outcome;  // concluded only, required
};

// Every missing or misplaced detail of a move to `to`, in both languages.
std::vector<FieldError> validate_move(IntroductionStatus to, const MoveDetails& details);
// A message's bad parts (too long), named under `field`.
std::vector<FieldError> validate_message(const LocalizedText& message,
                                         const std::string& field = "message");

// Whether an introduction in `status` is still under way (not declined,
// concluded or withdrawn).
bool is_open(IntroductionStatus status);

// Who hears of a step: the partner users of both organisations, the staff user
// who created it and, when interest is first expressed, every staff user (the
// centre mediates); never the actor. Sorted, without duplicates.
struct Audience {
  std::vector<Id> from_side_users;
  std::vector<Id> to_side_users;
  std::optional<Id> creator;
  std::vector<Id> staff_users;  // only used for the first step
};
std::vector<Id> recipients(IntroductionStatus step, const Audience& audience, Id actor_user_id);

// The notification of a step, naming the organisations, in both languages.
struct Notice {
  std::string kind;  // "introduction.<status>"
  LocalizedText title;
  LocalizedText body;
};
Notice step_notice(IntroductionStatus step, const LocalizedText& from_name,
                   const LocalizedText& to_name, const LocalizedText& message);

// A user's in-app notification.
struct Notification {
  Id id = 0;
  Id user_id = 0;
  std::string kind;
  std::string subject_type;  // "introduction"
  Id subject_id = 0;
  LocalizedText title;
  LocalizedText body;
  std::string link;  // a web app path: "/introductions/12"
  std::string created_at;
  std::optional<std::string> read_at;
};

struct NotificationQuery {
  Id user_id = 0;
  bool unread_only = false;
  int limit = 20;
  std::string cursor;
};

// An organisation's timeline: its interactions and its introductions' steps.
struct TimelineItem {
  enum class Type { kInteraction, kIntroductionStep };
  Type type = Type::kInteraction;
  Id id = 0;         // the interaction's or the step's
  std::string when;  // interaction: its date; step: its time
  // Interaction:
  InteractionType interaction_type = InteractionType::kMeeting;
  LocalizedText summary;
  std::vector<OrganisationRef> other_organisations;
  // Step:
  Id introduction_id = 0;
  IntroductionStatus status = IntroductionStatus::kInterest;
  bool outgoing = false;  // the organisation is the from side
  std::string actor;
  LocalizedText message;
};

struct TimelineQuery {
  Id organisation_id = 0;
  // Partners: only steps of introductions that also involve this organisation.
  std::optional<Id> viewer_organisation_id;
  int limit = 20;
  std::string cursor;
};

}  // namespace icity::core
