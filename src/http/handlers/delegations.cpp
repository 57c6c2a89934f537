// /api/delegations: visiting delegations, kept by staff.
#include <boost/json.hpp>

#include "app/json/delegation_json.hpp"
#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

HandlerResult one(const core::Result<app::DelegationAnswer>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  auto out = app::to_json(r->delegation);
  out["origin_organisation"] =
      r->origin ? boost::json::value(boost::json::object{{"id", r->origin->id},
                                                         {"name", app::to_json(r->origin->name)}})
                : boost::json::value(nullptr);
  out["suggestions"] = app::to_json(r->suggestions);
  return json_response(status, out);
}

}  // namespace

void register_delegations(Router& router, app::App& app) {
  router.add("GET", "/api/delegations", [&app](Request& request) -> HandlerResult {
    Params p(request);
    core::DelegationQuery q;
    q.q = p.text("q");
    q.limit = p.limit();
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto page = app.delegations().list(context_of(request), q);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& d : page->items) items.push_back(app::to_json(d));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/delegations", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.delegations().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/delegations/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.delegations().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/delegations/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.delegations().update(context_of(request), *id, *body));
  });
}

}  // namespace icity::http
