#include "http/builtin_routes.hpp"

namespace icity::http {

void add_builtin_routes(Router& router, std::function<bool()> ready, const Metrics& metrics) {
  router.add("GET", "/healthz", [](Request&) -> HandlerResult {
    auto response = Response::json(200, R"({"status":"ok"})");
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
  router.add("GET", "/readyz", [ready = std::move(ready)](Request&) -> HandlerResult {
    if (ready && !ready()) {
      return core::fail(
          core::Error{core::ErrorCode::kUnavailable,
                      {"服务尚未就绪:数据库不可达", "not ready: the database is unreachable"},
                      {}});
    }
    auto response = Response::json(200, R"({"status":"ready"})");
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
  router.add("GET", "/metrics", [&metrics](Request&) -> HandlerResult {
    auto response =
        Response::text(200, metrics.render(), "text/plain; version=0.0.4; charset=utf-8");
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
}

}  // namespace icity::http
