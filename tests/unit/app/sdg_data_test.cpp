#include "app/sdg_data.hpp"

#include <gtest/gtest.h>

#include <set>

#include "app/thesaurus_data.hpp"

namespace icity::app {
namespace {

const text::SdgTagger& tagger() {
  static const ReferenceData reference;
  static const text::Thesaurus thesaurus = build_thesaurus(reference);
  static const text::SdgTagger t = build_sdg_tagger(reference, thesaurus);
  return t;
}

int top_goal(std::string_view text) {
  const auto s = tagger().tag(text);
  return s.empty() ? 0 : s.front().goal;
}

TEST(AuroraQueries, EveryGoalHasKeywordPhrasesPerTarget) {
  std::set<int> goals;
  std::size_t phrases = 0;
  for (const auto& f : sdg_query_files::files()) {
    for (const auto& kw : parse_aurora_queries(f.content)) {
      goals.insert(kw.goal);
      phrases += kw.phrases.size();
      if (!kw.target.empty()) {
        EXPECT_TRUE(kw.target.starts_with(std::to_string(kw.goal) + ".")) << kw.target;
      }
    }
  }
  EXPECT_EQ(goals.size(), 17u);
  EXPECT_GT(phrases, 1000u);
}

TEST(SdgTagger, ChineseAndEnglishTextFindTheirGoalsWithEvidence) {
  EXPECT_EQ(top_goal("红树林自然保护区,候鸟栖息地,保护滨海湿地生物多样性"), 15);
  EXPECT_EQ(
      top_goal(
          "We restore urban rivers and treat wastewater so residents walk along clean waterways."),
      6);
  EXPECT_EQ(top_goal("为农村青年女性开设职业技能培训课程"), 4);
  EXPECT_EQ(top_goal("A vocational training programme teaching digital skills to young people."),
            4);
  const auto s = tagger().tag("宝安区工业设计产业集聚,推动设计与制造深度融合");
  ASSERT_FALSE(s.empty());
  EXPECT_EQ(s.front().goal, 9);
  EXPECT_NE(std::find(s.front().evidence.begin(), s.front().evidence.end(), "工业设计"),
            s.front().evidence.end());
}

TEST(SdgTagger, ScoresAreSortedBoundedAndTargetsBelongToTheirGoal) {
  const auto s = tagger().tag(
      "Waste-to-energy plant with an ecological park: household waste is sorted, recycled and "
      "burned to make electricity, cutting landfill and greenhouse gas emissions.");
  ASSERT_GE(s.size(), 2u);
  for (std::size_t i = 0; i < s.size(); ++i) {
    EXPECT_GT(s[i].score, 0);
    EXPECT_LE(s[i].score, 1);
    if (i > 0) {
      EXPECT_GE(s[i - 1].score, s[i].score);
    }
    for (const auto& t : s[i].targets) EXPECT_EQ(std::atoi(t.c_str()), s[i].goal) << t;
    EXPECT_FALSE(s[i].evidence.empty());
  }
}

TEST(SdgTagger, UnrelatedTextGetsNothing) {
  EXPECT_TRUE(tagger().tag("The meeting is on Tuesday at ten in room 3.").empty());
  EXPECT_TRUE(tagger().tag("").empty());
}

}  // namespace
}  // namespace icity::app
