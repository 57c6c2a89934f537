// Which of the 17 SDGs a text serves, in Chinese or English, with the words
// that say so. A bilingual ontology built from:
//   - the goals' target texts (zh + en): the words each goal's targets use
//     more than other goals' do (tf·idf over goals), English stems and
//     stem pairs, Chinese words;
//   - the Aurora Universities Network's SDG queries (CC BY 4.0): their
//     keyword phrases, per target (English);
//   - the thesaurus: a concept linked to a goal (broader: sdg:N) is evidence
//     in both languages at once (工业设计 and "industrial design").
// A goal's score is 1 − e^(−evidence/3), so it grows with independent
// evidence and stays below 1. A text serves a few goals: those scoring at
// least `min_score` and 60% of the best goal's score, at most three. Immutable once built;
// thread-safe to use.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "core/localized_text.hpp"
#include "text/thesaurus.hpp"

namespace icity::text {

struct SdgTargetText {
  std::string id;  // "9.5"
  int goal = 0;
  core::LocalizedText text;
};

struct SdgKeywords {
  std::string target;  // "9.5", or "" for the goal as a whole
  int goal = 0;
  std::vector<std::string> phrases;  // English; a trailing '*' marks a prefix
};

struct SdgSuggestion {
  int goal = 0;
  double score = 0;                   // 0..1
  std::vector<std::string> targets;   // best-matching targets, e.g. "9.5"
  std::vector<std::string> evidence;  // the words of the text that count, strongest first
};

class SdgTagger {
 public:
  SdgTagger(const std::vector<SdgTargetText>& targets, const std::vector<SdgKeywords>& keywords,
            const Thesaurus& thesaurus);
  ~SdgTagger();
  SdgTagger(SdgTagger&&) noexcept;
  SdgTagger& operator=(SdgTagger&&) noexcept;

  // The goals the text serves, highest score first.
  std::vector<SdgSuggestion> tag(std::string_view text, double min_score = 0.3) const;

 private:
  struct Model;
  std::unique_ptr<Model> model_;
};

}  // namespace icity::text
