// Cross-site request forgery: a browser sends the session cookie with any
// request, so an unsafe request authenticated by that cookie must also prove
// it came from our page with the X-CSRF-Token header. Bearer tokens and
// requests without a session are not checked (the login itself is public).
#pragma once

#include <string_view>

#include "core/error.hpp"
#include "http/message.hpp"

namespace icity::http {

// REQUIRES: request.auth is set (authentication ran). Fails with kCsrf.
core::Result<void> check_csrf(const Request& request);

// Compares in time that depends only on the lengths, not on where they differ.
bool constant_time_equals(std::string_view a, std::string_view b);

}  // namespace icity::http
