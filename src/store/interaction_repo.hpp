// Interactions and their links to organisations and people, in SQL.
#pragma once

#include <optional>

#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::interactions {

std::optional<core::InteractionView> find(soci::session& sql, core::Id id);
// Newest first (date, then id).
core::Page<core::InteractionView> list(soci::session& sql, Backend backend,
                                       const core::InteractionQuery& query);
core::Id insert(Tx& tx, core::Interaction& interaction);
// PostgreSQL only: inserts many through COPY (ids, versions and times set on them).
void copy_in(Tx& tx, std::vector<core::Interaction>& interactions);
// False (nothing written) when the stored version is no longer `interaction.version`.
bool update(Tx& tx, core::Interaction& interaction);

}  // namespace icity::store::interactions
