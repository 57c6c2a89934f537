// Counts for the dashboard, computed by the database from the records.
#pragma once

#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::stats {

core::DirectorySummary directory_summary(soci::session& sql);

}  // namespace icity::store::stats
