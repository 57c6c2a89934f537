// The opportunities' table.
#pragma once

#include <optional>

#include "core/opportunity.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::opportunities {

// As stored: a published row past its deadline still says published.
std::optional<core::Opportunity> find(soci::session& sql, core::Id id);
// Newest first; the status filter and visibility use the effective status.
core::Page<core::Opportunity> list(soci::session& sql, Backend backend,
                                   const core::OpportunityQuery& query);
// Published ones whose deadline is before `today` ("YYYY-MM-DD"), oldest first.
std::vector<core::Id> due_to_expire(soci::session& sql, const std::string& today);
core::Id insert(Tx& tx, core::Opportunity& opportunity);  // sets id, version, times
bool update(Tx& tx, core::Opportunity& opportunity);      // false: the version moved on

}  // namespace icity::store::opportunities
