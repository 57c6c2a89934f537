// /api/search: everything the caller may see, in either language.
#include <boost/json.hpp>

#include "app/search_documents.hpp"
#include "core/cursor.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace json = boost::json;
namespace {

core::Result<search::Query> read_query(const Request& request) {
  Params p(request);
  search::Query q;
  q.q = p.text("q", 500);
  q.type = p.text("type", 32);
  const auto& types = app::kSearchableTypes;
  if (!q.type.empty() && std::find(std::begin(types), std::end(types), q.type) == std::end(types)) {
    std::string list;
    for (auto t : types) list += (list.empty() ? "" : ", ") + std::string(t);
    p.error("type", "应为以下之一:" + list, "must be one of: " + list);
  }
  q.kind = p.text("kind", 32);
  q.country = p.text("country", 2);
  q.sector = p.text("sector", 8);
  if (auto sdg = p.integer("sdg", 1, 17)) q.sdg = static_cast<int>(*sdg);
  q.partial = p.flag("partial");
  q.limit = p.limit(20, 100);
  if (const auto cursor = p.text("cursor", 200); !cursor.empty()) {
    const auto c = core::decode_cursor(cursor);
    if (!c || c->key != "offset" || c->id < 0 || c->id > 10000) {
      p.error("cursor", "游标无效", "not a cursor of this search");
    } else {
      q.offset = static_cast<int>(c->id);
    }
  }
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

json::array facet(const std::vector<search::FacetCount>& counts) {
  json::array out;
  for (const auto& c : counts) out.push_back(json::object{{"value", c.value}, {"count", c.count}});
  return out;
}

}  // namespace

void register_search(Router& router, app::App& app) {
  router.add("GET", "/api/search", [&app](Request& request) -> HandlerResult {
    auto query = read_query(request);
    if (!query) return core::fail(query.error());
    auto result = app.search().search(context_of(request), *query);
    if (!result) return core::fail(result.error());
    json::array hits;
    for (const auto& h : result->hits) {
      hits.push_back(json::object{{"type", h.type},
                                  {"id", h.id},
                                  {"title", json::object{{"zh", h.title.zh}, {"en", h.title.en}}},
                                  {"snippet", h.snippet},
                                  {"score", h.score}});
    }
    json::array concepts;
    for (const auto& id : result->concepts) {
      const auto* c = app.thesaurus().find(id);
      concepts.push_back(json::object{
          {"id", id},
          {"label", json::object{{"zh", c ? c->label.zh : ""}, {"en", c ? c->label.en : ""}}}});
    }
    const auto& f = result->facets;
    json::object body{
        {"hits", std::move(hits)},
        {"facets", json::object{{"type", facet(f.type)},
                                {"kind", facet(f.kind)},
                                {"country", facet(f.country)},
                                {"sector", facet(f.sector)},
                                {"sdg", facet(f.sdg)},
                                {"exact", f.exact}}},
        {"concepts", std::move(concepts)},
        {"relaxed", result->relaxed},
        {"total", result->estimated_total},
        {"next_cursor",
         result->more ? json::value(core::encode_cursor({"offset", query->offset + query->limit}))
                      : json::value(nullptr)}};
    return json_response(200, body);
  });
}

}  // namespace icity::http
