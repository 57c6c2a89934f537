// The solutions library: case studies of sustainable practice, tagged by SDG
// and sector. The public reads; staff write all of them, a partner those of
// its own organisation. Every write is audited.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class SolutionService {
 public:
  SolutionService(store::Database& db, const ReferenceData& reference)
      : db_(db), reference_(reference) {}

  core::Result<core::Solution> get(const Context& ctx, core::Id id);
  core::Result<core::Page<core::Solution>> list(const Context& ctx,
                                                const core::SolutionQuery& query);
  core::Result<core::Solution> create(const Context& ctx, const boost::json::object& body);
  core::Result<core::Solution> create(const Context& ctx, core::Solution solution);
  core::Result<core::Solution> update(const Context& ctx, core::Id id,
                                      const boost::json::object& patch);
  core::Result<core::Solution> archive(const Context& ctx, core::Id id);

 private:
  core::Result<core::Solution> write_new(const Context& ctx, core::Solution s,
                                         std::vector<core::FieldError> errors);
  store::Database& db_;
  const ReferenceData& reference_;
};

}  // namespace icity::app
