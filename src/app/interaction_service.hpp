// The timeline of contacts with partners: visits received, meetings, calls,
// emails, events. Staff write them; signed-in users read them.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class InteractionService {
 public:
  explicit InteractionService(store::Database& db) : db_(db) {}

  core::Result<core::InteractionView> get(const Context& ctx, core::Id id);
  core::Result<core::Page<core::InteractionView>> list(const Context& ctx,
                                                       const core::InteractionQuery& query);
  core::Result<core::InteractionView> create(const Context& ctx, const boost::json::object& body);
  core::Result<core::InteractionView> create(const Context& ctx, core::Interaction interaction);
  core::Result<core::InteractionView> update(const Context& ctx, core::Id id,
                                             const boost::json::object& patch);
  core::Result<core::InteractionView> archive(const Context& ctx, core::Id id);

 private:
  core::Result<core::InteractionView> write_new(const Context& ctx, core::Interaction interaction,
                                                std::vector<core::FieldError> errors);
  store::Database& db_;
};

}  // namespace icity::app
