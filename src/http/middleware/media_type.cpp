#include "http/middleware/media_type.hpp"

#include "http/url.hpp"

namespace icity::http {

core::Result<void> check_json_body(const Request& request) {
  if (request.body.empty()) {
    return {};
  }
  if (request.method != "POST" && request.method != "PUT" && request.method != "PATCH") {
    return {};
  }
  std::string_view type = request.headers.get("Content-Type").value_or("");
  type = type.substr(0, type.find(';'));
  while (!type.empty() && type.back() == ' ') {
    type.remove_suffix(1);
  }
  if (iequals(type, "application/json")) {
    return {};
  }
  return core::fail(core::Error{core::ErrorCode::kUnsupportedMediaType,
                                {"请求正文应为 JSON(Content-Type: application/json)",
                                 "the body must be JSON (Content-Type: application/json)"},
                                {}});
}

}  // namespace icity::http
