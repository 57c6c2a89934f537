// What every node knows before it reads its database: the reference
// taxonomies, the thesaurus, the SDG tagger and the name dictionary, built
// from the data compiled into the binary. Immutable, so one per process,
// built on first use and shared by every App (tests open many).
#pragma once

#include "app/reference_data.hpp"
#include "text/name_key.hpp"
#include "text/sdg_tagger.hpp"
#include "text/thesaurus.hpp"

namespace icity::app {

struct Knowledge {
  Knowledge();  // the tagger refers to the thesaurus beside it: built in place, never moved
  Knowledge(const Knowledge&) = delete;
  Knowledge& operator=(const Knowledge&) = delete;

  ReferenceData reference;
  text::Thesaurus thesaurus;
  text::SdgTagger sdg_tagger;
  text::NameMatcher names;
};

// Thread-safe; the first call builds it (about a quarter of a second).
const Knowledge& knowledge();

}  // namespace icity::app
