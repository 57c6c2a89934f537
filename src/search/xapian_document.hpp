// How a search::Document becomes a Xapian document: its terms (words of both
// languages, thesaurus concepts, filter terms), values (read by the facet
// counter) and stored data. Internal to src/search (it includes Xapian).
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>
#include <string_view>

#include "search/document.hpp"
#include "text/thesaurus.hpp"

namespace icity::search {

// Value slots, read by the facet counter.
enum Slot : Xapian::valueno { kType = 0, kKind, kCountry, kSectors, kSdgs, kSlots };

// The unique term of a record, and the term of an audience.
std::string id_term(const std::string& type, std::int64_t id);
std::string audience_term(Audience a);

// A Snowball stemmer keeps state while it works: this thread's own.
const Xapian::Stem& english_stemmer();

// At most `bytes` of UTF-8 text, cut at a character boundary.
std::string_view utf8_prefix(std::string_view s, std::size_t bytes);

Xapian::Document build_document(const Document& d, const text::Thesaurus& thesaurus);

}  // namespace icity::search
