// The HTTP/1.1 server of one node: Beast sessions on a thread pool, in front
// of the request pipeline (request id, locale, authentication, CSRF, routing,
// problem+json, security headers, metrics, access log) and the static web app.
// No Beast or Asio in this header: it is included by the CLI and the tests.
//
//   Server server(options, std::move(router), hooks);
//   server.start();                 // binds, spawns the pool, returns
//   ... server.port() ...
//   server.stop();                  // graceful, bounded by shutdown_grace
//
// Handlers run synchronously on the pool threads: blocking database work there
// is expected, so size `threads` for it.
#pragma once

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "core/error.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace icity::http {

struct ServerOptions {
  std::string host = "127.0.0.1";
  unsigned short port = 8080;  // 0: an ephemeral port, see Server::port()
  unsigned threads = 0;        // 0: std::thread::hardware_concurrency()
  std::size_t max_header_bytes = std::size_t{16} * 1024;
  std::size_t max_body_bytes = 1 << 20;
  // POSTs that carry files may be this large: the paths listed, where `*`
  // stands for one segment (the service desk's intake, replies and notes).
  std::size_t max_upload_bytes = std::size_t{40} << 20;
  std::vector<std::string> upload_paths = {"/api/cases", "/api/cases/*/notes",
                                           "/api/cases/*/replies"};
  std::chrono::seconds idle_timeout{30};
  std::chrono::seconds shutdown_grace{25};
  std::string static_dir;  // the built web app (web/dist); "" = none
};

struct ServerHooks {
  // Anonymous → AuthContext{}; bad credentials → kUnauthenticated. Unset: everyone is anonymous.
  std::function<core::Result<AuthContext>(const Request&)> authenticate;
  // For /readyz. Unset: always ready.
  std::function<bool()> ready;
  // The access log sink, one JSON object per call (no newline). Unset: stdout.
  std::function<void(const std::string& json_line)> log;
  // Runs once on each worker thread before it serves its first request: for
  // per-thread state that is slow to build (text converters, index readers),
  // so no caller waits for it. Unset: nothing.
  std::function<void()> thread_start;
};

class Server {
 public:
  // Adds the built-in routes (GET /healthz, /readyz, /metrics) to `router`.
  // Throws std::invalid_argument when the router already has one of them.
  Server(ServerOptions options, Router router, ServerHooks hooks);
  ~Server();  // stops (gracefully) if still running
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;

  // Binds and listens, then spawns the pool and returns. Throws
  // std::system_error when the address cannot be bound.
  void start();
  // The bound port (the ephemeral one when options.port was 0). REQUIRES: start().
  unsigned short port() const;

  // Graceful: stops accepting, closes idle keep-alive connections, lets the
  // requests in flight finish and answers them with Connection: close, then
  // joins the pool. After shutdown_grace the remaining connections are cut.
  // REQUIRES: not called from a handler. Idempotent.
  void stop();
  // Blocks until the server has stopped (by stop() from another thread).
  void wait();
  // Blocks until SIGINT or SIGTERM, then stop(). REQUIRES: start().
  void wait_for_signal();
  // start() + wait_for_signal(); returns the process exit code (0).
  int run_until_signal();

  // Every route, built-in ones included.
  std::vector<RouteInfo> routes() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace icity::http
