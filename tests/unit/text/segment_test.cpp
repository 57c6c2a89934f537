#include "text/segment.hpp"

#include <gtest/gtest.h>

#include "text/normalize.hpp"

namespace icity::text {
namespace {

std::vector<std::string> words(std::string_view text, const Lexicon* lexicon = nullptr) {
  std::vector<std::string> out;
  for (const auto& t : segment(text, lexicon)) out.push_back(t.text);
  return out;
}

TEST(Segment, EnglishWordsAndNumbersWithoutPunctuation) {
  const auto tokens = segment("industrial design, 2023!");
  ASSERT_EQ(tokens.size(), 3u);
  EXPECT_EQ(tokens[0].text, "industrial");
  EXPECT_EQ(tokens[0].script, Script::kLatin);
  EXPECT_EQ(tokens[2].text, "2023");
  EXPECT_EQ(tokens[2].script, Script::kNumber);
  EXPECT_EQ(tokens[1].begin, 11u);  // byte offsets into the text
  EXPECT_EQ(tokens[1].end, 17u);
}

TEST(Segment, ChineseIsSplitIntoWords) {
  const auto tokens = segment("深圳坚持创新");
  ASSERT_GE(tokens.size(), 2u);
  for (const auto& t : tokens) EXPECT_EQ(t.script, Script::kHan);
}

TEST(Segment, TheLexiconKeepsDomainTermsWhole) {
  Lexicon lexicon;
  for (const char* term : {"龙华", "新能源汽车", "工业设计", "智慧城市", "红树林"})
    lexicon.add(term);
  const std::string text = normalize("龍華的新能源汽車和工业设计与智慧城市,还有红树林");
  const auto with = words(text, &lexicon);
  for (const char* term : {"龙华", "新能源汽车", "工业设计", "智慧城市", "红树林"}) {
    EXPECT_NE(std::find(with.begin(), with.end(), term), with.end()) << term;
  }
  // Mixed text keeps both scripts.
  const auto mixed = words(normalize("HUA HUB在龙华"), &lexicon);
  EXPECT_NE(std::find(mixed.begin(), mixed.end(), "hub"), mixed.end());
  EXPECT_NE(std::find(mixed.begin(), mixed.end(), "龙华"), mixed.end());
}

TEST(Segment, CountsCodePoints) {
  EXPECT_EQ(code_points("龙华"), 2u);
  EXPECT_EQ(code_points("ab"), 2u);
}

}  // namespace
}  // namespace icity::text
