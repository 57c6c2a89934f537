#include "store/bulk_loader.hpp"

#include <soci/soci.h>

#include "store/audit_repo.hpp"
#include "store/interaction_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/person_repo.hpp"

namespace icity::store {
namespace {

// One audit entry per batch: a bulk load is one act by the system.
void audit_batch(Tx& tx, const std::string& entity, core::Id first, std::size_t count) {
  core::AuditEntry e;
  e.user_email = "system";
  e.action = "bulk_create";
  e.entity = entity;
  e.entity_id = first;
  e.after_json = "{\"count\":" + std::to_string(count) + "}";
  e.request_id = "bulk-loader";
  audit::append(tx, e);
}

// One transaction per batch: on PostgreSQL the rows go in by COPY (one round
// trip per table instead of several per row); SQLite inserts row by row,
// which in-process costs little.
template <class T, class Insert, class Copy>
core::Result<void> load(Database& db, std::vector<T>& items, const std::string& entity,
                        Insert insert, Copy copy) {
  if (items.empty()) return {};
  return db.write([&](Tx& tx) -> core::Result<void> {
    if (tx.backend() == Backend::kPostgres) {
      copy(tx, items);
    } else {
      for (auto& item : items) insert(tx, item);
    }
    for (const auto& item : items) tx.changed(entity, item.id, "create");
    audit_batch(tx, entity, items.front().id, items.size());
    return {};
  });
}

}  // namespace

core::Result<void> BulkLoader::add_organisations(std::vector<core::Organisation>& orgs) {
  return load(
      db_, orgs, "organisation",
      [](Tx& tx, core::Organisation& o) { organisations::insert(tx, o); },
      [](Tx& tx, std::vector<core::Organisation>& all) { organisations::copy_in(tx, all); });
}

core::Result<void> BulkLoader::add_people(std::vector<core::Person>& people) {
  return load(
      db_, people, "person", [](Tx& tx, core::Person& p) { people::insert(tx, p); },
      [](Tx& tx, std::vector<core::Person>& all) { people::copy_in(tx, all); });
}

core::Result<void> BulkLoader::add_interactions(std::vector<core::Interaction>& items) {
  return load(
      db_, items, "interaction", [](Tx& tx, core::Interaction& i) { interactions::insert(tx, i); },
      [](Tx& tx, std::vector<core::Interaction>& all) { interactions::copy_in(tx, all); });
}

}  // namespace icity::store
