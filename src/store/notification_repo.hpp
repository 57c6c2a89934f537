// In-app notifications, one row per user and event.
#pragma once

#include <optional>

#include "core/introduction.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::notifications {

core::Id insert(Tx& tx, core::Notification& notification);  // sets id and created_at
std::optional<core::Notification> find(soci::session& sql, core::Id id);
// The user's, newest first.
core::Page<core::Notification> list(soci::session& sql, Backend backend,
                                    const core::NotificationQuery& query);
std::int64_t unread_count(soci::session& sql, core::Id user_id);
// Stamps read_at now unless it is read already; whether it changed.
bool mark_read(Tx& tx, core::Id id);
// Stamps every unread one of the user; the ids it stamped.
std::vector<core::Id> mark_all_read(Tx& tx, core::Id user_id);

}  // namespace icity::store::notifications
