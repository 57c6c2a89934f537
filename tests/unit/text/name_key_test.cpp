#include "text/name_key.hpp"

#include <gtest/gtest.h>

namespace icity::text {
namespace {

const NameMatcher& matcher() {
  static const NameMatcher m(
      "technology\t科技|技术\ttechnology|technologies|tech\n"
      "medical\t医疗\tmedical\n"
      "electronics\t电子\telectronics\n");
  return m;
}

TEST(NameKey, ChineseAndEnglishNamesOfOneCompanyMeet) {
  const auto zh = matcher().key("深圳市华创科技有限公司");
  const auto en = matcher().key("Shenzhen Huachuang Technology Co., Ltd.");
  EXPECT_EQ(zh.skeleton, "shenzhenhuachuang");
  EXPECT_EQ(en.skeleton, "shenzhenhuachuang");
  EXPECT_EQ(zh.words, std::set<std::string>{"technology"});
  EXPECT_DOUBLE_EQ(NameMatcher::similarity(zh, en), 1.0);
}

TEST(NameKey, LegalFormsAndCaseDoNotMatter) {
  EXPECT_DOUBLE_EQ(matcher().similarity({"", "Volt Motors GmbH"}, {"", "VOLT MOTORS"}), 1.0);
  EXPECT_DOUBLE_EQ(matcher().similarity({"迈瑞医疗股份有限公司", ""}, {"", "Mairui Medical Corp."}),
                   1.0);
}

TEST(NameKey, DifferentCompaniesStayApart) {
  EXPECT_LT(matcher().similarity({"深圳市华创科技有限公司", ""}, {"深圳市鹏程电子有限公司", ""}),
            0.5);
  EXPECT_LT(matcher().similarity({"", "Huachuang Technology"}, {"", "Haina Medical"}), 0.3);
}

TEST(NameKey, NamesThatDifferInADistinctivePartStayApart) {
  EXPECT_LT(matcher().similarity({"芬兰涉外商协会(龙华国际合作中心驻点)", ""},
                                 {"法国涉外商协会(龙华国际合作中心驻点)", ""}),
            0.6);
  EXPECT_LT(matcher().similarity({"", "Shenzhen Huachuang Technology"},
                                 {"", "Shenzhen Pengcheng Technology"}),
            0.6);
  // A longer or slightly misspelt name is still the same one.
  EXPECT_GT(
      matcher().similarity({"", "Guanlan Print Village"}, {"", "Guanlan Printmaking Village"}),
      0.6);
  EXPECT_GT(matcher().similarity({"", "Huachuang Technology"}, {"", "Huachaung Technology"}), 0.6);
}

TEST(NameKey, OneBrandInTwoTradesIsTwoCompanies) {
  // Same brand and city, different trade words: at most half alike.
  EXPECT_LE(matcher().similarity({"深圳市华创科技有限公司", ""}, {"深圳市华创医疗有限公司", ""}),
            0.5);
  EXPECT_LE(matcher().similarity({"", "Huachuang Technology"}, {"华创电子有限公司", ""}), 0.5);
  // A trade word on one side only says nothing against them.
  EXPECT_GE(matcher().similarity({"深圳市华创科技有限公司", ""}, {"", "Shenzhen Huachuang Co."}),
            0.7);
}

TEST(NameKey, TraditionalScriptAndFullWidthAreFolded) {
  EXPECT_DOUBLE_EQ(matcher().similarity({"華創科技有限公司", ""}, {"华创科技", ""}), 1.0);
  EXPECT_GT(matcher().similarity({"", "ＨＵＡＣＨＵＡＮＧ Tech"}, {"", "Huachuang Technologies"}),
            0.99);
}

TEST(NameKey, Trigrams) {
  EXPECT_EQ(trigrams("ab"), (std::set<std::string>{"^ab", "ab$"}));
  EXPECT_TRUE(trigrams("").empty());
}

}  // namespace
}  // namespace icity::text
