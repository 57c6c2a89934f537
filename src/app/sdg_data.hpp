// The SDG tagger of a node, built from the reference data (targets zh + en),
// the Aurora Universities Network's SDG queries (data/sdg-queries, CC BY 4.0,
// compiled in) and the thesaurus.
#pragma once

#include <string_view>
#include <vector>

#include "app/reference_data.hpp"
#include "core/embedded_file.hpp"
#include "text/sdg_tagger.hpp"

namespace icity::app {

namespace sdg_query_files {
const std::vector<core::EmbeddedFile>& files();
}

// The keyword phrases of one Aurora query file (query_SDGn.xml), per target.
std::vector<text::SdgKeywords> parse_aurora_queries(std::string_view xml);

text::SdgTagger build_sdg_tagger(const ReferenceData& reference, const text::Thesaurus& thesaurus);

}  // namespace icity::app
