// /api/sdg/tag: the SDGs a text serves, with the words that say so.
#include <boost/json.hpp>

#include "app/json/reader.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace json = boost::json;

void register_sdg(Router& router, app::App& app) {
  router.add("POST", "/api/sdg/tag", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    std::vector<core::FieldError> errors;
    std::string text;
    for (const auto& [key, value] : *body) {
      if (key != "text") {
        errors.push_back({std::string(key), {"不认识的字段", "unknown field"}});
      }
    }
    const auto it = body->find("text");
    if (it == body->end() || !it->value().is_string()) {
      errors.push_back({"text", {"需要一段文字", "a text is required"}});
    } else if (it->value().as_string().size() > 50000) {
      errors.push_back({"text", {"文字不能超过 50000 字节", "at most 50,000 bytes of text"}});
    } else {
      text = std::string(it->value().as_string());
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    json::array sdgs;
    for (const auto& s : app.sdg_tagger().tag(text)) {
      json::array targets, evidence;
      for (const auto& t : s.targets) targets.emplace_back(t);
      for (const auto& e : s.evidence) evidence.emplace_back(e);
      sdgs.push_back(json::object{{"goal", s.goal},
                                  {"score", s.score},
                                  {"targets", std::move(targets)},
                                  {"evidence", std::move(evidence)}});
    }
    return json_response(200, json::object{{"sdgs", std::move(sdgs)}});
  });
}

}  // namespace icity::http
