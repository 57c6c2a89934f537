// One JSON line per answered request:
// {"ts","request_id","method","path","route","status","duration_ms","bytes","remote","user_id"}
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace icity::http {

std::string access_log_line(const Request& request, unsigned status, double duration_ms,
                            std::size_t bytes, std::chrono::system_clock::time_point at);

// {"ts","level":"error","request_id","message","what"}: a bug met while answering.
std::string error_log_line(const Request& request, std::string_view message, std::string_view what);

// RFC 3339 UTC with milliseconds: "2024-08-13T02:00:00.123Z".
std::string rfc3339_millis(std::chrono::system_clock::time_point at);

}  // namespace icity::http
