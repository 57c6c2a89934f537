// icity demo generate: synthetic organisations with their people and
// interactions, loaded in batches through the bulk loader.
#include <soci/soci.h>

#include <boost/json.hpp>
#include <stdexcept>

#include "app/demo/demo_files.hpp"
#include "app/demo/synthetic.hpp"
#include "app/json/reader.hpp"
#include "store/bulk_loader.hpp"

namespace icity::app {
namespace json = boost::json;

json::object demo_pools() {
  for (const auto& f : demo_files::files()) {
    if (f.name == "pools.json") {
      auto pools = parse_json_object(f.content);
      if (!pools) throw std::runtime_error("demo pools: " + pools.error().detail.en);
      return std::move(*pools);
    }
  }
  throw std::runtime_error("demo pools: pools.json is not compiled in");
}

core::Result<SyntheticReport> generate_synthetic(
    App& app, std::int64_t count, std::uint64_t seed,
    const std::function<void(std::int64_t done, std::int64_t total)>& progress) {
  const SyntheticWorld world(demo_pools(), seed);
  // Continue numbering after what is there, so repeated runs add new names.
  std::int64_t offset = 0;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM organisations", soci::into(n);
    offset = n;
    return {};
  });
  store::BulkLoader loader(app.db());
  SyntheticReport report;
  constexpr std::int64_t kBatch = 2000;
  for (std::int64_t start = 0; start < count; start += kBatch) {
    const std::int64_t end = std::min(count, start + kBatch);
    std::vector<core::Organisation> orgs;
    for (std::int64_t i = start; i < end; ++i) orgs.push_back(world.organisation(offset + i));
    if (auto r = loader.add_organisations(orgs); !r) return core::fail(r.error());
    std::vector<core::Person> people;
    std::vector<std::size_t> first_person;
    for (std::size_t k = 0; k < orgs.size(); ++k) {
      first_person.push_back(people.size());
      for (auto& person : world.people(orgs[k], offset + start + static_cast<std::int64_t>(k))) {
        people.push_back(std::move(person));
      }
    }
    first_person.push_back(people.size());
    if (auto r = loader.add_people(people); !r) return core::fail(r.error());
    std::vector<core::Interaction> interactions;
    for (std::size_t k = 0; k < orgs.size(); ++k) {
      std::vector<core::Id> ids;
      for (std::size_t j = first_person[k]; j < first_person[k + 1]; ++j)
        ids.push_back(people[j].id);
      for (auto& in :
           world.interactions(orgs[k], ids, offset + start + static_cast<std::int64_t>(k))) {
        interactions.push_back(std::move(in));
      }
    }
    if (auto r = loader.add_interactions(interactions); !r) return core::fail(r.error());
    report.organisations += static_cast<std::int64_t>(orgs.size());
    report.people += static_cast<std::int64_t>(people.size());
    report.interactions += static_cast<std::int64_t>(interactions.size());
    if (progress) progress(end, count);
  }
  return report;
}

}  // namespace icity::app
