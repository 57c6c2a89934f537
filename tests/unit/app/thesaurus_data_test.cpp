#include "app/thesaurus_data.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "text/normalize.hpp"

namespace icity::app {
namespace {

const text::Thesaurus& thesaurus() {
  static const ReferenceData reference;
  static const text::Thesaurus t = build_thesaurus(reference);
  return t;
}

bool has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST(ThesaurusData, CoversEverySectorGoalAndTargetAndAtLeast500GlossaryConcepts) {
  const auto& t = thesaurus();
  std::size_t sectors = 0, goals = 0, targets = 0, glossary = 0;
  for (const auto& c : t.concepts()) {
    if (c.id.starts_with("sector:")) ++sectors;
    if (c.id.starts_with("sdg:")) (c.id.find('.') == std::string::npos ? goals : targets) += 1;
    if (c.id.starts_with("g.")) ++glossary;
    EXPECT_FALSE(c.label.zh.empty() && c.label.en.empty()) << c.id;
  }
  EXPECT_GT(sectors, 1300u);
  EXPECT_EQ(goals, 17u);
  EXPECT_EQ(targets, 169u);
  EXPECT_GE(glossary, 500u);
}

TEST(ThesaurusData, EveryBroaderLinkLeadsToAConcept) {
  for (const auto& c : thesaurus().concepts()) {
    for (const auto& b : c.broader) EXPECT_NE(thesaurus().find(b), nullptr) << c.id << " -> " << b;
  }
}

TEST(ThesaurusData, TheCentresTermsMeetAcrossLanguages) {
  const auto& t = thesaurus();
  struct Pair {
    const char* zh;
    const char* en;
  };
  for (const auto& [zh, en] :
       {Pair{"工业设计", "industrial design"}, Pair{"新能源汽车", "electric vehicles"},
        Pair{"智慧城市", "smart city"}, Pair{"红树林保护", "mangrove conservation"},
        Pair{"河流生态修复", "river restoration"}, Pair{"跨境电商", "cross-border e-commerce"},
        Pair{"外国人工作许可", "work permit"}, Pair{"友好城市", "sister cities"},
        Pair{"孵化器", "incubator"}, Pair{"版画", "printmaking"},
        Pair{"医疗器械", "medical devices"}}) {
    const auto from_zh = t.with_broader(t.concepts_in(zh));
    const auto from_en = t.with_broader(t.concepts_in(en));
    bool shared = false;
    for (const auto& id : from_zh) shared = shared || (id.starts_with("g.") && has(from_en, id));
    EXPECT_TRUE(shared) << zh << " / " << en;
  }
}

TEST(ThesaurusData, SectorsAndGoalsAreFoundByTheirNames) {
  const auto& t = thesaurus();
  EXPECT_TRUE(has(t.concepts_in("工业设计服务"), "sector:7491"));
  EXPECT_TRUE(has(t.concepts_in("锂离子电池"), "sector:3841"));
  EXPECT_TRUE(has(t.concepts_in("SDG 9"), "sdg:9"));
  EXPECT_TRUE(has(t.concepts_in("可持续发展目标11"), "sdg:11"));
  EXPECT_TRUE(has(t.with_broader({"sector:7491"}), "sector:M"));
}

TEST(ThesaurusData, NoGlossaryTermNamesTwoGlossaryConcepts) {
  // Two concepts sharing a term would make every text that says it mean both.
  for (const auto& c : thesaurus().concepts()) {
    if (!c.id.starts_with("g.")) continue;
    std::vector<std::string> terms = c.zh_terms;
    terms.insert(terms.end(), c.en_terms.begin(), c.en_terms.end());
    terms.push_back(c.label.zh);
    terms.push_back(c.label.en);
    for (const auto& term : terms) {
      if (term.empty()) continue;
      const auto found = thesaurus().mentions(term);
      for (const auto& m : found) {
        if (!m.what->id.starts_with("g.") || m.what->id == c.id) continue;
        // Only a mention of the whole term is a clash (a longer term may contain a shorter one).
        if (m.begin == 0 && m.end == text::normalize(term).size()) {
          ADD_FAILURE() << "CLASH\t" << term << "\t" << c.id << "\t" << m.what->id;
        }
      }
    }
  }
}

TEST(ThesaurusData, MalformedGlossaryRowsAreNamed) {
  EXPECT_THROW(parse_glossary("id\tzh\ten\n\tx\n", "bad.tsv"), std::runtime_error);
  const auto ok =
      parse_glossary("id\tzh\ten\tzs\tes\tb\ng.x.y\t词\tword\t词语|字词\t\tsdg:4\n", "ok.tsv");
  ASSERT_EQ(ok.size(), 1u);
  EXPECT_EQ(ok[0].zh_terms, (std::vector<std::string>{"词语", "字词"}));
  EXPECT_TRUE(ok[0].en_terms.empty());
  EXPECT_EQ(ok[0].broader, std::vector<std::string>{"sdg:4"});
}

}  // namespace
}  // namespace icity::app
