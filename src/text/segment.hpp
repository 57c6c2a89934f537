// Words of normalised text. ICU's word break finds English words and numbers
// and splits Chinese with its dictionary; it splits domain terms too (龙华 →
// 龙 华, 新能源汽车 → 新能源 汽车), so a lexicon of terms to keep whole glues
// adjacent Chinese words back together, longest term first.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace icity::text {

enum class Script { kHan, kLatin, kNumber, kOther };

struct Token {
  std::string text;
  Script script = Script::kOther;
  std::size_t begin = 0;  // byte offsets into the segmented text
  std::size_t end = 0;
};

// Chinese terms that must stay one word (normalised, at least two characters).
class Lexicon {
 public:
  void add(std::string_view term);
  bool contains(std::string_view term) const { return terms_.contains(std::string(term)); }
  std::size_t size() const { return terms_.size(); }
  std::size_t longest_bytes() const { return longest_; }

 private:
  std::unordered_set<std::string> terms_;
  std::size_t longest_ = 0;
};

// The words of `text` (already normalised), punctuation and spaces left out.
std::vector<Token> segment(std::string_view text, const Lexicon* keep_whole = nullptr);

// Unicode code points of UTF-8 text.
std::size_t code_points(std::string_view text);

}  // namespace icity::text
