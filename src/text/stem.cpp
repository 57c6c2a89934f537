#include "text/stem.hpp"

#include <libstemmer.h>

#include <array>
#include <memory>
#include <stdexcept>

namespace icity::text {
namespace {

struct StemmerDeleter {
  void operator()(sb_stemmer* s) const { sb_stemmer_delete(s); }
};

// A Snowball stemmer keeps its work buffer inside: one per thread.
sb_stemmer* english() {
  thread_local std::unique_ptr<sb_stemmer, StemmerDeleter> instance = [] {
    std::unique_ptr<sb_stemmer, StemmerDeleter> s(sb_stemmer_new("english", "UTF_8"));
    if (!s) throw std::runtime_error("Snowball's English stemmer is unavailable");
    return s;
  }();
  return instance.get();
}

constexpr std::array<std::string_view, 40> kStopwords = {
    "a",    "an",   "and",   "are",  "as",  "at",  "be",   "by",    "for",  "from",
    "has",  "have", "in",    "into", "is",  "it",  "its",  "of",    "on",   "or",
    "that", "the",  "their", "this", "to",  "was", "were", "which", "with", "will",
    "we",   "our",  "not",   "but",  "all", "can", "also", "more",  "than", "such"};

}  // namespace

std::string stem_english(std::string_view word) {
  auto* s = english();
  const sb_symbol* out = sb_stemmer_stem(s, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
  if (out == nullptr) return std::string(word);
  return {reinterpret_cast<const char*>(out), static_cast<std::size_t>(sb_stemmer_length(s))};
}

bool is_stopword(std::string_view word) {
  for (auto w : kStopwords) {
    if (w == word) return true;
  }
  return false;
}

}  // namespace icity::text
