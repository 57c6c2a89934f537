// The records behind the centre's figures, read straight from the tables: each
// figure's records in a period, with the country, sector codes and SDGs they
// count under. The app maps sector codes to sections and counts (core/kpi.hpp).
#pragma once

#include <string>
#include <vector>

#include "core/kpi.hpp"
#include "store/database.hpp"

namespace icity::store::kpis {

// A period: local dates (inclusive) and the same as UTC instants [from, until).
struct Period {
  std::string from, to;           // "YYYY-MM-DD"
  std::string from_at, until_at;  // stored instant forms
  int utc_offset_minutes = 480;
};

// Each returns the records of one figure; `sections` hold the sector codes.
std::vector<core::KpiRecord> matters_handled(soci::session& sql, const Period& p);
std::vector<core::KpiRecord> events_held(soci::session& sql, Backend backend, const Period& p,
                                         bool exchange_only);
std::vector<core::KpiRecord> delegations_received(soci::session& sql, const Period& p);
std::vector<core::KpiRecord> organisations_with(soci::session& sql, const Period& p,
                                                bool visits_only, bool foreign_associations);
std::vector<core::KpiRecord> agreements_signed(soci::session& sql, Backend backend,
                                               const Period& p);

// Every stage a project reached, oldest first, for the projects not archived.
struct StageRow {
  core::Id project_id = 0;
  std::string stage;
  std::string at;  // instant
};
std::vector<StageRow> project_stages(soci::session& sql);
// The projects `ids` as records (no date: the caller knows when they entered reserve).
std::vector<core::KpiRecord> projects(soci::session& sql, Backend backend,
                                      const std::vector<core::Id>& ids);

}  // namespace icity::store::kpis
