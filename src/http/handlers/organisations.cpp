// /api/organisations: the partner directory.
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

core::Result<core::OrganisationQuery> read_query(const Request& request) {
  Params p(request);
  core::OrganisationQuery q;
  q.q = p.text("q");
  if (auto kind = p.text("kind"); !kind.empty()) {
    q.kind = core::parse_org_kind(kind);
    if (!q.kind) p.error("kind", "未知的机构类型", "unknown kind of organisation");
  }
  q.country = p.text("country", 2);
  q.sector = p.text("sector", 8);
  if (auto sdg = p.integer("sdg", 1, 17)) q.sdg = static_cast<int>(*sdg);
  q.archived = p.flag("archived");
  const auto sort = p.text("sort");
  if (sort.empty() || sort == "name") {
    q.sort = core::OrganisationSort::kName;
  } else if (sort == "-name") {
    q.sort = core::OrganisationSort::kNameDesc;
  } else if (sort == "created_at") {
    q.sort = core::OrganisationSort::kCreated;
  } else if (sort == "-created_at") {
    q.sort = core::OrganisationSort::kCreatedDesc;
  } else if (sort == "updated_at") {
    q.sort = core::OrganisationSort::kUpdated;
  } else if (sort == "-updated_at") {
    q.sort = core::OrganisationSort::kUpdatedDesc;
  } else {
    p.error("sort", "应为 name、-name、created_at、-created_at、updated_at 或 -updated_at",
            "must be name, -name, created_at, -created_at, updated_at or -updated_at");
  }
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<core::OrganisationView>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

}  // namespace

void register_organisations(Router& router, app::App& app) {
  router.add("GET", "/api/organisations", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.organisations().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& v : page->items) items.push_back(app::to_json(v));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/organisations", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.organisations().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/organisations/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto json = app.organisations().get_json(context_of(request), *id);
    if (!json) return core::fail(json.error());
    return Response::json(200, **json);
  });
  router.add("PATCH", "/api/organisations/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.organisations().update(context_of(request), *id, *body));
  });
  router.add("DELETE", "/api/organisations/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.organisations().archive(context_of(request), *id));
  });
}

}  // namespace icity::http
