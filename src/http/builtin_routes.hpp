// The operations endpoints every node answers: GET /healthz (alive),
// GET /readyz (can serve: database reachable), GET /metrics (Prometheus).
#pragma once

#include <functional>

#include "http/metrics.hpp"
#include "http/router.hpp"

namespace icity::http {

// `ready` may be empty (always ready). `metrics` must outlive the router.
void add_builtin_routes(Router& router, std::function<bool()> ready, const Metrics& metrics);

}  // namespace icity::http
