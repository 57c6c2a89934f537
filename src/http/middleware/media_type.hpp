// Bodies are JSON: a POST/PUT/PATCH with a body in another media type is a 415.
#pragma once

#include "core/error.hpp"
#include "http/message.hpp"

namespace icity::http {

// Passes requests without a body, and application/json (any parameters, any case).
core::Result<void> check_json_body(const Request& request);

}  // namespace icity::http
