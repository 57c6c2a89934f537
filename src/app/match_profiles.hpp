// How the application's records become the matching engine's profiles
// (match/profile.hpp), and the bilingual labels of their features.
//
// - An organisation is what it says of itself: the concepts and words of its
//   name, tags and summary, and of the solutions it has published (what it has
//   shown it can do), its sectors, SDGs, country and kind.
// - An opportunity is its own text, sectors, SDGs and what it seeks, with its
//   owner's country and kind.
// - A delegation is only ever a seeker: the concepts and words of its
//   interests (either language, free words), the sectors its text names, its
//   SDGs; when it says nothing else, it seeks counterparts of its origin's
//   kind (a city government meets district and city governments, a fund meets
//   start-ups ...): counterparts().
//
// Text weighs by where it is: the name and tags 1, the summary and interests
// 0.8, solutions 0.6; a concept's broader concepts half of that. Places are
// not topics (where a partner is, is its country): the thesaurus' places are
// left out. Words that are not concepts are terms (English stems, Chinese
// words of two or more characters), at most kMaxTerms a profile, in text
// order, each labelled with the word as written.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "app/reference_data.hpp"
#include "core/entities.hpp"
#include "core/opportunity.hpp"
#include "match/profile.hpp"
#include "text/thesaurus.hpp"

namespace icity::app {

// What a profile id stands for: ids of different records share one index.
enum class MatchType : std::uint8_t { kOrganisation = 0, kOpportunity = 1, kDelegation = 2 };
std::int64_t profile_id(MatchType type, core::Id id);
std::pair<MatchType, core::Id> record_of(std::int64_t profile_id);
std::string_view to_string(MatchType type);

inline constexpr std::size_t kMaxTerms = 40;

// The kinds of organisation a delegation of `kind` meets when it names none.
std::vector<core::OrgKind> counterparts(core::OrgKind kind);

// A profile with the bilingual labels of its features (concepts, sectors at
// every level, SDGs, countries, kinds, terms) for the reasons of a match.
struct BuiltProfile {
  match::Profile profile;
  match::FeatureLabels labels;
};

class ProfileBuilder {
 public:
  ProfileBuilder(const text::Thesaurus& thesaurus, const ReferenceData& reference)
      : thesaurus_(thesaurus), reference_(reference) {}

  // `solutions`: the titles and summaries of the solutions it published.
  BuiltProfile organisation(const core::Organisation& org,
                            std::span<const std::string> solutions) const;
  BuiltProfile opportunity(const core::Opportunity& o, const core::Organisation& owner) const;
  // `origin`: the organisation that sends it, when known.
  BuiltProfile delegation(const core::Delegation& d, const core::Organisation* origin) const;

 private:
  // Whether sectors and SDGs the text names become the profile's (when the record has none).
  struct Derive {
    bool sectors = false;
    bool sdgs = false;
  };
  // The concepts (with their broader ones) and terms of `text`.
  void add_text(BuiltProfile& b, std::string_view text, float weight, Derive derive) const;
  // Labels of the concepts, sectors, SDGs, countries and kinds (terms have theirs).
  void label(BuiltProfile& b) const;
  const text::Thesaurus& thesaurus_;
  const ReferenceData& reference_;
};

}  // namespace icity::app
