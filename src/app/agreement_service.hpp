// Agreements: MoUs, cooperation agreements and letters of intent, with their
// signing parties and signatories, the date and place signed, the expiry and
// the links to the project, event or introduction they came from. Staff and
// admins write; a partner reads those its organisation signed; the public
// nothing. Their status (active, expiring, expired) is derived from today.
//
// Renewal reminders: once the reminder day of an agreement has come (its
// expiry minus its days of notice, or the node's default), one in-app
// notification goes to the staff concerned — the agreement's creator and the
// project's owner, or every admin when there is neither — once per agreement
// and expiry date, however often or on however many nodes the sweep runs.
#pragma once

#include <boost/json/fwd.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stop_token>
#include <string>
#include <thread>

#include "app/context.hpp"
#include "core/agreement.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class AgreementService {
 public:
  // `default_notice_days`: the days of notice of an agreement that gives none.
  AgreementService(store::Database& db, int default_notice_days)
      : db_(db), default_notice_days_(default_notice_days) {}

  // Staff, and the partners of a signing organisation (404 to other partners).
  core::Result<core::Agreement> get(const Context& ctx, core::Id id);
  core::Result<core::Page<core::Agreement>> list(const Context& ctx, core::AgreementQuery query);
  core::Result<core::Agreement> create(const Context& ctx, const boost::json::object& body);
  // A PATCH with the version read (409 when stale).
  core::Result<core::Agreement> update(const Context& ctx, core::Id id,
                                       const boost::json::object& patch);
  // The status of `agreement` today.
  core::AgreementStatus status_of(const core::Agreement& agreement) const;
  core::AgreementStatus status_on(const core::Agreement& agreement, const std::string& today) const;

  // Sends the reminders due on `today` ("YYYY-MM-DD"); returns how many
  // agreements were reminded. Staff (or the system) only.
  core::Result<int> send_renewal_reminders(const Context& ctx, const std::string& today);
  // Derives the reminder day of the agreements that take the node's default
  // notice again from this node's default (it may have been started with
  // another); returns how many changed. Run by start().
  core::Result<int> refresh_reminder_days();
  // Refreshes the reminder days, then sends the reminders as `ctx` (the
  // system) now and every `period` on a background thread until destroyed.
  void start(Context ctx, std::chrono::seconds period = std::chrono::hours(1));

 private:
  store::Database& db_;
  int default_notice_days_;
  std::mutex wake_mutex_;
  std::condition_variable_any wake_;
  std::jthread sweeper_;  // last: stops and joins before the rest goes
};

}  // namespace icity::app
