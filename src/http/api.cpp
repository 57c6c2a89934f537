#include "http/api.hpp"

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
  return std::make_unique<Server>(std::move(options), build_router(app), std::move(hooks));
}

std::vector<RouteInfo> all_routes() {
  auto app = app::App::open({"sqlite::memory:", ".", 1, app::HashCost::kMinimum});
  if (!app) return {};
  auto server = make_server(**app, {});
  return server->routes();
}

}  // namespace icity::http
