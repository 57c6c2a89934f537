#include "text/thesaurus.hpp"

#include <gtest/gtest.h>

namespace icity::text {
namespace {

Thesaurus sample() {
  Thesaurus t;
  t.add({"g.industry.new_energy_vehicles",
         {"新能源汽车", "new energy vehicles"},
         {"新能源车", "电动汽车"},
         {"electric vehicles", "NEV", "EV"},
         {"sdg:7"}});
  t.add({"g.industry.industrial_design",
         {"工业设计", "industrial design"},
         {},
         {"product design"},
         {}});
  t.add({"g.environment.smart_city", {"智慧城市", "smart city"}, {"智能城市"}, {}, {"sdg:11"}});
  t.add({"sdg:7", {"经济适用的清洁能源", "affordable and clean energy"}, {}, {}, {}});
  t.add({"sdg:11", {"可持续城市和社区", "sustainable cities and communities"}, {}, {}, {}});
  return t;
}

TEST(Thesaurus, ChineseAndEnglishTextMeetInOneConcept) {
  const auto t = sample();
  const std::vector<std::string> nev = {"g.industry.new_energy_vehicles"};
  EXPECT_EQ(t.concepts_in("坪山区就新能源汽车初步进行了洽谈"), nev);
  EXPECT_EQ(t.concepts_in("Pingshan talked about electric vehicles."), nev);
  EXPECT_EQ(t.concepts_in("A maker of EVs"), nev);
  EXPECT_EQ(t.concepts_in("新能源汽車"), nev) << "traditional script";
}

TEST(Thesaurus, MentionsInTextOrderWithTheirPlace) {
  const auto t = sample();
  const auto found = t.mentions("Industrial Design meets 智慧城市 and electric vehicle makers");
  ASSERT_EQ(found.size(), 3u);
  EXPECT_EQ(found[0].what->id, "g.industry.industrial_design");
  EXPECT_EQ(found[0].begin, 0u);
  EXPECT_EQ(found[0].term, "industrial design");
  EXPECT_EQ(found[1].what->id, "g.environment.smart_city");
  EXPECT_EQ(found[2].what->id, "g.industry.new_energy_vehicles");
}

TEST(Thesaurus, LongestTermWinsAndUnrelatedTextFindsNothing) {
  auto t = sample();
  t.add({"g.industry.vehicles", {"汽车", "vehicles"}, {}, {}, {}});
  EXPECT_EQ(t.concepts_in("新能源汽车"),
            std::vector<std::string>{"g.industry.new_energy_vehicles"});
  EXPECT_EQ(t.concepts_in("汽车"), std::vector<std::string>{"g.industry.vehicles"});
  EXPECT_TRUE(t.concepts_in("The weather in Munich was fine").empty());
}

TEST(Thesaurus, BroaderConceptsTransitivelyOnce) {
  auto t = sample();
  t.add({"sdg:7", {}, {}, {}, {"sdg:root"}});
  const auto ids = t.with_broader({"g.industry.new_energy_vehicles", "sdg:7"});
  EXPECT_EQ(ids, (std::vector<std::string>{"g.industry.new_energy_vehicles", "sdg:7", "sdg:root"}));
}

TEST(Thesaurus, SameIdMergesTermsAndFeedsTheLexicon) {
  auto t = sample();
  t.add({"g.environment.smart_city", {}, {"数字城市"}, {"digital city"}, {}});
  EXPECT_EQ(t.size(), 5u);
  EXPECT_EQ(t.concepts_in("digital city"), std::vector<std::string>{"g.environment.smart_city"});
  EXPECT_TRUE(t.lexicon().contains("数字城市"));
  EXPECT_TRUE(t.lexicon().contains("新能源汽车"));
}

}  // namespace
}  // namespace icity::text
