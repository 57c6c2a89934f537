// The audit trail: who changed what, when, with before/after snapshots.
#pragma once

#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::audit {

// Appends `entry` (its id and time are set from the transaction).
void append(Tx& tx, const core::AuditEntry& entry);
// Newest first, filtered by entity, entity id and user.
core::Page<core::AuditEntry> list(soci::session& sql, Backend backend,
                                  const core::AuditQuery& query);

}  // namespace icity::store::audit
