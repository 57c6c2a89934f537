#include "text/segment.hpp"

#include <unicode/brkiter.h>
#include <unicode/uchar.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <memory>
#include <stdexcept>

namespace icity::text {
namespace {

icu::BreakIterator& word_breaker() {
  thread_local std::unique_ptr<icu::BreakIterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> b(
        icu::BreakIterator::createWordInstance(icu::Locale::getRoot(), status));
    if (U_FAILURE(status) || !b) throw std::runtime_error("ICU word break is unavailable");
    return b;
  }();
  return *instance;
}

Script script_of(std::string_view word, int32_t status) {
  if (status >= UBRK_WORD_IDEO && status < UBRK_WORD_IDEO_LIMIT) return Script::kHan;
  if (status >= UBRK_WORD_NUMBER && status < UBRK_WORD_NUMBER_LIMIT) return Script::kNumber;
  if (status >= UBRK_WORD_LETTER && status < UBRK_WORD_LETTER_LIMIT) {
    // Letters: Latin unless the first code point is a Han ideograph.
    UChar32 c = 0;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(word.data()), i, static_cast<int32_t>(word.size()), c);
    return u_hasBinaryProperty(c, UCHAR_IDEOGRAPHIC) ? Script::kHan : Script::kLatin;
  }
  return Script::kOther;
}

// Merges runs of adjacent Han tokens whose concatenation is a lexicon term.
std::vector<Token> glue(std::vector<Token> tokens, const Lexicon& lexicon) {
  std::vector<Token> out;
  out.reserve(tokens.size());
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t best = i;
    if (tokens[i].script == Script::kHan) {
      std::string joined = tokens[i].text;
      for (std::size_t j = i + 1; j < tokens.size() && tokens[j].script == Script::kHan &&
                                  tokens[j].begin == tokens[j - 1].end;
           ++j) {
        joined += tokens[j].text;
        if (joined.size() > lexicon.longest_bytes()) break;
        if (lexicon.contains(joined)) best = j;
      }
    }
    if (best == i) {
      out.push_back(std::move(tokens[i]));
      ++i;
      continue;
    }
    Token merged{tokens[i].text, Script::kHan, tokens[i].begin, tokens[best].end};
    for (std::size_t k = i + 1; k <= best; ++k) merged.text += tokens[k].text;
    out.push_back(std::move(merged));
    i = best + 1;
  }
  return out;
}

}  // namespace

void Lexicon::add(std::string_view term) {
  if (code_points(term) < 2) return;
  terms_.emplace(term);
  longest_ = std::max(longest_, term.size());
}

std::size_t code_points(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text) n += (c & 0xC0) != 0x80 ? 1 : 0;
  return n;
}

std::vector<Token> segment(std::string_view text, const Lexicon* keep_whole) {
  std::vector<Token> tokens;
  if (text.empty()) return tokens;
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return tokens;
  auto& breaker = word_breaker();
  breaker.setText(ut, status);
  if (U_SUCCESS(status)) {
    // With a UTF-8 UText the break positions are byte offsets.
    int32_t start = breaker.first();
    for (int32_t end = breaker.next(); end != icu::BreakIterator::DONE;
         start = end, end = breaker.next()) {
      const auto kind = breaker.getRuleStatus();
      if (kind == UBRK_WORD_NONE) continue;
      const auto b = static_cast<std::size_t>(start);
      const auto e = static_cast<std::size_t>(end);
      std::string_view word = text.substr(b, e - b);
      tokens.push_back({std::string(word), script_of(word, kind), b, e});
    }
  }
  utext_close(ut);
  if (keep_whole != nullptr && keep_whole->size() > 0) return glue(std::move(tokens), *keep_whole);
  return tokens;
}

}  // namespace icity::text
