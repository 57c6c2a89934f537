// /api/delegations: visiting delegations, kept by staff.
#include <boost/json.hpp>

#include "app/json/delegation_json.hpp"
#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

boost::json::object to_json(const app::DelegationAnswer& a, bool with_suggestions) {
  auto out = app::to_json(a.delegation);
  out["origin_organisation"] =
      a.origin ? boost::json::value(boost::json::object{{"id", a.origin->id},
                                                        {"name", app::to_json(a.origin->name)}})
               : boost::json::value(nullptr);
  if (with_suggestions) out["suggestions"] = app::to_json(a.suggestions);
  return out;
}

HandlerResult one(const core::Result<app::DelegationAnswer>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, to_json(*r, true));
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
    for (const auto& d : page->items) items.push_back(to_json(d, false));
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
