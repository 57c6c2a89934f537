#include "http/api.hpp"

#include <unistd.h>

#include <filesystem>

#include "http/handlers/handlers.hpp"

namespace icity::http {

Router build_router(app::App& app) {
  Router router;
  register_all(router, app);
  return router;
}

std::unique_ptr<Server> make_server(app::App& app, ServerOptions options) {
  ServerHooks hooks;
  hooks.authenticate = [&app](const Request& request) { return authenticate(app, request); };
  hooks.ready = [&app]() { return app.db().ping(); };
  hooks.thread_start = [&app]() { app.search().warm_this_thread(); };
  return std::make_unique<Server>(std::move(options), build_router(app), std::move(hooks));
}

std::vector<RouteInfo> all_routes() {
  // A throwaway node: in-memory database, its index in a temporary directory.
  const auto dir =
      std::filesystem::temp_directory_path() / ("icity-routes-" + std::to_string(::getpid()));
  std::vector<RouteInfo> routes;
  {
    auto app = app::App::open({"sqlite::memory:", dir.string(), 1, app::HashCost::kMinimum});
    if (app) routes = make_server(**app, {})->routes();
  }
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
  return routes;
}

}  // namespace icity::http
