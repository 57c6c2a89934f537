#include "app/reference_data.hpp"

#include <gtest/gtest.h>

namespace icity::app {
namespace {

const ReferenceData& data() {
  static const ReferenceData kData;
  return kData;
}

TEST(ReferenceData, KnowsIndustrialDesignAndNewEnergyVehiclesInBothLanguages) {
  const auto* design = data().sector("7491");
  ASSERT_NE(design, nullptr);
  EXPECT_EQ(design->name.zh, "工业设计服务");
  EXPECT_NE(design->name.en.find("design"), std::string::npos);
  EXPECT_EQ(design->level, "class");
  const auto* nev = data().sector("3612");
  ASSERT_NE(nev, nullptr);
  EXPECT_EQ(nev->isic, std::vector<std::string>{"2910"});
}

TEST(ReferenceData, EveryLevelHasAnEnglishName) {
  for (const char* code : {"C", "39", "749"}) {
    const auto* s = data().sector(code);
    ASSERT_NE(s, nullptr) << code;
    EXPECT_FALSE(s->name.en.empty()) << code;
    EXPECT_FALSE(s->name.zh.empty()) << code;
  }
  EXPECT_EQ(data().sector("C")->name.en, "Manufacturing");
}

TEST(ReferenceData, NamesWrappedOntoTwoRowsOfTheSourceAreWhole) {
  EXPECT_EQ(data().sector("3531")->name.zh, "食品、酒、饮料及茶生产专用设备制造");
  EXPECT_EQ(data().sector("306")->name.zh, "玻璃纤维和玻璃纤维增强塑料制品制造");
  EXPECT_EQ(data().sector("3583")->name.zh, "医疗实验室及医用消毒设备和器具制造");
  EXPECT_EQ(data().sector("2455")->name.zh, "娃娃玩具制造");
}

TEST(ReferenceData, FindsSectorsByCodePrefixOrNameInEitherLanguage) {
  EXPECT_FALSE(data().find_sectors("工业设计", "", 10).empty());
  EXPECT_FALSE(data().find_sectors("motor vehicles", "class", 10).empty());
  for (const auto* s : data().find_sectors("74", "", 100)) EXPECT_TRUE(s->code.starts_with("74"));
}

TEST(ReferenceData, SeventeenGoalsWithTheirColours) {
  ASSERT_EQ(data().sdgs().size(), 17u);
  EXPECT_EQ(data().sdgs()[8].goal, 9);
  EXPECT_NE(data().sdgs()[8].short_title.zh.find("基础设施"), std::string::npos);
  EXPECT_EQ(data().sdgs()[8].short_title.en, "Industry, innovation and infrastructure");
  EXPECT_EQ(data().sdgs()[8].color, "#FD6925");
}

TEST(ReferenceData, CountriesComeFromIcu) {
  EXPECT_TRUE(data().has_country("CN"));
  EXPECT_TRUE(data().has_country("KZ"));
  EXPECT_FALSE(data().has_country("XX"));
  EXPECT_FALSE(data().has_country("cn"));
}

}  // namespace
}  // namespace icity::app
