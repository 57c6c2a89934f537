// /api/solutions: the solutions library (public read; staff and partners write).
#include <boost/json.hpp>

#include "app/json/solution_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

core::Result<core::SolutionQuery> read_query(const Request& request) {
  Params p(request);
  core::SolutionQuery q;
  q.q = p.text("q");
  if (auto sdg = p.integer("sdg", 1, 17)) q.sdg = static_cast<int>(*sdg);
  q.sector = p.text("sector", 8);
  if (auto org = p.integer("organisation_id", 1, std::numeric_limits<std::int64_t>::max())) {
    q.organisation_id = *org;
  }
  q.archived = p.flag("archived");
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<core::Solution>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

}  // namespace

void register_solutions(Router& router, app::App& app) {
  router.add("GET", "/api/solutions", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    if (query->archived && !context_of(request).actor.is_staff()) query->archived = false;
    auto page = app.solutions().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& s : page->items) items.push_back(app::to_json(s));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/solutions", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.solutions().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/solutions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.solutions().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/solutions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.solutions().update(context_of(request), *id, *body));
  });
  router.add("DELETE", "/api/solutions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.solutions().archive(context_of(request), *id));
  });
}

}  // namespace icity::http
