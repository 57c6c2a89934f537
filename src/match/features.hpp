// A profile as a sparse vector of features, the unit the index lists and the
// score sums over. A feature is a key with a weight; the key says its family:
//
//   c:<concept>   a thesaurus concept              c:g.industry.industrial_design
//   t:<term>      a free, normalised term          t:design
//   s1:<section>  GB/T 4754 section (门类)          s1:M
//   s2:<division> division (大类)                   s2:74
//   s3:<group>    group (中类)                      s3:749
//   s4:<class>    class (小类)                      s4:7491
//   g:<goal>      an SDG                           g:9
//   k:<country>   a country (alpha-2)              k:ES
//   o:<kind>      an organisation kind             o:university
//
// A sector code stands for its whole chain ("7491" → s1:M s2:74 s3:749 s4:7491),
// so two profiles in the same class share four features, in the same group
// three, and the taxonomy distance falls out of the sum (score.hpp).
//
// A profile is read two ways. As a *candidate* it offers what it is (its
// country, its kind); as a *seeker* it asks for what it wants (the countries
// and kinds it seeks). Concepts, terms, sectors and SDGs are read alike.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "match/profile.hpp"

namespace icity::match {

enum class Family : std::uint8_t { kConcept, kTerm, kSector, kSdg, kCountry, kKind };
inline constexpr std::size_t kFamilyCount = 6;

struct Feature {
  std::string key;
  Family family = Family::kConcept;
  int level = 0;        // 1..4 for a sector (section .. class), else 0
  double weight = 1.0;  // in (0, 1], before score.hpp's coefficients
};

// The keys of the table above. sector_key is empty for a code that is not a
// GB/T 4754-2017 code in the project's form (a section letter or 2-4 digits).
std::string concept_key(std::string_view concept_id);
std::string term_key(std::string_view term);
std::string sector_key(std::string_view code);
std::string sdg_key(int goal);
std::string country_key(std::string_view alpha2);
std::string kind_key(std::string_view kind);

// A key's family and the value after the prefix (the code a reason shows).
struct ParsedKey {
  Family family = Family::kConcept;
  int level = 0;
  std::string_view value;
};
std::optional<ParsedKey> parse_key(std::string_view key);

// The section letter of a two-digit division (GB/T 4754-2017: 01-05 are A,
// 13-43 are C, 73-75 are M, ...); nullopt outside 01-97.
std::optional<char> section_of_division(int division);
// A code and its broader levels, broadest first: "7491" → {"M", "74", "749",
// "7491"}; "C" → {"C"}; "M7491" is read as "7491". Empty when malformed.
std::vector<std::string> sector_chain(std::string_view code);

// Features sorted by key, each once (the larger weight wins). Concept and term
// weights come from the profile; every other feature weighs 1.
//
// As a candidate, a profile that lists more than kLengthPivot concepts (terms,
// sectors) has each weighed down by sqrt(kLengthPivot / count), so listing
// everything does not make it everyone's best match.
std::vector<Feature> candidate_features(const Profile& p);
// As a seeker, the sector levels weigh kSectorLevelShare (score.hpp).
std::vector<Feature> seeker_features(const Profile& p);

}  // namespace icity::match
