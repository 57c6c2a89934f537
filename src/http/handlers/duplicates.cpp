// Likely duplicates and merging: /api/organisations/{id}/duplicates,
// /api/duplicates, POST /api/organisations/{id}/merge (staff).
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace json = boost::json;
namespace {

json::object ref_json(const core::OrganisationRef& r) {
  return {{"id", r.id}, {"name", app::to_json(r.name)}};
}

json::array reasons_json(const std::vector<app::DuplicateReason>& reasons) {
  json::array out;
  for (const auto& r : reasons)
    out.push_back(json::object{{"kind", r.kind}, {"label", app::to_json(r.label)}});
  return out;
}

}  // namespace

void register_duplicates(Router& router, app::App& app) {
  router.add("GET", "/api/organisations/{id}/duplicates",
             [&app](Request& request) -> HandlerResult {
               auto id = path_id(request);
               if (!id) return core::fail(id.error());
               Params p(request);
               const int limit = p.limit(10, 50);
               if (auto r = p.finish(); !r) return core::fail(r.error());
               auto found = app.duplicates().candidates(context_of(request), *id, limit);
               if (!found) return core::fail(found.error());
               json::array items;
               for (const auto& c : *found) {
                 items.push_back(json::object{{"organisation", ref_json(c.organisation)},
                                              {"score", c.score},
                                              {"reasons", reasons_json(c.reasons)}});
               }
               return json_response(200, json::object{{"items", std::move(items)}});
             });
  router.add("GET", "/api/duplicates", [&app](Request& request) -> HandlerResult {
    Params p(request);
    const int limit = p.limit(50, 200);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto found = app.duplicates().pairs(context_of(request), limit);
    if (!found) return core::fail(found.error());
    json::array items;
    for (const auto& pair : *found) {
      items.push_back(json::object{{"a", ref_json(pair.a)},
                                   {"b", ref_json(pair.b)},
                                   {"score", pair.score},
                                   {"reasons", reasons_json(pair.reasons)}});
    }
    return json_response(200, json::object{{"items", std::move(items)}});
  });
  router.add("POST", "/api/organisations/{id}/merge", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    std::vector<core::FieldError> errors;
    for (const auto& [key, value] : *body) {
      if (key != "into") errors.push_back({std::string(key), {"不认识的字段", "unknown field"}});
    }
    const auto into = body->find("into");
    if (into == body->end() || !into->value().is_int64() || into->value().as_int64() <= 0) {
      errors.push_back(
          {"into", {"需要要保留的机构编号", "the id of the organisation to keep is required"}});
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    const auto ctx = context_of(request);
    auto kept = app.duplicates().merge(ctx, *id, into->value().as_int64());
    if (!kept) return core::fail(kept.error());
    auto view = app.organisations().get(ctx, *kept);
    if (!view) return core::fail(view.error());
    return json_response(200, app::to_json(*view));
  });
}

}  // namespace icity::http
