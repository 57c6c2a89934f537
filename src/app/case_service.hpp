// Foreign-related matters: the public opens a case through the intake form
// (no account; rate-limited per address; attachments checked by content) and
// follows it through a private link (its key is in every message to them), where they reply,
// confirm, reopen within the window and rate the help. Staff work the queues
// (by team, by assignee, unassigned, overdue), move cases through the workflow
// (core/case_workflow.hpp), write public replies and internal notes, and see
// the escalation list. Due dates are the service's target in business hours
// (core/business_calendar.hpp with China's holidays), paused while the case
// waits on the requester. Every change is audited, in the change log, and
// those concerned hear of it: the requester through the outbox, staff in-app.
#pragma once

#include <boost/json/fwd.hpp>
#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/rate_limiter.hpp"
#include "app/signing_key.hpp"
#include "core/business_calendar.hpp"
#include "core/desk.hpp"
#include "core/error.hpp"
#include "core/reference.hpp"
#include "store/case_repo.hpp"
#include "store/database.hpp"

namespace icity::app {

struct DeskConfig {
  int reopen_days = 14;
  std::size_t intakes_per_window = 5;  // per address
  std::chrono::seconds intake_window{600};
};

struct IntakeAnswer {
  core::CaseView view;
  std::string key;  // the private link's key: only here
};

// A case as staff see it, with what they may do next.
struct StaffCase {
  core::CaseView view;
  std::string reopen_until;  // "" unless resolved or closed
  std::vector<core::CaseStatus> next;
  // While open: business minutes to the due time (negative: that late), counted to now, or to
  // when the centre began waiting on the requester (the clock stops then: `clock_stopped`).
  std::optional<std::int64_t> minutes_left;
  bool clock_stopped = false;
};

// A case as its requester sees it: never an internal note.
struct PublicCase {
  core::CaseView view;  // messages and attachments filtered
  std::string reopen_until;
  bool can_reply = false, can_confirm = false, can_reopen = false, can_rate = false;
};

struct Escalation {
  core::CaseView view;
  bool overdue = false;      // else at risk
  std::int64_t minutes = 0;  // business minutes late (overdue) or left (at risk)
};

class CaseService {
 public:
  CaseService(store::Database& db, const core::ReferenceCatalogue& reference, SigningKey& key,
              const core::BusinessCalendar& calendar)
      : db_(db), reference_(reference), key_(key), calendar_(calendar) {
    configure(DeskConfig{});
  }
  // Before serving: the reopen window and the intake's limit.
  void configure(const DeskConfig& config) {
    config_ = config;
    intakes_ = std::make_unique<RateLimiter>(config.intakes_per_window, config.intake_window);
  }

  // Anyone: {service_id, contact{name,email,phone?,organisation?,country?}, language,
  // subject?, description, attachments?[{name, content_base64}]}. 429 when the address
  // sent too many; 422 naming each bad field (attachments[i] included).
  core::Result<IntakeAnswer> intake(const Context& ctx, const std::string& address,
                                    const boost::json::object& body);
  // Seconds until `address` may send another request (0: now).
  std::int64_t intake_retry_after(const std::string& address);

  // Staff.
  core::Result<core::Page<core::CaseView>> list(const Context& ctx, core::CaseQuery query);
  core::Result<core::CaseCounts> counts(const Context& ctx);
  core::Result<std::vector<Escalation>> escalations(const Context& ctx);
  core::Result<StaffCase> get(const Context& ctx, core::Id id);
  // {to, assignee?, message?, version?}: 409 with the reason for an illegal move.
  core::Result<StaffCase> transition(const Context& ctx, core::Id id,
                                     const boost::json::object& body);
  // {internal, body, attachments?}
  core::Result<core::CaseMessage> note(const Context& ctx, core::Id id,
                                       const boost::json::object& body);

  // The requester, with the private link's key (404 for a wrong one).
  core::Result<PublicCase> public_view(core::Id id, const std::string& key);
  core::Result<core::CaseMessage> reply(const Context& ctx, core::Id id, const std::string& key,
                                        const boost::json::object& body);
  // {to: "closed"} confirms a resolved case; {to: "in_progress", message} reopens it.
  core::Result<PublicCase> requester_transition(const Context& ctx, core::Id id,
                                                const std::string& key,
                                                const boost::json::object& body);
  // {score 1..5, comment?}: once, after resolution.
  core::Result<PublicCase> rate(const Context& ctx, core::Id id, const std::string& key,
                                const boost::json::object& body);
  // Staff, or the requester's key for a file they may see.
  core::Result<store::cases::StoredFile> attachment(const Context& ctx, core::Id id,
                                                    core::Id attachment_id, const std::string& key);

  const DeskConfig& config() const { return config_; }

 private:
  // A move of the workflow as a service asks for it.
  struct Move {
    core::CaseStatus to = core::CaseStatus::kNew;
    core::CaseActor who = core::CaseActor::kStaff;
    std::optional<core::Id> assignee;  // to assigned
    std::string message;
  };
  core::Result<void> apply(store::Tx& tx, const Context& ctx, core::Case& c, const Move& move);
  std::string reopen_until(const core::Case& c) const;
  PublicCase public_of(core::CaseView view) const;
  // The private link's key of case `id` (an HMAC of the id under the node's key, so
  // every message to the requester can carry the link).
  std::string link_key(core::Id id);
  core::Result<core::Case> keyed(soci::session& sql, core::Id id, const std::string& key);

  store::Database& db_;
  const core::ReferenceCatalogue& reference_;
  SigningKey& key_;
  const core::BusinessCalendar& calendar_;
  DeskConfig config_;
  std::unique_ptr<RateLimiter> intakes_;
};

}  // namespace icity::app
