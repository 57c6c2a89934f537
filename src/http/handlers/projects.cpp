// /api/projects: the cooperation projects' pipeline — the list with its
// filters, one project, its PATCH, the moves between stages and the kanban
// board with, for each stage, the stages its cards may be dropped on.
#include <boost/json.hpp>
#include <limits>

#include "app/json/directory_json.hpp"
#include "app/json/project_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

constexpr auto kMaxId = std::numeric_limits<std::int64_t>::max();

core::Result<core::ProjectQuery> read_query(const Request& request) {
  Params p(request);
  core::ProjectQuery q;
  if (auto stage = p.text("stage", 32); !stage.empty()) {
    q.stage = core::parse_project_stage(stage);
    if (!q.stage) {
      p.error("stage",
              "应为 reserve、negotiating、agreement_signed、implementing、completed 或 dropped",
              "must be reserve, negotiating, agreement_signed, implementing, completed or dropped");
    }
  }
  q.district = p.text("district", 200);
  if (auto sdg = p.integer("sdg", 1, 17)) q.sdg = static_cast<int>(*sdg);
  q.sector = p.text("sector", 8);
  if (auto org = p.integer("organisation_id", 1, kMaxId)) q.organisation_id = *org;
  if (auto owner = p.integer("owner", 1, kMaxId)) q.owner_id = *owner;
  q.q = p.text("q", 200);
  q.overdue_action = p.flag("overdue_action");
  if (auto sort = p.text("sort", 16); !sort.empty()) {
    if (sort == "updated") {
      q.sort = core::ProjectSort::kUpdated;
    } else if (sort == "value") {
      q.sort = core::ProjectSort::kValue;
    } else if (sort == "due") {
      q.sort = core::ProjectSort::kDue;
    } else {
      p.error("sort", "应为 updated、value 或 due", "must be updated, value or due");
    }
  }
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<core::Project>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

boost::json::object column_json(const app::BoardColumn& column) {
  boost::json::array moves, cards;
  for (auto s : column.moves) moves.emplace_back(core::to_string(s));
  for (const auto& p : column.cards) cards.push_back(app::card_json(p));
  return {{"stage", core::to_string(column.stage)},
          {"count", column.count},
          {"moves", std::move(moves)},
          {"projects", std::move(cards)}};
}

}  // namespace

void register_projects(Router& router, app::App& app) {
  router.add("GET", "/api/projects", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.projects().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& p : page->items) items.push_back(app::to_json(p));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/projects", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.projects().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/projects/board", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto columns = app.projects().board(context_of(request), *query);
    if (!columns) return core::fail(columns.error());
    return items_response(*columns, column_json);
  });
  router.add("GET", "/api/projects/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.projects().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/projects/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.projects().update(context_of(request), *id, *body));
  });
  router.add("POST", "/api/projects/{id}/transitions", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.projects().transition(context_of(request), *id, *body));
  });
}

}  // namespace icity::http
