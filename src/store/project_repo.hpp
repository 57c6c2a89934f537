// Cooperation projects, their parties, sectors, SDGs and stage history, in SQL.
#pragma once

#include <map>
#include <optional>

#include "core/project.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::projects {

// With its parties (and their names), sectors, SDGs and history (oldest first).
std::optional<core::Project> find(soci::session& sql, Backend backend, core::Id id);
// A page in the query's order, with parties, sectors and SDGs (no history).
core::Page<core::Project> list(soci::session& sql, Backend backend,
                               const core::ProjectQuery& query);
// How many live projects pass the query's filters, per stage (its stage and
// cursor ignored).
std::map<core::ProjectStage, std::int64_t> count_by_stage(soci::session& sql, Backend backend,
                                                          const core::ProjectQuery& query);
// Whether the project exists, and whether `organisation_id` is one of its parties.
bool exists(soci::session& sql, core::Id id);
bool has_party(soci::session& sql, core::Id project_id, core::Id organisation_id);
// The staff user who owns it, if any.
std::optional<core::Id> owner_of(soci::session& sql, core::Id project_id);
core::Id insert(Tx& tx, core::Project& project);  // sets id, version, times; writes the lists
bool update(Tx& tx, core::Project& project);      // false: the version moved on
// Appends a stage (sets its id and time) to the project's history.
core::Id add_step(Tx& tx, core::Id project_id, core::ProjectStep& step);

}  // namespace icity::store::projects
