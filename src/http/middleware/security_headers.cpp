#include "http/middleware/security_headers.hpp"

namespace icity::http {

void add_security_headers(Response& response) {
  response.headers.set("Content-Security-Policy", std::string(kContentSecurityPolicy));
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("Referrer-Policy", "same-origin");
  response.headers.set("X-Frame-Options", "DENY");
}

}  // namespace icity::http
