// Every request carries an id that ties its log line, its audit rows and the
// answer the client saw together.
#pragma once

#include <string>
#include <string_view>

#include "http/message.hpp"

namespace icity::http {

// An incoming X-Request-Id is kept when it is sane (1..128 characters of
// [A-Za-z0-9._:-]), so ids flow through proxies; otherwise a new random one.
std::string request_id_for(const Request& request);

bool is_sane_request_id(std::string_view id);

// 16 lowercase hex characters from a per-thread generator.
std::string new_request_id();

}  // namespace icity::http
