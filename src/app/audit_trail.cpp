#include "app/audit_trail.hpp"

#include "store/audit_repo.hpp"

namespace icity::app {

void audit(store::Tx& tx, const Context& ctx, std::string action, std::string entity,
           core::Id entity_id, std::string before, std::string after) {
  core::AuditEntry e;
  if (ctx.actor.user_id != 0) e.user_id = ctx.actor.user_id;
  e.user_email = ctx.actor.email;
  e.action = std::move(action);
  e.entity = std::move(entity);
  e.entity_id = entity_id;
  e.before_json = std::move(before);
  e.after_json = std::move(after);
  e.request_id = ctx.request_id;
  store::audit::append(tx, e);
}

}  // namespace icity::app
