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

template <class T, class Insert>
core::Result<void> load(Database& db, std::vector<T>& items, const std::string& entity,
                        Insert insert) {
  if (items.empty()) return {};
  return db.write([&](Tx& tx) -> core::Result<void> {
    for (auto& item : items) {
      insert(tx, item);
      tx.changed(entity, item.id, "create");
    }
    audit_batch(tx, entity, items.front().id, items.size());
    return {};
  });
}

}  // namespace

core::Result<void> BulkLoader::add_organisations(std::vector<core::Organisation>& orgs) {
  return load(db_, orgs, "organisation",
              [](Tx& tx, core::Organisation& o) { organisations::insert(tx, o); });
}

core::Result<void> BulkLoader::add_people(std::vector<core::Person>& people) {
  return load(db_, people, "person", [](Tx& tx, core::Person& p) { people::insert(tx, p); });
}

core::Result<void> BulkLoader::add_interactions(std::vector<core::Interaction>& items) {
  return load(db_, items, "interaction",
              [](Tx& tx, core::Interaction& i) { interactions::insert(tx, i); });
}

}  // namespace icity::store
