// Percent-decoding of URL paths and query strings, shared by the server, the
// query parser, the router and the static files.
#pragma once

#include <string>
#include <string_view>

namespace icity::http {

// Decodes %XX escapes (and '+' as a space when `plus_is_space`, as in query
// strings). An escape that is not two hex digits is kept as written, so a
// stray '%' never makes a request unreadable.
std::string percent_decode(std::string_view text, bool plus_is_space);

// Case-insensitive ASCII comparison, for header names and media types.
bool iequals(std::string_view a, std::string_view b);

}  // namespace icity::http
