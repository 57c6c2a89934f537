// The HTTP front of one node: every handler on a router, the hooks that tie
// the server to the application (authentication, readiness), and the server.
#pragma once

#include <memory>
#include <vector>

#include "app/app.hpp"
#include "http/router.hpp"
#include "http/server.hpp"

namespace icity::http {

Router build_router(app::App& app);
std::unique_ptr<Server> make_server(app::App& app, ServerOptions options);
// Every route the server answers, built-in ones included (no database opened
// beyond an in-memory one).
std::vector<RouteInfo> all_routes();

}  // namespace icity::http
