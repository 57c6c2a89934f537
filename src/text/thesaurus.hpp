// The bilingual thesaurus: concepts with an id, a Chinese and an English
// label and synonyms in both languages, linked to broader concepts. Text in
// either language maps to the concepts it mentions, which is how a Chinese
// query finds an English-only record. Built once (add, then only read);
// reading is thread-safe.
//
//   Thesaurus t;
//   t.add({"g.industry.nev", {"新能源汽车", "new energy vehicles"}, {"新能源车"},
//          {"electric vehicles", "NEV"}, {"sdg:7"}});
//   t.concepts_in("Electric vehicles for Barcelona")  // {"g.industry.nev"}
//   t.concepts_in("新能源汽車")                         // the same (traditional script)
#pragma once

#include <cstddef>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/localized_text.hpp"
#include "text/segment.hpp"

namespace icity::text {

struct Concept {
  std::string id;  // "g.industry.industrial_design", "sector:7491", "sdg:9"
  core::LocalizedText label;
  std::vector<std::string> zh_terms;  // synonyms; the labels count as terms too
  std::vector<std::string> en_terms;
  std::vector<std::string> broader;  // ids of broader concepts
  bool labels_are_terms = true;      // false: only the term lists are matched
};

struct Mention {
  const Concept* what = nullptr;  // the concept mentioned
  std::string term;               // the words matched, normalised
  std::size_t begin = 0;          // byte offsets into normalize(text)
  std::size_t end = 0;
};

class Thesaurus {
 public:
  Thesaurus();
  ~Thesaurus();
  Thesaurus(Thesaurus&&) noexcept;
  Thesaurus& operator=(Thesaurus&&) noexcept;

  // Adds a concept; a second one with the same id adds its terms and links.
  void add(Concept c);
  const Concept* find(std::string_view id) const;
  std::size_t size() const { return concepts_.size(); }
  const std::deque<Concept>& concepts() const { return concepts_; }
  // Chinese terms to keep whole when segmenting.
  const Lexicon& lexicon() const { return lexicon_; }

  // The concepts `text` mentions (any language, any script), in text order;
  // the longest term wins where terms overlap.
  std::vector<Mention> mentions(std::string_view text) const;
  // The same for text already normalize()d (offsets into it).
  std::vector<Mention> mentions_normalized(std::string_view normalized) const;
  // Their ids, each once, in order of first mention.
  std::vector<std::string> concepts_in(std::string_view text) const;
  // The same for text already through text::normalize.
  std::vector<std::string> concepts_in_normalized(std::string_view normalized) const;
  // `ids` followed by their broader concepts (transitively), each once.
  std::vector<std::string> with_broader(const std::vector<std::string>& ids) const;

 private:
  struct Hash {
    using is_transparent = void;
    std::size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  };
  using Index = std::unordered_map<std::string, std::vector<std::size_t>, Hash, std::equal_to<>>;
  void index_terms(std::size_t concept_index, const Concept& c);
  void scan_chinese(std::string_view text, std::vector<Mention>& out) const;
  void scan_english(std::string_view text, std::vector<Mention>& out) const;

  std::deque<Concept> concepts_;  // stable addresses for Mention::concept
  std::unordered_map<std::string, std::size_t, Hash, std::equal_to<>> by_id_;
  Index zh_;  // normalised Chinese term → concepts
  Index en_;  // English stems joined by ' ' → concepts
  std::unordered_map<char32_t, std::size_t>
      zh_longest_from_;  // first character → longest term (bytes)
  std::size_t en_longest_words_ = 0;
  Lexicon lexicon_;
};

// The English analysis both terms and texts go through: the stems of the
// Latin words and numbers of normalised text, stopwords left out, with the
// byte range of each.
struct Stem {
  std::string stem;
  std::size_t begin = 0;
  std::size_t end = 0;
};
std::vector<Stem> english_stems(std::string_view normalized);

}  // namespace icity::text
