// Names of organisations compared across scripts and legal forms:
// 深圳市华创科技有限公司 and "Shenzhen Huachuang Technology Co., Ltd." are one
// company. A name becomes a key: the words the name dictionary knows in both
// languages (科技 = technology) as shared tokens, the legal form and place
// suffixes (有限公司, Co., Ltd., GmbH; 市, 区) dropped, and the rest as
// lower-case Latin letters (Chinese through pinyin), run together.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::text {

struct NameKey {
  std::string skeleton;              // "shenzhenhuachuang"
  std::set<std::string> words;       // {"technology"}
  std::vector<std::uint32_t> grams;  // the skeleton's trigrams, coded and sorted (key() fills it)
  bool empty() const { return skeleton.empty() && words.empty(); }
};

class NameMatcher {
 public:
  // `dictionary`: lines "canonical<TAB>zh forms|...<TAB>en forms|..."; '#' comments.
  explicit NameMatcher(std::string_view dictionary);

  NameKey key(std::string_view name) const;
  // 0..1: how alike two keys are (character trigrams of the skeletons, and the shared words).
  static double similarity(const NameKey& a, const NameKey& b);
  // The best similarity between any name of one and any name of the other.
  double similarity(const core::LocalizedText& a, const core::LocalizedText& b) const;

 private:
  std::map<std::string, std::string, std::less<>> zh_;  // 科技 → technology
  std::map<std::string, std::string, std::less<>> en_;  // "tech" → technology (multi-word allowed)
  std::size_t longest_zh_ = 0;
};

// Character trigrams of `s` (with boundary marks), for blocking.
std::set<std::string> trigrams(std::string_view s);
// The same trigrams as sorted 24-bit codes, for similarity.
std::vector<std::uint32_t> trigram_codes(std::string_view s);

}  // namespace icity::text
