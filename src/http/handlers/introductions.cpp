// /api/introductions: from a match to a meeting (expressions of interest, the
// other side's answer, the meeting, the outcome), and an organisation's
// timeline of interactions and introduction steps.
#include <boost/json.hpp>
#include <limits>

#include "app/json/introduction_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

core::Result<core::IntroductionQuery> read_query(const Request& request) {
  Params p(request);
  core::IntroductionQuery q;
  if (auto box = p.text("box", 16); !box.empty()) {
    if (box == "inbox") {
      q.box = core::IntroductionBox::kInbox;
    } else if (box == "outbox") {
      q.box = core::IntroductionBox::kOutbox;
    } else if (box != "all") {
      p.error("box", "应为 inbox、outbox 或 all", "must be inbox, outbox or all");
    }
  }
  if (auto status = p.text("status", 32); !status.empty()) {
    q.status = core::parse_introduction_status(status);
    if (!q.status) {
      p.error("status", "应为 interest、requested、accepted、declined、met、concluded 或 withdrawn",
              "must be interest, requested, accepted, declined, met, concluded or withdrawn");
    }
  }
  if (auto org = p.integer("organisation_id", 1, std::numeric_limits<std::int64_t>::max())) {
    q.organisation_id = *org;
  }
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

HandlerResult one(const core::Result<core::IntroductionView>& r, unsigned status = 200) {
  if (!r) return core::fail(r.error());
  return json_response(status, app::to_json(*r));
}

}  // namespace

void register_introductions(Router& router, app::App& app) {
  router.add("GET", "/api/introductions", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.introductions().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& v : page->items) items.push_back(app::to_json(v));
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/introductions", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.introductions().create(context_of(request), *body), 201);
  });
  router.add("GET", "/api/introductions/{id}", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.introductions().get(context_of(request), *id));
  });
  router.add("POST", "/api/introductions/{id}/transitions",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               auto body = json_body(request);
               if (!body) return core::fail(body.error());
               return one(app.introductions().transition(context_of(request), *id, *body));
             });
  router.add("GET", "/api/organisations/{id}/timeline", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    Params p(request);
    core::TimelineQuery q;
    q.organisation_id = *id;
    q.limit = p.limit();
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto page = app.introductions().timeline(context_of(request), q);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& item : page->items) items.push_back(app::to_json(item));
    return Response::json(200, page_json(items, page->next_cursor));
  });
}

}  // namespace icity::http
