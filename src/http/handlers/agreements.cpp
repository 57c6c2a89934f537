// /api/agreements: MoUs, cooperation agreements and letters of intent, with
// their status derived from today, and the renewal reminders' trigger.
#include <boost/json.hpp>
#include <limits>

#include "app/json/agreement_json.hpp"
#include "app/opportunity_service.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

constexpr auto kMaxId = std::numeric_limits<std::int64_t>::max();

core::Result<core::AgreementQuery> read_query(const Request& request) {
  Params p(request);
  core::AgreementQuery q;
  if (auto kind = p.text("kind", 32); !kind.empty()) {
    q.kind = core::parse_agreement_kind(kind);
    if (!q.kind) {
      p.error("kind", "应为 mou、cooperation_agreement 或 letter_of_intent",
              "must be mou, cooperation_agreement or letter_of_intent");
    }
  }
  if (auto status = p.text("status", 16); !status.empty()) {
    q.status = core::parse_agreement_status(status);
    if (!q.status) {
      p.error("status", "应为 active、expiring 或 expired", "must be active, expiring or expired");
    }
  }
  if (auto org = p.integer("organisation_id", 1, kMaxId)) q.organisation_id = *org;
  if (auto project = p.integer("project_id", 1, kMaxId)) q.project_id = *project;
  q.signed_from = p.date("signed_from");
  q.signed_to = p.date("signed_to");
  q.limit = p.limit();
  q.cursor = p.text("cursor", 2048);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

}  // namespace

void register_agreements(Router& router, app::App& app) {
  auto one = [&app](const core::Result<core::Agreement>& r,
                    unsigned status = 200) -> HandlerResult {
    if (!r) return core::fail(r.error());
    return json_response(status, app::to_json(*r, app.agreements().status_of(*r)));
  };
  router.add("GET", "/api/agreements", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto page = app.agreements().list(context_of(request), *query);
    if (!page) return core::fail(page.error());
    boost::json::array items;
    for (const auto& a : page->items) {
      items.push_back(app::to_json(a, app.agreements().status_of(a)));
    }
    return Response::json(200, page_json(items, page->next_cursor));
  });
  router.add("POST", "/api/agreements", [&app, one](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.agreements().create(context_of(request), *body), 201);
  });
  router.add("POST", "/api/agreements/reminders", [&app](Request& request) -> HandlerResult {
    std::string today = app::OpportunityService::today();
    if (!request.body.empty()) {
      auto body = json_body(request);
      if (!body) return core::fail(body.error());
      std::vector<core::FieldError> errors;
      app::JsonReader in(*body, errors);
      in.allow({"today"});
      in.string("today", today, 32);
      if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    }
    auto sent = app.agreements().send_renewal_reminders(context_of(request), today);
    if (!sent) return core::fail(sent.error());
    return json_response(200, boost::json::object{{"today", today}, {"sent", *sent}});
  });
  router.add("GET", "/api/agreements/{id}", [&app, one](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    return one(app.agreements().get(context_of(request), *id));
  });
  router.add("PATCH", "/api/agreements/{id}", [&app, one](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    return one(app.agreements().update(context_of(request), *id, *body));
  });
}

}  // namespace icity::http
