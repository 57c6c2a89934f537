// The service desk's generated history for the demo world and benchmarks:
// plausible bilingual cases since the centre opened (2023-10-27), from
// requesters of the pools' countries, in their language, worked through the
// workflow by the desk's staff (steps, public replies, the odd internal note,
// satisfaction), due dates on China's holiday calendar. Phrasings are in
// data/demo/history_pools.json; the same seed gives the same cases.
//
//   auto report = app::generate_desk_history(app, {.cases = 4200, .until = "2024-08-13"}, {});
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "store/case_history.hpp"

namespace icity::app {

struct DeskHistoryOptions {
  std::int64_t cases = 1000;
  std::uint64_t seed = 20231027;
  std::string until = "2024-08-13";  // the last day of intake, and the day the history stops
};

struct DeskHistoryReport {
  std::int64_t cases = 0;
  std::int64_t open = 0;      // still being worked on the last day
  std::int64_t resolved = 0;  // resolved, closed since or not
  std::int64_t closed_unworked = 0;
  std::int64_t steps = 0;
  std::int64_t messages = 0;
  std::int64_t staff_added = 0;  // desk staff accounts made for teams that had none
};

// Adds `options.cases` cases in batches. Loads the demo catalogue (data/demo/desk.json)
// if the node has no services, and makes staff for teams that have no members.
core::Result<DeskHistoryReport> generate_desk_history(
    App& app, const DeskHistoryOptions& options,
    const std::function<void(std::int64_t done, std::int64_t total)>& progress);

// What the generator draws on, for one case (desk_history_cases.cpp).
struct DeskRequester {
  std::string name, email, organisation, country, language;
  std::optional<core::Id> organisation_id;
  std::string country_name_zh, country_name_en, city_zh, city_en;
};
struct DeskStaff {
  core::UserRef user;
  std::vector<core::Id> teams;
};
struct DeskServiceInfo {
  core::DeskService service;
  double weight = 1;
};
struct KnownOrganisation {
  core::Id id = 0;
  std::string name_zh, name_en, country, website, city_zh, city_en;
};

class DeskHistoryWriter {
 public:
  DeskHistoryWriter(std::uint64_t seed, std::string until, std::vector<DeskServiceInfo> services,
                    std::vector<DeskStaff> staff, std::vector<KnownOrganisation> organisations);
  ~DeskHistoryWriter();
  // Case `index` of the history (the same index, the same case).
  store::cases::HistoryCase make(std::int64_t index) const;

 private:
  struct Data;
  std::unique_ptr<Data> data_;
};

}  // namespace icity::app
