#include "app/text_suggestions.hpp"

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {

TextSuggestions suggest(std::string_view text, const text::Thesaurus& thesaurus,
                        const text::SdgTagger& tagger, bool want_sdgs, bool want_concepts) {
  TextSuggestions s;
  if (want_sdgs) {
    for (const auto& g : tagger.tag(text)) s.sdgs.push_back(g.goal);
  }
  if (want_concepts) {
    for (const auto& id : thesaurus.concepts_in(text)) {
      if (const auto* c = thesaurus.find(id)) s.concepts.emplace_back(id, c->label);
    }
  }
  return s;
}

boost::json::object to_json(const TextSuggestions& s) {
  boost::json::array sdgs, concepts;
  for (int g : s.sdgs) sdgs.emplace_back(g);
  for (const auto& [id, label] : s.concepts) {
    concepts.push_back(boost::json::object{{"id", id}, {"label", to_json(label)}});
  }
  return {{"sdgs", std::move(sdgs)}, {"concepts", std::move(concepts)}};
}

}  // namespace icity::app
