// /api/reference: the taxonomies forms pick from (public).
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"
#include "text/countries.hpp"

namespace icity::http {
namespace {

Response cached(Response r) {
  r.headers.set("Cache-Control", "public, max-age=3600");
  return r;
}

}  // namespace

void register_reference(Router& router, app::App& app) {
  router.add("GET", "/api/reference/sectors", [&app](Request& request) -> HandlerResult {
    Params p(request);
    const auto q = p.text("q", 100);
    const auto level = p.text("level", 20);
    if (!level.empty() && level != "section" && level != "division" && level != "group" &&
        level != "class") {
      p.error("level", "应为 section、division、group 或 class",
              "must be section, division, group or class");
    }
    const int limit = p.limit(50, 2000);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    boost::json::array items;
    for (const auto* s : app.reference().find_sectors(q, level, static_cast<std::size_t>(limit))) {
      boost::json::array isic;
      for (const auto& c : s->isic) isic.emplace_back(c);
      items.push_back(boost::json::object{{"code", s->code},
                                          {"level", s->level},
                                          {"name", app::to_json(s->name)},
                                          {"isic", std::move(isic)}});
    }
    return cached(json_response(200, {{"items", std::move(items)}}));
  });
  router.add("GET", "/api/reference/sdgs", [&app](Request&) -> HandlerResult {
    boost::json::array items;
    for (const auto& g : app.reference().sdgs()) {
      items.push_back(boost::json::object{{"goal", g.goal},
                                          {"title", app::to_json(g.title)},
                                          {"short", app::to_json(g.short_title)},
                                          {"color", g.color}});
    }
    return cached(json_response(200, {{"items", std::move(items)}}));
  });
  router.add("GET", "/api/reference/countries", [](Request&) -> HandlerResult {
    boost::json::array items;
    for (const auto& c : text::countries()) {
      items.push_back(boost::json::object{{"code", c.code}, {"name", app::to_json(c.name)}});
    }
    return cached(json_response(200, {{"items", std::move(items)}}));
  });
}

}  // namespace icity::http
