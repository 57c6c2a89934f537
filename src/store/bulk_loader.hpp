// Many rows at once, for `icity demo generate` and imports: one transaction
// per batch, each inserted row with its change_log row, as Database::write
// does for single writes, so followers see bulk loads too.
#pragma once

#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::store {

class BulkLoader {
 public:
  explicit BulkLoader(Database& db) : db_(db) {}
  // Each call is one transaction; ids, versions and times are set on the values.
  // One audit entry per batch records the load.
  core::Result<void> add_organisations(std::vector<core::Organisation>& orgs);
  core::Result<void> add_people(std::vector<core::Person>& people);
  core::Result<void> add_interactions(std::vector<core::Interaction>& interactions);

 private:
  Database& db_;
};

}  // namespace icity::store
