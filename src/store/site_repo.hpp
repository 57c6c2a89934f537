// The sites' table: what a delegation needs to visit an organisation.
#pragma once

#include <optional>
#include <vector>

#include "core/event.hpp"
#include "store/database.hpp"

namespace icity::store::sites {

std::optional<core::SiteDetails> find(soci::session& sql, core::Id organisation_id);
// Every site, by organisation id.
std::vector<core::SiteDetails> all(soci::session& sql);
// Inserts or updates (version 1, then +1). false: `site.version` is not the
// stored one (0 for a new site).
bool put(Tx& tx, core::SiteDetails& site);

}  // namespace icity::store::sites
