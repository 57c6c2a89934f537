// Routes "METHOD /path/{param}" to handlers. Matching is by path segment; a
// literal segment wins over a parameter. Unknown path → 404, known path with
// another method → 405 (with Allow).
//
//   Router r;
//   r.add("GET", "/api/organisations/{id}", [&](Request& q) { ... });
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "http/message.hpp"

namespace icity::http {

using Handler = std::function<HandlerResult(Request&)>;

struct RouteInfo {
  std::string method;
  std::string pattern;
};

class Router {
 public:
  Router();
  ~Router();
  Router(Router&&) noexcept;
  Router& operator=(Router&&) noexcept;

  void add(std::string method, std::string pattern, Handler handler);

  // Finds the handler for the request's method and path; fills request.route and
  // request.path_params. Fails with kNotFound or kMethodNotAllowed.
  core::Result<const Handler*> match(Request& request) const;

  // Every registered route, for the OpenAPI consistency test and `icity routes`.
  std::vector<RouteInfo> routes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace icity::http
