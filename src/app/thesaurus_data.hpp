// icity's thesaurus, assembled from the reference data and the curated
// glossary (data/thesaurus/glossary/*.tsv, compiled in):
//   sector:CODE  every GB/T 4754-2017 sector, its Chinese name (and the name
//                without a trailing 服务/制造/业), the ISIC English name;
//                broader: its group, division and section
//   sdg:N        the 17 goals by their short titles, "SDG 9", 可持续发展目标9
//   sdg:N.T      the 169 targets ("target 9.5", 具体目标9.5), broader: the goal
//   g.*          the glossary's concepts of the centre's work, with synonyms
#pragma once

#include <string>
#include <vector>

#include "app/reference_data.hpp"
#include "core/embedded_file.hpp"
#include "text/thesaurus.hpp"

namespace icity::app {

namespace thesaurus_files {
const std::vector<core::EmbeddedFile>& files();
}

text::Thesaurus build_thesaurus(const ReferenceData& reference);

// A glossary file's concepts (tab-separated: id, zh, en, zh_synonyms,
// en_synonyms, broader; lists separated by '|'; a header line first).
// Throws std::runtime_error naming the line of a malformed row.
std::vector<text::Concept> parse_glossary(std::string_view tsv, std::string_view name);

}  // namespace icity::app
