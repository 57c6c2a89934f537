// /api/people: people of partner organisations (personal data).
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "core/permissions.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

HandlerResult one(const Request& request, const core::Result<core::Person>& r,
                  unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status,
                       app::to_json(*r, core::can_see_contact_details(request.actor(), *r)));
}

}  // namespace

void register_people(Router& router, app::App& app) {
  router.add("GET", "/api/people", [&app](Request& request) -> HandlerResult {
    Params p(request);
    core::PersonQuery q;
    q.q = p.text("q");
    if (auto org = p.integer("organisation_id", 1, INT64_MAX)) q.organisation_id = *org;
    q.archived = p.flag("archived");
    q.limit = p.limit();
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto page = app.people().list(context_of(request), q);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& person : page->items) {
      items.push_back(app::to_json(person, core::can_see_contact_details(request.actor(), person)));
    }
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/people", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(request, app.people().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/people/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(request, app.people().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/people/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(request, app.people().update(context_of(request), *id, *body));
  });
  router.add("DELETE", "/api/people/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(request, app.people().archive(context_of(request), *id));
  });
}

}  // namespace icity::http
