// Reading a project's lists (parties with their names, sectors, SDGs, stage
// history) for a set of projects at once. Internal to src/store: includes SOCI.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "core/project.hpp"
#include "store/database.hpp"
#include "store/sql_query.hpp"

namespace icity::store::projects {

// Fills the parties (with names, in the order given), sectors and SDGs of
// `projects`, and their history (oldest first) when `with_history`.
void load_project_details(soci::session& sql, Backend backend, std::vector<core::Project>& projects,
                          bool with_history);

}  // namespace icity::store::projects
