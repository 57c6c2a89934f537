// The errors services share, worded once in both languages.
#pragma once

#include <string>

#include "app/context.hpp"
#include "core/entities.hpp"
#include "core/error.hpp"

namespace icity::app {

core::Error not_found(const std::string& entity, core::Id id);
core::Error forbidden(const Context& ctx);
core::Error unauthenticated();
// What a caller who may not do something hears: 401 when unknown, 403 when known.
core::Error refused(const Context& ctx);
core::Error stale(const std::string& entity, core::Id id, std::int64_t current_version);

}  // namespace icity::app
