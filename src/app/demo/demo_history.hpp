// The history behind the demo world's published figures as of 13 August 2024
// (PRODUCT.md "The demo world"): organisations received since the centre
// opened on 27 October 2023, the foreign business associations in liaison with
// it, and the foreign-related matters its desk handled. A separate step from
// load_demo_world, so tests that need the seeds' world alone skip it;
// `icity serve --demo` runs it on first start. Bulk paths throughout.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/app.hpp"

namespace icity::app {

struct DemoHistoryOptions {
  std::int64_t organisations = 2030;  // synthetic, most of them visited the centre
  std::int64_t associations = 150;    // foreign business associations in liaison
  std::int64_t cases = 4300;          // desk cases since the opening, ~95% resolved by the end
  std::int64_t icity_events = 140;    // the i·CITY series in all, the seeds' events included
  std::int64_t projects = 125;        // cooperation projects in reserve
  std::uint64_t seed = 20231027;
  std::string until = "2024-08-13";
};

struct DemoHistoryReport {
  std::int64_t organisations = 0;
  std::int64_t people = 0;
  std::int64_t interactions = 0;
  std::int64_t associations = 0;
  std::int64_t received = 0;  // organisations with a visit received since the opening
  std::int64_t cases = 0;
  std::int64_t resolved = 0;
  std::int64_t events = 0;
  std::int64_t projects = 0;
  double seconds = 0;
};

core::Result<DemoHistoryReport> generate_demo_history(App& app, const DemoHistoryOptions& options);

// Parts of it (demo_history_records.cpp). Events of the i·CITY series until `total` are held
// (none if the node has no such series); projects between the synthetic organisations
// numbered from `first_index`, whose ids are `ids`.
core::Result<std::int64_t> add_icity_events(App& app, std::int64_t total, const std::string& until,
                                            std::uint64_t seed);
core::Result<std::int64_t> add_reserve_projects(App& app, std::int64_t count,
                                                std::int64_t first_index,
                                                const std::vector<long long>& ids,
                                                std::uint64_t seed);

}  // namespace icity::app
