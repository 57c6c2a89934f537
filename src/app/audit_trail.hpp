// Appends who-did-what to the audit log inside the writing transaction, so a
// change and its record commit or vanish together.
#pragma once

#include <string>

#include "app/context.hpp"
#include "core/entities.hpp"
#include "store/database.hpp"

namespace icity::app {

// `before`/`after`: JSON snapshots ("" for none).
void audit(store::Tx& tx, const Context& ctx, std::string action, std::string entity,
           core::Id entity_id, std::string before, std::string after);

}  // namespace icity::app
