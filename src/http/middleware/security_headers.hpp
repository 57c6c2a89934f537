// Headers every answer carries, whatever produced it (handler, static file,
// problem): a strict Content-Security-Policy, no MIME sniffing, no framing.
#pragma once

#include "http/message.hpp"

namespace icity::http {

inline constexpr std::string_view kContentSecurityPolicy =
    "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; "
    "frame-ancestors 'none'; base-uri 'self'; object-src 'none'";

void add_security_headers(Response& response);

}  // namespace icity::http
