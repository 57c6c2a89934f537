// What a text seems to be about — SDGs (the SDG tagger) and thesaurus concepts
// it mentions — offered to its author, never stored by itself. Opportunities
// and delegations answer with them while they have none of their own.
#pragma once

#include <boost/json/fwd.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/localized_text.hpp"
#include "text/sdg_tagger.hpp"
#include "text/thesaurus.hpp"

namespace icity::app {

struct TextSuggestions {
  std::vector<int> sdgs;                                              // best first
  std::vector<std::pair<std::string, core::LocalizedText>> concepts;  // id, label
};

// Suggests SDGs when `want_sdgs`, concepts when `want_concepts`.
TextSuggestions suggest(std::string_view text, const text::Thesaurus& thesaurus,
                        const text::SdgTagger& tagger, bool want_sdgs, bool want_concepts);

// {"sdgs": [...], "concepts": [{"id", "label"}]}
boost::json::object to_json(const TextSuggestions& s);

}  // namespace icity::app
