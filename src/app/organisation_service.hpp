// The partner directory's organisations: read by anyone, written by staff, and
// by a partner for its own organisation only; every write audited and logged
// to change_log in the same transaction.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "app/view_cache.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class OrganisationService {
 public:
  OrganisationService(store::Database& db, const ReferenceData& reference, ViewCache& cache)
      : db_(db), reference_(reference), cache_(cache) {}

  core::Result<core::OrganisationView> get(const Context& ctx, core::Id id);
  // The organisation's JSON as GET /api/organisations/{id} answers it, served
  // from the view cache when nothing changed since it was built.
  core::Result<std::shared_ptr<const std::string>> get_json(const Context& ctx, core::Id id);
  core::Result<core::Page<core::OrganisationView>> list(const Context& ctx,
                                                        const core::OrganisationQuery& query);
  // From a request body (every field error reported at once).
  core::Result<core::OrganisationView> create(const Context& ctx, const boost::json::object& body);
  // From a value (demo world, imports).
  core::Result<core::OrganisationView> create(const Context& ctx, core::Organisation org);
  // Applies the fields present in `patch`; `patch.version` must be the stored one.
  core::Result<core::OrganisationView> update(const Context& ctx, core::Id id,
                                              const boost::json::object& patch);
  core::Result<core::OrganisationView> archive(const Context& ctx, core::Id id);

 private:
  // Validation that needs the database: related organisations exist.
  std::vector<core::FieldError> check_references(soci::session& sql, const core::Organisation& org);
  store::Database& db_;
  const ReferenceData& reference_;
  ViewCache& cache_;
};

}  // namespace icity::app
