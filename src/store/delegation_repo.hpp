// The delegations' table.
#pragma once

#include <optional>
#include <vector>

#include "core/entities.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::delegations {

std::optional<core::Delegation> find(soci::session& sql, core::Id id);
// Newest first, archived ones left out.
core::Page<core::Delegation> list(soci::session& sql, Backend backend,
                                  const core::DelegationQuery& query);
core::Id insert(Tx& tx, core::Delegation& delegation);  // sets id, version, times
bool update(Tx& tx, core::Delegation& delegation);      // false: the version moved on

}  // namespace icity::store::delegations
