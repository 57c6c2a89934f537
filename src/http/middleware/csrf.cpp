#include "http/middleware/csrf.hpp"

namespace icity::http {

bool constant_time_equals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  volatile unsigned char diff = 0;
  for (std::size_t i = 0; i < a.size(); ++i) {
    diff = diff | static_cast<unsigned char>(a[i] ^ b[i]);
  }
  return diff == 0;
}

core::Result<void> check_csrf(const Request& request) {
  if (!request.auth.via_cookie || !request.is_unsafe_method()) {
    return {};
  }
  const auto sent = request.headers.get("X-CSRF-Token");
  if (sent && !request.auth.csrf_token.empty() &&
      constant_time_equals(*sent, request.auth.csrf_token)) {
    return {};
  }
  return core::fail(
      core::Error{core::ErrorCode::kCsrf,
                  {"缺少或错误的 X-CSRF-Token 请求头;请刷新页面后重试",
                   "the X-CSRF-Token header is missing or wrong; reload the page and try again"},
                  {}});
}

}  // namespace icity::http
