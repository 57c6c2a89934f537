// /api/{organisations,opportunities,delegations}/{id}/matches: suggested
// partners, best first, each with its reasons and their share of the score.
#include <boost/json.hpp>
#include <functional>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

std::string_view family_name(match::Family f) {
  switch (f) {
    case match::Family::kConcept:
      return "concept";
    case match::Family::kTerm:
      return "term";
    case match::Family::kSector:
      return "sector";
    case match::Family::kSdg:
      return "sdg";
    case match::Family::kCountry:
      return "country";
    case match::Family::kKind:
      return "kind";
  }
  return "concept";
}

boost::json::object to_json(const app::MatchResult& m) {
  boost::json::array reasons;
  for (const auto& r : m.reasons) {
    reasons.push_back(boost::json::object{{"kind", family_name(r.family)},
                                          {"feature", r.feature},
                                          {"label", app::to_json(r.text)},
                                          {"share", r.share}});
  }
  return {{"type", app::to_string(m.type)},
          {"id", m.id},
          {"score", m.score},
          {"name", app::to_json(m.name)},
          {"organisation",
           boost::json::object{{"id", m.owner.id}, {"name", app::to_json(m.owner.name)}}},
          {"kind", m.kind},
          {"country", m.country},
          {"reasons", std::move(reasons)}};
}

using Finder =
    std::function<core::Result<std::vector<app::MatchResult>>(const app::Context&, core::Id, int)>;

Handler matches_of(Finder find) {
  return [find = std::move(find)](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    Params p(request);
    const int limit = p.limit(10, 100);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto found = find(context_of(request), *id, limit);
    if (!found) return core::fail(found.error());
    boost::json::array items;
    for (const auto& m : *found) items.push_back(to_json(m));
    return json_response(200, boost::json::object{{"matches", std::move(items)}});
  };
}

}  // namespace

void register_matches(Router& router, app::App& app) {
  auto& m = app.matches();
  router.add("GET", "/api/organisations/{id}/matches",
             matches_of([&m](const auto& ctx, core::Id id, int limit) {
               return m.for_organisation(ctx, id, limit);
             }));
  router.add("GET", "/api/opportunities/{id}/matches",
             matches_of([&m](const auto& ctx, core::Id id, int limit) {
               return m.for_opportunity(ctx, id, limit);
             }));
  router.add("GET", "/api/delegations/{id}/matches",
             matches_of([&m](const auto& ctx, core::Id id, int limit) {
               return m.for_delegation(ctx, id, limit);
             }));
}

}  // namespace icity::http
