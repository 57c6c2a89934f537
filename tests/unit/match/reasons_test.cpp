// Reasons: one per shared feature (a sector chain as one), shares summing to
// 1, worded once in both languages with the caller's labels.
#include "match/reasons.hpp"

#include <gtest/gtest.h>

#include <numeric>

#include "match/index.hpp"

namespace icity::match {
namespace {

Profile seeker() {
  Profile p;
  p.id = 1;
  p.organisation = 1;
  p.subject = Subject::kOpportunity;
  p.side = Side::kTechnologyRequest;
  p.concepts = {{"g.industry.industrial_design", 1.0F}, {"g.industry.nev", 1.0F}};
  p.terms = {{"prototyp", 1.0F}};
  p.sectors = {"7491"};
  p.sdgs = {9};
  p.countries_sought = {"ES"};
  p.kinds_sought = {"university"};
  return p;
}

Profile candidate() {
  Profile p;
  p.id = 2;
  p.organisation = 2;
  p.subject = Subject::kOpportunity;
  p.side = Side::kTechnologyOffer;
  p.concepts = {{"g.industry.industrial_design", 1.0F}};
  p.terms = {{"prototyp", 0.5F}};
  p.sectors = {"7492"};
  p.sdgs = {9, 12};
  p.country = "ES";
  p.kind = "university";
  return p;
}

const FeatureLabels kLabels{
    {concept_key("g.industry.industrial_design"), {"工业设计", "industrial design"}},
    {sector_key("749"),
     {"工业与专业设计及其他专业技术服务", "design and other professional services"}},
};

TEST(Reasons, OnePerSharedFeatureWithSharesSummingToOne) {
  MatchIndex index;
  index.put(candidate(), kLabels);
  const auto top = index.top(seeker(), 5);
  ASSERT_EQ(top.size(), 1U);
  const auto& reasons = top[0].reasons;
  std::vector<std::string> features;
  double total = 0;
  for (const auto& r : reasons) {
    features.push_back(r.feature);
    total += r.share;
    EXPECT_GT(r.share, 0.0);
  }
  EXPECT_NEAR(total, 1.0, 1e-12);
  std::sort(features.begin(), features.end());
  // s1:M, s2:74 and s3:749 are one reason, named after the deepest shared level.
  EXPECT_EQ(features, (std::vector<std::string>{"c:g.industry.industrial_design", "g:9", "k:ES",
                                                "o:university", "s3:749", "t:prototyp"}));
  EXPECT_TRUE(std::is_sorted(reasons.begin(), reasons.end(),
                             [](const Reason& a, const Reason& b) { return a.share > b.share; }));
}

TEST(Reasons, SharesAreTheContributionsOfTheScore) {
  const auto pair = score_pair(seeker(), candidate());
  const auto reasons = explain(pair.contributions, {});
  std::uint64_t sector = 0;
  for (const auto& c : pair.contributions) {
    if (c.family == Family::kSector) sector += c.value;
  }
  for (const auto& r : reasons) {
    if (r.family == Family::kSector) {
      EXPECT_DOUBLE_EQ(r.share, static_cast<double>(sector) / static_cast<double>(pair.raw));
    }
  }
}

TEST(Reasons, UseTheCallersLabelsInBothLanguages) {
  MatchIndex index;
  index.put(candidate(), kLabels);
  index.add_labels({{country_key("ES"), {"西班牙", "Spain"}}});
  const auto reasons = index.top(seeker(), 1).at(0).reasons;
  auto text_of = [&](std::string_view feature) {
    for (const auto& r : reasons) {
      if (r.feature == feature) return r.text;
    }
    return Label{};
  };
  EXPECT_EQ(text_of("c:g.industry.industrial_design"),
            (Label{"共同概念:工业设计", "shared concept: industrial design"}));
  EXPECT_EQ(text_of("s3:749"), (Label{"行业 749 工业与专业设计及其他专业技术服务",
                                      "sector 749 design and other professional services"}));
  EXPECT_EQ(text_of("k:ES"), (Label{"寻找西班牙的合作伙伴", "seeks partners in Spain"}));
}

TEST(Reasons, AFeatureWithoutALabelIsShownByItsCode) {
  EXPECT_EQ(describe(Family::kSdg, "9", nullptr), (Label{"可持续发展目标 9", "SDG 9"}));
  EXPECT_EQ(describe(Family::kCountry, "ES", nullptr),
            (Label{"寻找 ES 的合作伙伴", "seeks partners in ES"}));
  EXPECT_EQ(describe(Family::kSector, "7491", nullptr), (Label{"行业 7491", "sector 7491"}));
  EXPECT_EQ(describe(Family::kConcept, "g.x", nullptr),
            (Label{"共同概念:g.x", "shared concept: g.x"}));
  const Label english_only{"", "industrial design"};
  EXPECT_EQ(describe(Family::kConcept, "g.x", &english_only),
            (Label{"共同概念:industrial design", "shared concept: industrial design"}));
}

TEST(Reasons, NoneForNothingShared) { EXPECT_TRUE(explain({}, {}).empty()); }

}  // namespace
}  // namespace icity::match
