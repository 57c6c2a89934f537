// /api/opportunities: what organisations offer or seek (the public reads the
// published ones; partners and staff write; the status moves through
// /transitions).
#include <boost/json.hpp>

#include "app/json/opportunity_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

core::Result<core::OpportunityQuery> read_query(const Request& request) {
  Params p(request);
  core::OpportunityQuery q;
  if (auto kind = p.text("kind", 32); !kind.empty()) {
    q.kind = core::parse_opportunity_kind(kind);
    if (!q.kind) p.error("kind", "不是机会的类型", "not a kind of opportunity");
  }
  if (auto status = p.text("status", 32); !status.empty()) {
    q.status = core::parse_opportunity_status(status);
    if (!q.status) {
      p.error("status", "应为 draft、published、closed 或 expired",
              "must be draft, published, closed or expired");
    }
  }
  q.country = p.text("country", 2);
  q.sector = p.text("sector", 8);
  if (auto sdg = p.integer("sdg", 1, 17)) q.sdg = static_cast<int>(*sdg);
  if (auto org = p.integer("organisation_id", 1, std::numeric_limits<std::int64_t>::max())) {
    q.organisation_id = *org;
  }
  q.q = p.text("q");
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<app::OpportunityAnswer>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(r->opportunity, r->suggestions));
}

}  // namespace

void register_opportunities(Router& router, app::App& app) {
  router.add("GET", "/api/opportunities", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.opportunities().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& o : page->items) items.push_back(app::to_json(o));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/opportunities", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.opportunities().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/opportunities/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.opportunities().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/opportunities/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.opportunities().update(context_of(request), *id, *body));
  });
  router.add("POST", "/api/opportunities/{id}/transitions",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               return one(app.opportunities().transition(context_of(request), *id, *body));
             });
}

}  // namespace icity::http
