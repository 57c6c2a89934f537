#include "text/name_key.hpp"

#include <algorithm>
#include <array>
#include <vector>

#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace icity::text {
namespace {

// Legal forms and words that say nothing of who a company is.
constexpr std::array<std::string_view, 12> kZhLegal = {
    "股份有限公司", "有限责任公司", "有限公司", "集团有限公司", "集团",   "公司",
    "股份",         "有限",         "责任",     "株式会社",     "分公司", "总公司"};
constexpr std::array<std::string_view, 40> kEnLegal = {
    "co",  "ltd",  "limited",     "inc",     "incorporated", "llc",    "gmbh",   "ag",
    "sa",  "sl",   "srl",         "spa",     "bv",           "nv",     "pte",    "pty",
    "plc", "corp", "corporation", "company", "group",        "kk",     "oy",     "oyj",
    "ab",  "as",   "jsc",         "llp",     "lda",          "sas",    "sarl",   "the",
    "and", "of",   "joint",       "stock",   "private",      "public", "branch", "holdings"};
// Place suffixes: 深圳市 → 深圳, 龙华区 → 龙华.
constexpr std::array<std::string_view, 6> kPlaceSuffixes = {"市", "区", "省", "县", "镇", "州"};

template <std::size_t N>
bool among(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const auto end = std::min(s.find(sep, start), s.size());
    if (end > start) out.emplace_back(s.substr(start, end - start));
    start = end + 1;
  }
  return out;
}

std::string latin_letters(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (std::isalnum(static_cast<unsigned char>(c))) out += c;
  }
  return out;
}

// Dice coefficient of two sorted sets of trigram codes.
double dice(const std::vector<std::uint32_t>& a, const std::vector<std::uint32_t>& b) {
  if (a.empty() && b.empty()) return 0;
  std::size_t shared = 0;
  for (auto i = a.begin(), j = b.begin(); i != a.end() && j != b.end();) {
    if (*i < *j) {
      ++i;
    } else if (*j < *i) {
      ++j;
    } else {
      ++shared, ++i, ++j;
    }
  }
  return 2.0 * static_cast<double>(shared) / static_cast<double>(a.size() + b.size());
}

// What is left of each after their common beginning and end: both at least
// three letters and unlike each other.
bool differ_in_the_middle(std::string_view a, std::string_view b) {
  std::size_t head = 0;
  while (head < a.size() && head < b.size() && a[head] == b[head]) ++head;
  std::size_t tail = 0;
  while (tail < a.size() - head && tail < b.size() - head &&
         a[a.size() - 1 - tail] == b[b.size() - 1 - tail]) {
    ++tail;
  }
  const auto ma = a.substr(head, a.size() - head - tail);
  const auto mb = b.substr(head, b.size() - head - tail);
  return ma.size() >= 3 && mb.size() >= 3 && dice(trigram_codes(ma), trigram_codes(mb)) < 0.3;
}

}  // namespace

NameMatcher::NameMatcher(std::string_view dictionary) {
  for (const auto& line : split(dictionary, '\n')) {
    if (line.starts_with('#')) continue;
    const auto fields = split(line, '\t');
    if (fields.size() < 3) continue;
    for (const auto& zh : split(fields[1], '|')) {
      zh_[normalize(zh)] = fields[0];
      longest_zh_ = std::max(longest_zh_, normalize(zh).size());
    }
    for (const auto& en : split(fields[2], '|')) en_[normalize(en)] = fields[0];
  }
}

NameKey NameMatcher::key(std::string_view name) const {
  NameKey k;
  const auto n = normalize(name);
  std::vector<Token> tokens = segment(n);
  // Chinese: longest dictionary words first over the Han runs, legal forms out.
  std::string han_run;
  auto flush_han = [&]() {
    std::size_t i = 0;
    while (i < han_run.size()) {
      bool matched = false;
      for (std::size_t len = std::min(longest_zh_, han_run.size() - i); len > 0; --len) {
        const auto piece = std::string_view(han_run).substr(i, len);
        if (i + len < han_run.size() &&
            (static_cast<unsigned char>(han_run[i + len]) & 0xC0) == 0x80) {
          continue;  // would end inside a character
        }
        if (among(kZhLegal, piece)) {
          i += len;
          matched = true;
          break;
        }
        if (auto it = zh_.find(piece); it != zh_.end()) {
          k.words.insert(it->second);
          i += len;
          matched = true;
          break;
        }
      }
      if (matched) continue;
      // One character to pinyin; a place suffix at the end of a run is dropped.
      std::size_t len = 1;
      while (i + len < han_run.size() &&
             (static_cast<unsigned char>(han_run[i + len]) & 0xC0) == 0x80)
        ++len;
      const auto ch = std::string_view(han_run).substr(i, len);
      const bool suffix = among(kPlaceSuffixes, ch) && i > 0;
      if (!suffix) k.skeleton += latin_letters(to_latin(ch));
      i += len;
    }
    han_run.clear();
  };
  std::vector<std::string> latin;
  for (const auto& t : tokens) {
    if (t.script == Script::kHan) {
      if (!latin.empty()) latin.emplace_back("|");
      han_run += t.text;
      continue;
    }
    flush_han();
    latin.push_back(t.text);
  }
  flush_han();
  // Latin words: two-word dictionary entries, then single words; legal forms out.
  for (std::size_t i = 0; i < latin.size(); ++i) {
    if (latin[i] == "|") continue;
    if (i + 1 < latin.size()) {
      if (auto it = en_.find(latin[i] + " " + latin[i + 1]); it != en_.end()) {
        k.words.insert(it->second);
        ++i;
        continue;
      }
    }
    if (among(kEnLegal, latin[i])) continue;
    if (auto it = en_.find(latin[i]); it != en_.end()) {
      k.words.insert(it->second);
      continue;
    }
    k.skeleton += latin_letters(latin[i]);
  }
  k.grams = trigram_codes(k.skeleton);
  return k;
}

std::set<std::string> trigrams(std::string_view s) {
  std::set<std::string> out;
  if (s.empty()) return out;
  const std::string padded = "^" + std::string(s) + "$";
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) out.insert(padded.substr(i, 3));
  return out;
}

std::vector<std::uint32_t> trigram_codes(std::string_view s) {
  std::vector<std::uint32_t> out;
  if (s.empty()) return out;
  const std::string padded = "^" + std::string(s) + "$";
  out.reserve(padded.size());
  for (std::size_t i = 0; i + 3 <= padded.size(); ++i) {
    out.push_back(static_cast<std::uint32_t>(static_cast<unsigned char>(padded[i])) << 16 |
                  static_cast<std::uint32_t>(static_cast<unsigned char>(padded[i + 1])) << 8 |
                  static_cast<unsigned char>(padded[i + 2]));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double NameMatcher::similarity(const NameKey& a, const NameKey& b) {
  if (a.empty() || b.empty()) return 0;
  const bool skeletons = !a.skeleton.empty() && !b.skeleton.empty();
  double skeleton = 0;
  if (skeletons) {
    skeleton = a.skeleton == b.skeleton ? 1
               : a.grams.empty() || b.grams.empty()
                   ? dice(trigram_codes(a.skeleton), trigram_codes(b.skeleton))
                   : dice(a.grams, b.grams);
  }
  std::size_t both = 0;
  for (const auto& w : a.words) both += b.words.count(w);
  double score = skeleton;
  if (!a.words.empty() || !b.words.empty()) {
    const double words =
        static_cast<double>(both) / static_cast<double>(a.words.size() + b.words.size() - both);
    if (a.skeleton.empty() && b.skeleton.empty()) return words;
    score = 0.75 * skeleton + 0.25 * words;
  }
  if (score <= 0.5) return score;
  // At most half alike, whatever else they share: one brand in two trades
  // (华创科技 / 华创物流), and two names that differ in one distinctive part in
  // the middle (芬兰 / 法国 in otherwise equal association names, another
  // brand in "Shenzhen … Technology").
  if (!a.words.empty() && !b.words.empty() && both == 0) return 0.5;
  if (skeletons && skeleton < 1 && differ_in_the_middle(a.skeleton, b.skeleton)) return 0.5;
  return score;
}

double NameMatcher::similarity(const core::LocalizedText& a, const core::LocalizedText& b) const {
  double best = 0;
  for (const auto* x : {&a.zh, &a.en}) {
    if (x->empty()) continue;
    const auto kx = key(*x);
    for (const auto* y : {&b.zh, &b.en}) {
      if (!y->empty()) best = std::max(best, similarity(kx, key(*y)));
    }
  }
  return best;
}

}  // namespace icity::text
