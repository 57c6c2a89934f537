// /api/interactions: the timeline of contacts with partners.
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

HandlerResult one(const core::Result<core::InteractionView>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

}  // namespace

void register_interactions(Router& router, app::App& app) {
  router.add("GET", "/api/interactions", [&app](Request& request) -> HandlerResult {
    Params p(request);
    core::InteractionQuery q;
    if (auto org = p.integer("organisation_id", 1, INT64_MAX)) q.organisation_id = *org;
    if (auto person = p.integer("person_id", 1, INT64_MAX)) q.person_id = *person;
    if (auto type = p.text("type"); !type.empty()) {
      q.type = core::parse_interaction_type(type);
      if (!q.type) p.error("type", "未知的互动类型", "unknown type of interaction");
    }
    q.from = p.date("from");
    q.to = p.date("to");
    q.archived = p.flag("archived");
    q.limit = p.limit();
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto page = app.interactions().list(context_of(request), q);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& v : page->items) items.push_back(app::to_json(v));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/interactions", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.interactions().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/interactions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.interactions().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/interactions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.interactions().update(context_of(request), *id, *body));
  });
  router.add("DELETE", "/api/interactions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.interactions().archive(context_of(request), *id));
  });
}

}  // namespace icity::http
