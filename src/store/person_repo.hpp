// People of partner organisations in SQL.
#pragma once

#include <optional>
#include <vector>

#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::people {

std::optional<core::Person> find(soci::session& sql, core::Id id);
core::Page<core::Person> list(soci::session& sql, Backend backend, const core::PersonQuery& query);
// Ids among `ids` that name no person.
std::vector<core::Id> missing(soci::session& sql, const std::vector<core::Id>& ids);
core::Id insert(Tx& tx, core::Person& person);
// PostgreSQL only: inserts many through COPY (ids, versions and times set on them).
void copy_in(Tx& tx, std::vector<core::Person>& people);
// False (nothing written) when the stored version is no longer `person.version`.
bool update(Tx& tx, core::Person& person);

}  // namespace icity::store::people
