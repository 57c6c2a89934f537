// THE one place where an expected failure (core::Error) becomes an HTTP answer:
// RFC 9457 application/problem+json with a stable type, a title and detail in
// the request's language, and for validation the list of bad fields.
//
//   if (!r) return problem_response(r.error(), request.locale);
//
// A few protocol details have no slot in core::Error; they travel as pseudo
// fields whose name starts with '@' and never show up in "errors":
//   kAllowField      405: the value of the Allow header
//   kBadRequestField 400 that is not about a JSON body (slug bad-request)
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "http/message.hpp"

namespace icity::http {

inline constexpr std::string_view kAllowField = "@allow";
inline constexpr std::string_view kBadRequestField = "@bad-request";
inline constexpr std::string_view kProblemTypeBase = "https://icity.dev/problems/";

// The HTTP status of each code: 422, 400, 401, 403, 403, 404, 405, 409, 413, 415, 429, 503, 500.
unsigned status_of(core::ErrorCode code);

// The stable slug of the problem type ("validation", "not-found", ...).
std::string_view slug_of(const core::Error& error);

// `locale` is "zh-CN" or "en" (Request::locale).
Response problem_response(const core::Error& error, std::string_view locale);

// 405 for a path that exists under other methods; `allowed` becomes the Allow header.
core::Error method_not_allowed(const std::vector<std::string>& allowed);

// 400 for a request that is not readable HTTP (as opposed to a bad JSON body).
core::Error bad_request(core::LocalizedText detail);

}  // namespace icity::http
