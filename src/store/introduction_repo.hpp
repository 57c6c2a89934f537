// Introductions and their steps, in SQL.
#pragma once

#include <optional>

#include "core/introduction.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::introductions {

// With its steps (oldest first) and the names of both organisations and the opportunity.
std::optional<core::IntroductionView> find(soci::session& sql, Backend backend, core::Id id);
// Newest first (by id).
core::Page<core::IntroductionView> list(soci::session& sql, Backend backend,
                                        const core::IntroductionQuery& query);
// One still under way between the two about the same opportunity (none: nullopt).
std::optional<core::Id> open_between(soci::session& sql, core::Id from, core::Id to,
                                     std::optional<core::Id> opportunity_id);
// Serialises, until `tx` ends, the creations of introductions from one organisation, so that
// open_between() followed by insert() cannot let two concurrent ones through (PostgreSQL; SQLite
// has one writer at a time already).
void lock_creations_from(Tx& tx, core::Id from);
core::Id insert(Tx& tx, core::Introduction& introduction);  // sets id, version, times
bool update(Tx& tx, core::Introduction& introduction);      // false: the version moved on
// Appends a step (sets its id and time) to the introduction's history.
core::Id add_step(Tx& tx, core::Id introduction_id, core::IntroductionStep& step);

}  // namespace icity::store::introductions
