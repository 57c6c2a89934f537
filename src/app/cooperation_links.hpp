// The links of projects and agreements that must exist: the parties'
// organisations, a project's owner (a staff user), the project, event or
// introduction it came from. Each missing one is a field error naming it, so
// the answer is a 422 like any other bad field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::app {

// `organisation_ids[i]` is checked as "parties[i].organisation_id" (0: skipped).
void check_parties(soci::session& sql, const std::vector<core::Id>& organisation_ids,
                   std::vector<core::FieldError>& errors);
void check_owner(soci::session& sql, const std::optional<core::Id>& user_id,
                 std::vector<core::FieldError>& errors);
void check_introduction(soci::session& sql, store::Backend backend,
                        const std::optional<core::Id>& id, std::vector<core::FieldError>& errors);
void check_event(soci::session& sql, const std::optional<core::Id>& id,
                 std::vector<core::FieldError>& errors);
void check_project(soci::session& sql, const std::optional<core::Id>& id,
                   std::vector<core::FieldError>& errors);

}  // namespace icity::app
