// Cooperation projects: what the centre brings about between organisations,
// from a first idea to a finished project, kept as a pipeline of stages.
//
// The pipeline, as a state machine checked by can_move():
//
//   reserve ──▶ negotiating ──▶ agreement_signed ──▶ implementing ──▶ completed
//      ▲  ◀────────┘ (talks paused)
//      │    every open stage (reserve … implementing) ──▶ dropped (a reason required)
//      └──────────────────────────────────────────────── dropped (revived)
//
//   - Each open stage moves to the next one only: no stage is skipped.
//   - negotiating → reserve: the talks are paused.
//   - completed is final; dropped is final except for the revival to reserve.
//   - Everything else is refused (409) with a reason in both languages.
//
// Staff and admins make every move; partners only read the projects their
// organisation is a party of (src/app decides who asks).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/introduction.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"

namespace icity::core {

enum class ProjectStage {
  kReserve,
  kNegotiating,
  kAgreementSigned,
  kImplementing,
  kCompleted,
  kDropped,
};
enum class PartyRole { kLead, kPartner, kInvestor, kHost, kFunder, kAdvisor };

std::string_view to_string(ProjectStage v);
std::string_view to_string(PartyRole v);
std::optional<ProjectStage> parse_project_stage(std::string_view s);
std::optional<PartyRole> parse_party_role(std::string_view s);
std::span<const std::string_view> project_stage_names();  // in pipeline order
std::span<const std::string_view> party_role_names();

struct StageMoveCheck {
  bool allowed = true;
  LocalizedText reason;  // why not, when refused
  explicit operator bool() const { return allowed; }
};

// Whether a project may move from `from` to `to`. Pure.
StageMoveCheck can_move(ProjectStage from, ProjectStage to);
// Every stage `from` may move to, in pipeline order (what a board lets a card be dropped on).
std::vector<ProjectStage> next_stages(ProjectStage from);
// Not completed nor dropped.
bool is_open(ProjectStage stage);
// What a move needs: dropping needs a reason; a note or reason is at most 4000 bytes.
std::vector<FieldError> validate_stage_move(ProjectStage to, const LocalizedText& note,
                                            const LocalizedText& reason);

// One organisation's part in a project. `name` is read with it, never written.
struct ProjectParty {
  Id organisation_id = 0;
  PartyRole role = PartyRole::kPartner;
  LocalizedText name;
  bool operator==(const ProjectParty& o) const {
    return organisation_id == o.organisation_id && role == o.role;
  }
};

// One stage the project reached: when, by whom, with what note.
struct ProjectStep {
  Id id = 0;
  ProjectStage stage = ProjectStage::kReserve;
  std::string at;  // RFC 3339 UTC
  std::optional<Id> user_id;
  std::string actor;  // the actor's email ("system" for the node)
  LocalizedText note;
};

struct Project {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText title;
  LocalizedText summary;
  ProjectStage stage = ProjectStage::kReserve;
  LocalizedText drop_reason;  // while dropped
  std::vector<ProjectParty> parties;
  std::vector<std::string> sectors;                 // GB/T 4754-2017 codes
  std::vector<int> sdgs;                            // 1..17
  LocalizedText district;                           // 龙华区 / Longhua District
  std::optional<std::int64_t> estimated_value_cny;  // whole yuan
  LocalizedText next_action;
  std::string next_action_due;        // "YYYY-MM-DD" or ""
  std::optional<Id> owner_id;         // a staff user
  std::optional<Id> introduction_id;  // where it came from
  std::optional<Id> event_id;
  std::optional<Id> created_by;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
  std::vector<ProjectStep> history;  // oldest first
};

// Every bad field of a project (its own values; whether the organisations,
// owner, introduction and event exist is checked by src/app).
std::vector<FieldError> validate(const Project& project, const ReferenceCatalogue& ref);

LocalizedText stage_label(ProjectStage stage);
// What a project's owner reads in the app when someone else moves it on (with the
// note or the reason given), or hands it to them.
Notice stage_notice(const Project& project, ProjectStage from, const LocalizedText& note);
Notice owner_notice(const Project& project);

enum class ProjectSort { kUpdated, kValue, kDue };

struct ProjectQuery {
  std::optional<ProjectStage> stage;
  std::string district;  // contains, either language
  std::optional<int> sdg;
  std::string sector;  // code prefix
  std::optional<Id> organisation_id;
  std::optional<Id> owner_id;
  std::string q;
  bool overdue_action = false;  // an open project whose next action is due before `today`
  std::string today;            // set by the service
  // Set by the service from the caller: a partner sees only its organisation's.
  std::optional<Id> own_organisation_id;
  ProjectSort sort = ProjectSort::kUpdated;
  int limit = 20;
  std::string cursor;
};

}  // namespace icity::core
