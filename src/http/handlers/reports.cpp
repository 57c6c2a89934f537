// /api/dashboard and /api/audit: the figures and the trail.
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

boost::json::array counts(const std::vector<core::CountBy>& rows, const char* key) {
  boost::json::array a;
  for (const auto& r : rows) a.push_back(boost::json::object{{key, r.key}, {"count", r.count}});
  return a;
}

// {"interest": n, "requested": n, ...}: how many introductions reached each step.
boost::json::object reached(const std::vector<core::CountBy>& rows) {
  boost::json::object o;
  for (const auto& r : rows) o[r.key] = r.count;
  return o;
}

}  // namespace

void register_reports(Router& router, app::App& app) {
  router.add("GET", "/api/dashboard/summary", [&app](Request& request) -> HandlerResult {
    auto s = app.reports().summary(context_of(request));
    if (!s) return core::fail(s.error());
    return json_response(
        200, {{"organisations", s->organisations},
              {"people", s->people},
              {"interactions", s->interactions},
              {"countries", s->countries},
              {"visits_received", s->visits_received},
              {"organisations_by_kind", counts(s->organisations_by_kind, "kind")},
              {"organisations_by_country", counts(s->organisations_by_country, "country")},
              {"interactions_by_month", counts(s->interactions_by_month, "month")},
              {"introductions", reached(s->introductions_by_step)}});
  });
  router.add("GET", "/api/audit", [&app](Request& request) -> HandlerResult {
    Params p(request);
    core::AuditQuery q;
    q.entity = p.text("entity", 40);
    if (auto id = p.integer("entity_id", 1, INT64_MAX)) q.entity_id = *id;
    if (auto id = p.integer("user_id", 1, INT64_MAX)) q.user_id = *id;
    q.limit = p.limit(50, 200);
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto page = app.reports().audit(context_of(request), q);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& e : page->items) items.push_back(app::to_json(e));
    return Response::json(200, page_json(items, page->next_cursor));
  });
}

}  // namespace icity::http
