#include "text/thesaurus.hpp"

#include <algorithm>
#include <set>

#include "text/normalize.hpp"
#include "text/stem.hpp"

namespace icity::text {
namespace {

// The code point starting at text[i] (UTF-8), and its length in bytes.
std::pair<char32_t, std::size_t> decode(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
  n = std::min(n, text.size() - i);
  char32_t cp = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
  for (std::size_t k = 1; k < n; ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3F);
  return {cp, n};
}

bool is_han(char32_t c) {
  return (c >= 0x3400 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
         (c >= 0x20000 && c <= 0x3134F);
}

std::string join(const std::vector<Stem>& stems, std::size_t from, std::size_t count) {
  std::string key;
  for (std::size_t k = from; k < from + count; ++k) {
    if (!key.empty()) key += ' ';
    key += stems[k].stem;
  }
  return key;
}

void push_unique(std::vector<std::string>& list, const std::string& value) {
  if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

}  // namespace

std::vector<Stem> english_stems(std::string_view normalized) {
  std::vector<Stem> out;
  for (auto& t : segment(normalized)) {
    if (t.script != Script::kLatin && t.script != Script::kNumber) continue;
    if (is_stopword(t.text)) continue;
    out.push_back({t.script == Script::kLatin ? stem_english(t.text) : t.text, t.begin, t.end});
  }
  return out;
}

Thesaurus::Thesaurus() = default;
Thesaurus::~Thesaurus() = default;
Thesaurus::Thesaurus(Thesaurus&&) noexcept = default;
Thesaurus& Thesaurus::operator=(Thesaurus&&) noexcept = default;

void Thesaurus::add(Concept c) {
  if (auto it = by_id_.find(c.id); it != by_id_.end()) {
    auto& existing = concepts_[it->second];
    for (auto& t : c.zh_terms) push_unique(existing.zh_terms, t);
    for (auto& t : c.en_terms) push_unique(existing.en_terms, t);
    for (auto& b : c.broader) push_unique(existing.broader, b);
    if (existing.label.zh.empty()) existing.label.zh = c.label.zh;
    if (existing.label.en.empty()) existing.label.en = c.label.en;
    index_terms(it->second, c);
    return;
  }
  const std::size_t index = concepts_.size();
  by_id_.emplace(c.id, index);
  concepts_.push_back(std::move(c));
  index_terms(index, concepts_.back());
}

void Thesaurus::index_terms(std::size_t index, const Concept& c) {
  auto add_to = [index](Index& idx, const std::string& key) {
    auto& list = idx[key];
    if (std::find(list.begin(), list.end(), index) == list.end()) list.push_back(index);
  };
  std::vector<std::string> zh = c.zh_terms;
  if (c.labels_are_terms && !c.label.zh.empty()) zh.push_back(c.label.zh);
  for (const auto& term : zh) {
    const auto n = normalize(term);
    if (n.empty() || !is_han(decode(n, 0).first) || code_points(n) < 2) continue;
    add_to(zh_, n);
    lexicon_.add(n);
    auto& longest = zh_longest_from_[decode(n, 0).first];
    longest = std::max(longest, n.size());
  }
  std::vector<std::string> en = c.en_terms;
  if (c.labels_are_terms && !c.label.en.empty()) en.push_back(c.label.en);
  for (const auto& term : en) {
    const auto stems = english_stems(normalize(term));
    if (stems.empty()) continue;
    add_to(en_, join(stems, 0, stems.size()));
    en_longest_words_ = std::max(en_longest_words_, stems.size());
  }
}

const Concept* Thesaurus::find(std::string_view id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? nullptr : &concepts_[it->second];
}

void Thesaurus::scan_chinese(std::string_view text, std::vector<Mention>& out) const {
  for (std::size_t i = 0; i < text.size();) {
    const auto [cp, len] = decode(text, i);
    auto longest = zh_longest_from_.find(cp);
    if (longest == zh_longest_from_.end()) {
      i += len;
      continue;
    }
    // Candidate ends at code point boundaries, tried longest first.
    std::vector<std::size_t> ends;
    for (std::size_t j = i; j < text.size() && j - i < longest->second;) {
      j += decode(text, j).second;
      if (j - i <= longest->second) ends.push_back(j);
    }
    bool matched = false;
    for (auto e = ends.rbegin(); e != ends.rend(); ++e) {
      const auto term = text.substr(i, *e - i);
      auto hit = zh_.find(term);
      if (hit == zh_.end()) continue;
      for (std::size_t index : hit->second) {
        out.push_back({&concepts_[index], std::string(term), i, *e});
      }
      i = *e;
      matched = true;
      break;
    }
    if (!matched) i += len;
  }
}

void Thesaurus::scan_english(std::string_view text, std::vector<Mention>& out) const {
  const auto stems = english_stems(text);
  for (std::size_t i = 0; i < stems.size();) {
    bool matched = false;
    for (std::size_t n = std::min(en_longest_words_, stems.size() - i); n > 0; --n) {
      auto hit = en_.find(join(stems, i, n));
      if (hit == en_.end()) continue;
      const auto begin = stems[i].begin;
      const auto end = stems[i + n - 1].end;
      for (std::size_t index : hit->second) {
        out.push_back(
            {&concepts_[index], std::string(text.substr(begin, end - begin)), begin, end});
      }
      i += n;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
}

std::vector<Mention> Thesaurus::mentions(std::string_view text) const {
  return mentions_normalized(normalize(text));
}

std::vector<Mention> Thesaurus::mentions_normalized(std::string_view normalized) const {
  std::vector<Mention> out;
  scan_chinese(normalized, out);
  scan_english(normalized, out);
  std::stable_sort(out.begin(), out.end(),
                   [](const Mention& a, const Mention& b) { return a.begin < b.begin; });
  return out;
}

std::vector<std::string> Thesaurus::concepts_in(std::string_view text) const {
  return concepts_in_normalized(normalize(text));
}

std::vector<std::string> Thesaurus::concepts_in_normalized(std::string_view normalized) const {
  std::vector<std::string> ids;
  for (const auto& m : mentions_normalized(normalized)) push_unique(ids, m.what->id);
  return ids;
}

std::vector<std::string> Thesaurus::with_broader(const std::vector<std::string>& ids) const {
  std::vector<std::string> out;
  std::set<std::string> seen;
  std::vector<std::string> work(ids.begin(), ids.end());
  for (std::size_t k = 0; k < work.size(); ++k) {
    if (!seen.insert(work[k]).second) continue;
    out.push_back(work[k]);
    if (const auto* c = find(work[k])) {
      for (const auto& b : c->broader) work.push_back(b);
    }
  }
  return out;
}

}  // namespace icity::text
