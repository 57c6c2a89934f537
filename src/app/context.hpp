// Who asks, and under which request id: passed to every service call so that
// permissions are checked and the audit trail can name both.
#pragma once

#include <string>

#include "core/actor.hpp"

namespace icity::app {

struct Context {
  core::Actor actor;
  std::string request_id;
};

}  // namespace icity::app
