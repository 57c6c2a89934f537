// The service desk for foreign-related matters: the teams that handle them, the
// catalogue of services (each with a target time in business hours and a
// responsible team), and the cases the public opens through the intake form —
// their conversation (public replies and internal notes), attachments, history
// and satisfaction. The case workflow itself is `case_workflow.hpp`; due dates
// in business hours are `business_calendar.hpp`.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/case_workflow.hpp"
#include "core/error.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"
#include "core/views.hpp"

namespace icity::core {

struct UserRef {
  Id id = 0;
  std::string email;
  std::string display_name;
};

struct Team {
  Id id = 0;
  std::int64_t version = 0;
  std::string key;  // a short stable name: "investment", "legal"
  LocalizedText name;
  std::vector<UserRef> members;  // staff and admins
  std::string created_at;
  std::string updated_at;
};

struct TeamRef {
  Id id = 0;
  std::string key;
  LocalizedText name;
};

struct DeskService {
  Id id = 0;
  std::int64_t version = 0;
  std::string key;
  LocalizedText name;
  LocalizedText description;
  Id team_id = 0;
  TeamRef team;          // read only
  int target_hours = 0;  // business hours from intake to resolution
  bool active = true;
  int position = 0;  // order in the catalogue
  std::string created_at;
  std::string updated_at;
};

struct CaseContact {
  std::string name;
  std::string email;
  std::string phone;
  std::string organisation;
  std::string country;  // ISO 3166-1 alpha-2, or ""
};

enum class MessageAuthor { kStaff, kRequester, kSystem };
std::string_view to_string(MessageAuthor v);
std::optional<MessageAuthor> parse_message_author(std::string_view s);

struct AttachmentInfo {
  Id id = 0;
  std::optional<Id> message_id;  // none: sent with the request itself
  std::string name;
  std::string media_type;
  std::int64_t size = 0;
};

struct CaseMessage {
  Id id = 0;
  Id case_id = 0;
  bool internal = false;
  MessageAuthor author = MessageAuthor::kStaff;
  std::optional<Id> user_id;
  std::string author_name;
  std::string body;
  std::string created_at;
  std::vector<AttachmentInfo> attachments;
};

struct CaseStep {
  Id id = 0;
  std::optional<CaseStatus> from;  // none: the intake
  CaseStatus to = CaseStatus::kNew;
  std::string at;
  std::optional<Id> user_id;
  std::string actor;  // email, "requester" or "system"
  std::optional<UserRef> assignee;
  std::string message;
};

struct Satisfaction {
  int score = 0;  // 1..5
  std::string comment;
  std::string at;
};

struct Case {
  Id id = 0;
  std::int64_t version = 0;
  Id service_id = 0;
  std::optional<Id> team_id;
  CaseStatus status = CaseStatus::kNew;
  std::optional<Id> assignee_id;
  std::optional<Id> organisation_id;  // the requester's organisation in the directory, once known
  CaseContact contact;
  std::string language = "zh";  // the requester's: "zh" or "en"
  std::string subject;
  std::string description;
  std::string key_digest;     // the private link's key, as its digest
  std::string due_at;         // intake + the service's target, in business time
  std::string waiting_since;  // while waiting on the requester
  std::string first_response_at;
  std::string resolved_at;
  std::string closed_at;
  std::optional<Satisfaction> satisfaction;
  std::string created_at;
  std::string updated_at;
};

// A case as a page shows it: names of what it refers to.
struct CaseView {
  Case value;
  LocalizedText service_name;
  int target_hours = 0;
  std::optional<TeamRef> team;
  std::optional<UserRef> assignee;
  std::vector<CaseMessage> messages;        // oldest first; filled for one case only
  std::vector<AttachmentInfo> attachments;  // the request's own (no message)
  std::vector<CaseStep> history;            // oldest first; filled for one case only
};

// "FR-2024-00042": foreign-related, the year of intake, the id.
std::string case_number(Id id, const std::string& created_at);
// The id in a case number (or a bare id), if `text` is one.
std::optional<Id> parse_case_number(std::string_view text);

enum class CaseQueue { kOpen, kMine, kTeam, kUnassigned, kOverdue, kAll };
std::optional<CaseQueue> parse_case_queue(std::string_view s);
enum class CaseSort { kDue, kCreated, kUpdated };
std::optional<CaseSort> parse_case_sort(std::string_view s);

struct CaseQuery {
  CaseQueue queue = CaseQueue::kOpen;
  Id caller = 0;                 // mine, team
  std::vector<Id> caller_teams;  // team
  std::string now;               // overdue
  std::optional<Id> team_id;
  std::optional<Id> assignee_id;
  std::optional<Id> service_id;
  std::optional<Id> organisation_id;
  std::vector<CaseStatus> statuses;
  std::string text;  // a number, or part of the contact or subject
  CaseSort sort = CaseSort::kDue;
  int limit = 20;
  std::string cursor;
};

// The queue tabs' counts.
struct CaseCounts {
  std::vector<CountBy> by_status;  // every status, workflow order
  std::int64_t open = 0;
  std::int64_t overdue = 0;
  std::int64_t unassigned = 0;
  std::int64_t mine = 0;
  struct TeamCounts {
    TeamRef team;
    std::int64_t open = 0;
    std::int64_t overdue = 0;
  };
  std::vector<TeamCounts> teams;
};

// Limits of what the public may send.
inline constexpr std::size_t kMaxAttachments = 5;
inline constexpr std::size_t kMaxAttachmentBytes = std::size_t{5} * 1024 * 1024;

std::vector<FieldError> validate(const Team& team);
std::vector<FieldError> validate(const DeskService& service);
// The intake's fields (the service's existence and the attachments are checked by the app).
std::vector<FieldError> validate_intake(const Case& c, const ReferenceCatalogue& ref);
// A reply or note's body.
std::vector<FieldError> validate_message_body(const std::string& body, const std::string& field);
std::vector<FieldError> validate_rating(int score, const std::string& comment);

}  // namespace icity::core
