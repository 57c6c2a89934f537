// /api/cases: the public intake, the staff's queues and a case's workflow,
// notes and files, and the requester's private page (?key=).
#include <boost/json.hpp>
#include <limits>

#include "app/file_type.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"
#include "http/problem.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

constexpr std::int64_t kMaxId = std::numeric_limits<std::int64_t>::max();

std::string now() { return store::Database::now_rfc3339(); }

core::Result<core::CaseQuery> read_query(const Request& request) {
  Params p(request);
  core::CaseQuery q;
  if (auto queue = p.text("queue", 16); !queue.empty()) {
    if (auto v = core::parse_case_queue(queue)) {
      q.queue = *v;
    } else {
      p.error("queue", "应为 open、mine、team、unassigned、overdue 或 all",
              "must be open, mine, team, unassigned, overdue or all");
    }
  }
  if (auto sort = p.text("sort", 16); !sort.empty()) {
    if (auto v = core::parse_case_sort(sort)) {
      q.sort = *v;
    } else {
      p.error("sort", "应为 due、created 或 updated", "must be due, created or updated");
    }
  }
  if (auto statuses = p.text("status", 200); !statuses.empty()) {
    std::size_t start = 0;
    while (start <= statuses.size()) {
      const auto end = std::min(statuses.find(',', start), statuses.size());
      const auto name = statuses.substr(start, end - start);
      if (auto s = core::parse_case_status(name)) {
        q.statuses.push_back(*s);
      } else {
        p.error("status",
                "应为 new、assigned、in_progress、waiting_on_requester、resolved、closed(逗号分隔)",
                "must be new, assigned, in_progress, waiting_on_requester, resolved or closed "
                "(comma-separated)");
        break;
      }
      start = end + 1;
    }
  }
  if (auto v = p.integer("team_id", 1, kMaxId)) q.team_id = *v;
  if (auto v = p.integer("assignee_id", 1, kMaxId)) q.assignee_id = *v;
  if (auto v = p.integer("service_id", 1, kMaxId)) q.service_id = *v;
  if (auto v = p.integer("organisation_id", 1, kMaxId)) q.organisation_id = *v;
  q.text = p.text("q", 200);
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult staff_case(const core::Result<app::StaffCase>& r) {
  if (!r) return core::fail(r.error());
  return json_response(200, app::staff_json(*r, now()));
}

HandlerResult public_case(const core::Result<app::PublicCase>& r) {
  if (!r) return core::fail(r.error());
  return json_response(200, app::public_json(*r));
}

}  // namespace

void register_cases(Router& router, app::App& app) {
  router.add("POST", "/api/cases", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto r = app.cases().intake(context_of(request), request.remote_address, *body);
    if (!r && r.error().code == core::ErrorCode::kRateLimited) {
      auto problem = problem_response(r.error(), request.locale);
      problem.headers.set("Retry-After",
                          std::to_string(app.cases().intake_retry_after(request.remote_address)));
      return problem;
    }
    if (!r) return core::fail(r.error());
    const auto& c = r->view.value;
    return json_response(201, json::object{{"id", c.id},
                                           {"number", core::case_number(c.id, c.created_at)},
                                           {"status", core::to_string(c.status)},
                                           {"due_at", c.due_at},
                                           {"key", r->key},
                                           {"status_url", "/desk/cases/" + std::to_string(c.id) +
                                                              "?key=" + r->key}});
  });
  router.add("GET", "/api/cases", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.cases().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    const auto at = now();
    json::array items;
    for (const auto& v : page->items) items.push_back(app::summary_json(v, at));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("GET", "/api/cases/summary", [&app](Request& request) -> HandlerResult {
    auto counts = app.cases().counts(context_of(request));
    if (!counts) return core::fail(counts.error());
    return json_response(200, app::to_json(*counts));
  });
  router.add("GET", "/api/cases/escalations", [&app](Request& request) -> HandlerResult {
    auto list = app.cases().escalations(context_of(request));
    if (!list) return core::fail(list.error());
    const auto at = now();
    return items_response(*list, [&at](const app::Escalation& e) {
      auto o = app::summary_json(e.view, at);
      o["level"] = e.overdue ? "overdue" : "at_risk";
      o[e.overdue ? "late_minutes" : "left_minutes"] = e.minutes;
      return o;
    });
  });
  router.add("GET", "/api/cases/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return staff_case(app.cases().get(context_of(request), *id));
  });
  router.add("POST", "/api/cases/{id}/transitions", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    const auto ctx = context_of(request);
    if (const auto key = key_of(request); !key.empty()) {
      return public_case(app.cases().requester_transition(ctx, *id, key, *body));
    }
    return staff_case(app.cases().transition(ctx, *id, *body));
  });
  router.add("POST", "/api/cases/{id}/notes", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto m = app.cases().note(context_of(request), *id, *body);
    if (!m) return core::fail(m.error());
    return json_response(201, app::to_json(*m));
  });
  router.add("GET", "/api/cases/{id}/public", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return public_case(app.cases().public_view(*id, key_of(request)));
  });
  router.add("POST", "/api/cases/{id}/replies", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    auto m = app.cases().reply(context_of(request), *id, key_of(request), *body);
    if (!m) return core::fail(m.error());
    return json_response(201, app::to_json(*m));
  });
  router.add("POST", "/api/cases/{id}/rating", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return public_case(app.cases().rate(context_of(request), *id, key_of(request), *body));
  });
  router.add("GET", "/api/cases/{id}/attachments/{aid}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto aid = path_id(request, "aid");
    if (!aid) return core::fail(aid.error());
    auto f = app.cases().attachment(context_of(request), *id, *aid, key_of(request));
    if (!f) return core::fail(f.error());
    auto bytes = app::decode_base64(f->content_base64);
    if (!bytes)
      return core::fail(core::Error::internal({"附件已损坏", "the stored file is damaged"}));
    auto r = file_response(std::move(*bytes), f->info.media_type, f->info.name);
    r.headers.set("X-Content-Type-Options", "nosniff");
    return r;
  });
}

}  // namespace icity::http
