// What the search index holds about one record, whatever its kind: built by
// the app from an entity (only what its audience may read), indexed by
// SearchIndex. Plain data; no Xapian here.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::search {

// Who may find a record: everyone, anyone signed in, or staff.
enum class Audience { kPublic, kSignedIn, kStaff };

struct Document {
  std::string type;  // "organisation", "person", "interaction", ...
  std::int64_t id = 0;
  core::LocalizedText title;
  std::vector<std::string> texts;  // searchable text in any language; the first gives snippets
  Audience audience = Audience::kPublic;
  std::string kind;                  // the record's own kind or type ("sme", "visit_received")
  std::string country;               // ISO 3166-1 alpha-2
  std::vector<std::string> sectors;  // GB/T 4754 codes
  std::vector<int> sdgs;
};

struct Query {
  std::string q;  // any language; empty: everything that passes the filters
  std::string type, kind, country, sector;  // sector: a code or a code prefix
  std::optional<int> sdg;
  std::vector<Audience> audiences = {Audience::kPublic};  // what the caller may see
  bool partial = false;                                   // the last word is a prefix (type-ahead)
  int limit = 20;
  int offset = 0;
};

struct Hit {
  std::string type;
  std::int64_t id = 0;
  core::LocalizedText title;
  std::string snippet;  // HTML-escaped, matched words in <mark>
  double score = 0;
};

struct FacetCount {
  std::string value;
  std::int64_t count = 0;
};

struct Facets {
  std::vector<FacetCount> type, kind, country, sector, sdg;  // sector: by division (2 digits)
  bool exact = true;  // false when counted over the best matches only
};

struct Result {
  std::vector<Hit> hits;
  Facets facets;
  std::int64_t estimated_total = 0;
  bool more = false;
  std::vector<std::string> concepts;  // the thesaurus concepts the query meant
  bool relaxed = false;               // no record had every word: these have some of them
};

}  // namespace icity::search
