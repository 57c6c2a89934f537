// Agreements, their signing parties and the renewal reminders sent, in SQL.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/agreement.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::agreements {

// With its parties (and their names), in the order given.
std::optional<core::Agreement> find(soci::session& sql, Backend backend, core::Id id);
// Newest signed first.
core::Page<core::Agreement> list(soci::session& sql, Backend backend,
                                 const core::AgreementQuery& query);
core::Id insert(Tx& tx, core::Agreement& agreement);  // sets id, version, times; writes parties
bool update(Tx& tx, core::Agreement& agreement);      // false: the version moved on
// Live agreements whose reminder day has come by `today` ("YYYY-MM-DD"), that
// have not expired yet and were not reminded of their current expiry date.
std::vector<core::Id> due_for_reminder(soci::session& sql, const std::string& today);
// Records the reminder of `expires_on`; false when one was recorded already
// (another node was first), and then nothing is to be sent.
bool record_reminder(Tx& tx, core::Id agreement_id, const std::string& expires_on, int recipients);
// Sets the reminder day of every agreement that takes the node's default notice to its
// expiry minus `default_notice_days` (a node started with another default); returns how
// many changed. The day is derived, so the versions stay.
int refresh_default_reminders(Tx& tx, int default_notice_days);
// Every admin's user id.
std::vector<core::Id> admin_ids(soci::session& sql);

}  // namespace icity::store::agreements
