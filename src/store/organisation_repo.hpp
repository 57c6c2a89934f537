// Organisations and their relations in SQL. Callers check permissions and
// validity first (src/app); these functions only read and write rows.
#pragma once

#include <optional>
#include <vector>

#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::organisations {

std::optional<core::OrganisationView> find(soci::session& sql, core::Id id);
core::Page<core::OrganisationView> list(soci::session& sql, Backend backend,
                                        const core::OrganisationQuery& query);
// Ids among `ids` that name no organisation.
std::vector<core::Id> missing(soci::session& sql, const std::vector<core::Id>& ids);
// All organisations (archived too) in id order after `after`, `limit` at a time.
std::vector<core::Organisation> scan(soci::session& sql, core::Id after, int limit);

// Inserts `org` (id, version and times are set here) and its relations; returns the id.
core::Id insert(Tx& tx, core::Organisation& org);
// PostgreSQL only: inserts many through COPY (ids, versions and times set on them).
void copy_in(Tx& tx, std::vector<core::Organisation>& orgs);
// Writes `org` if its stored version is still `org.version`; bumps version and
// updated_at. Returns false (and writes nothing) on a stale version.
bool update(Tx& tx, core::Organisation& org);

}  // namespace icity::store::organisations
