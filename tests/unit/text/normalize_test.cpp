#include "text/normalize.hpp"

#include <gtest/gtest.h>

#include "text/stem.hpp"

namespace icity::text {
namespace {

TEST(Normalize, TraditionalChineseBecomesSimplified) {
  EXPECT_EQ(normalize("新能源汽車"), "新能源汽车");
  EXPECT_EQ(normalize("觀瀾版畫村"), "观澜版画村");
  EXPECT_EQ(to_simplified("龍華區"), "龙华区");
}

TEST(Normalize, FullWidthAndCaseFold) {
  EXPECT_EQ(normalize("ＵＮＤＰ　２０２４"), "undp 2024");
  EXPECT_EQ(normalize("Straße"), normalize("STRASSE"));
  EXPECT_EQ(normalize("Shenzhen (Longhua)"), "shenzhen (longhua)");
}

TEST(Normalize, HanToLatin) {
  EXPECT_EQ(to_latin("深圳"), "shen zhen");
  EXPECT_EQ(to_latin("龙华 Longhua"), "long hua longhua");
}

TEST(Stem, EnglishWordsMeetTheirStems) {
  EXPECT_EQ(stem_english("vehicles"), stem_english("vehicle"));
  EXPECT_EQ(stem_english("designing"), stem_english("design"));
  EXPECT_EQ(stem_english("restoration"), stem_english("restorations"));
  EXPECT_TRUE(is_stopword("the"));
  EXPECT_FALSE(is_stopword("design"));
}

}  // namespace
}  // namespace icity::text
