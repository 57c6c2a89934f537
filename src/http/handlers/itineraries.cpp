// /api/delegations/{id}/itinerary: plan a delegation's visits day by day
// (staff), and read the last plan.
#include <boost/json.hpp>

#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {

void register_itineraries(Router& router, app::App& app) {
  router.add("POST", "/api/delegations/{id}/itinerary", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto plan = app.itineraries().plan(context_of(request), *id, *body);
    if (!plan) return core::fail(plan.error());
    return json_response(200, *plan);
  });
  router.add("GET", "/api/delegations/{id}/itinerary", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto plan = app.itineraries().last(context_of(request), *id);
    if (!plan) return core::fail(plan.error());
    return json_response(200, *plan);
  });
}

}  // namespace icity::http
