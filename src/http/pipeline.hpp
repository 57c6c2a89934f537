// What happens to a request between the socket and the handler, as plain
// functions over Request/Response (no Beast), so it is testable without a
// server:
//   request id → locale → routing (or static file) → authentication → CSRF →
//   JSON media type → handler → problem+json for errors, 500 for exceptions →
//   security headers → metrics and one access-log line.
#pragma once

#include <chrono>

#include "http/metrics.hpp"
#include "http/router.hpp"
#include "http/server.hpp"
#include "http/static_files.hpp"

namespace icity::http {

class Pipeline {
 public:
  // Adds the built-in routes to `router`.
  Pipeline(Router router, ServerHooks hooks, StaticFiles static_files);
  // Not copyable or movable: the /metrics route refers to metrics_.
  Pipeline(const Pipeline&) = delete;
  Pipeline& operator=(const Pipeline&) = delete;

  // Answers a fully read request. Never throws (except std::bad_alloc).
  Response handle(Request& request);

  // Answers a request the server refused before it was complete (too large,
  // unreadable): the problem for `error`, with the same headers, metrics and log.
  Response reject(Request& request, const core::Error& error);

  const Metrics& metrics() const { return metrics_; }
  std::vector<RouteInfo> routes() const { return router_.routes(); }

 private:
  Response dispatch(Request& request);
  Response finish(Request& request, Response response,
                  std::chrono::steady_clock::time_point started);
  void log(const std::string& line) const;

  Metrics metrics_;  // before router_: the /metrics handler refers to it
  Router router_;
  ServerHooks hooks_;
  StaticFiles static_files_;
};

}  // namespace icity::http
