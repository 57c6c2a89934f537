// The solutions library's table.
#pragma once

#include <optional>

#include "core/entities.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::solutions {

std::optional<core::Solution> find(soci::session& sql, core::Id id);
// Newest first.
core::Page<core::Solution> list(soci::session& sql, Backend backend,
                                const core::SolutionQuery& query);
core::Id insert(Tx& tx, core::Solution& solution);  // sets id, version, times
bool update(Tx& tx, core::Solution& solution);      // false: the version moved on

}  // namespace icity::store::solutions
