// The scoring function: the taxonomy order of sectors, scores in [0, 1], and
// the parts of a score adding up to it.
#include "match/score.hpp"

#include <gtest/gtest.h>

#include "match/index.hpp"

namespace icity::match {
namespace {

Profile in_sector(std::int64_t id, std::string code) {
  Profile p;
  p.id = id;
  p.organisation = id;
  p.subject = Subject::kOrganisation;
  p.side = Side::kOrganisation;
  p.sectors = {std::move(code)};
  return p;
}

Profile request_in(std::string code) {
  Profile p = in_sector(1000, std::move(code));
  p.subject = Subject::kOpportunity;
  p.side = Side::kTechnologyRequest;
  return p;
}

TEST(Score, SameClassAboveGroupAboveDivisionAboveSectionAboveNothing) {
  const Profile seeker = request_in("7491");  // industrial design services
  const double same_class = score_pair(seeker, in_sector(1, "7491")).score;
  const double same_group = score_pair(seeker, in_sector(2, "7492")).score;     // 749
  const double same_division = score_pair(seeker, in_sector(3, "7452")).score;  // 74
  const double same_section = score_pair(seeker, in_sector(4, "7310")).score;   // M
  const double unrelated = score_pair(seeker, in_sector(5, "3612")).score;      // C
  EXPECT_GT(same_class, same_group);
  EXPECT_GT(same_group, same_division);
  EXPECT_GT(same_division, same_section);
  EXPECT_GT(same_section, unrelated);
  EXPECT_EQ(unrelated, 0.0);
  EXPECT_DOUBLE_EQ(same_class, 1.0);
}

TEST(Score, TheIndexRanksSectorsInTaxonomyOrder) {
  MatchIndex index;
  index.put(in_sector(5, "3612"));
  index.put(in_sector(4, "7310"));
  index.put(in_sector(3, "7452"));
  index.put(in_sector(2, "7492"));
  index.put(in_sector(1, "7491"));
  const auto top = index.top(request_in("7491"), 10);
  ASSERT_EQ(top.size(), 4U);  // the unrelated one scores 0 and is not a match
  for (std::size_t i = 0; i < top.size(); ++i) EXPECT_EQ(top[i].id, static_cast<int>(i) + 1);
}

TEST(Score, AWiderCodeMatchesTheLevelsItHas) {
  const Profile seeker = request_in("7491");
  const auto division = score_pair(seeker, in_sector(1, "74"));
  const auto group = score_pair(seeker, in_sector(2, "749"));
  EXPECT_GT(group.score, division.score);
  EXPECT_EQ(division.contributions.size(), 2U);  // s1:M, s2:74
}

TEST(Score, InTheUnitIntervalAndTheSumOfItsParts) {
  Profile seeker = request_in("7491");
  seeker.concepts = {{"g.industry.industrial_design", 1.0F}, {"g.industry.nev", 0.5F}};
  seeker.terms = {{"design", 1.0F}};
  seeker.sdgs = {9, 11};
  seeker.countries_sought = {"ES", "PT"};
  seeker.kinds_sought = {"university", "institution"};
  Profile candidate = in_sector(1, "7492");
  candidate.concepts = {{"g.industry.industrial_design", 0.8F}};
  candidate.sdgs = {9};
  candidate.country = "ES";
  candidate.kind = "university";
  const auto s = score_pair(seeker, candidate);
  EXPECT_GT(s.score, 0.0);
  EXPECT_LT(s.score, 1.0);
  std::uint64_t sum = 0;
  for (const auto& c : s.contributions) sum += c.value;
  EXPECT_EQ(sum, s.raw);
  // One country and one kind out of two sought each count in full.
  bool country_counted = false;
  for (const auto& c : s.contributions) {
    if (c.key == "k:ES") {
      country_counted = true;
      EXPECT_EQ(c.value, query_weight({"k:ES", Family::kCountry, 0, 1.0}, 1.0) * kFullImpact);
    }
  }
  EXPECT_TRUE(country_counted);
}

TEST(Score, ACandidateWithEverythingAskedForScoresOne) {
  Profile seeker = request_in("3612");
  seeker.concepts = {{"g.industry.nev", 1.0F}};
  seeker.sdgs = {7};
  seeker.countries_sought = {"DE", "ES"};
  seeker.kinds_sought = {"enterprise"};
  Profile candidate = in_sector(1, "3612");
  candidate.concepts = {{"g.industry.nev", 1.0F}};
  candidate.sdgs = {7, 11};
  candidate.country = "DE";
  candidate.kind = "enterprise";
  EXPECT_DOUBLE_EQ(score_pair(seeker, candidate).score, 1.0);
}

TEST(Score, ARareSharedConceptCountsMoreThanACommonOne) {
  EXPECT_GT(rarity(1, 1000), rarity(10, 1000));
  EXPECT_GT(rarity(10, 1000), rarity(1000, 1000));
  EXPECT_DOUBLE_EQ(rarity(1, 1), 1.0);
  MatchIndex index;
  for (int i = 0; i < 50; ++i) {
    Profile p = in_sector(100 + i, "7310");
    p.concepts = {{"common", 1.0F}};
    index.put(p);
  }
  Profile common_holder = in_sector(1, "3612");
  common_holder.concepts = {{"common", 1.0F}};
  index.put(common_holder);
  Profile rare_holder = in_sector(2, "3612");
  rare_holder.concepts = {{"rare", 1.0F}};
  index.put(rare_holder);
  Profile seeker = request_in("3612");
  seeker.concepts = {{"common", 1.0F}, {"rare", 1.0F}};
  const auto top = index.top(seeker, 2);
  ASSERT_EQ(top.size(), 2U);
  EXPECT_EQ(top[0].id, 2);  // the rare concept and the sector
  EXPECT_EQ(top[1].id, 1);  // the common concept and the sector
  EXPECT_GT(top[0].score, top[1].score);
}

TEST(Score, FixedPointRoundsButNeverDropsAWeight) {
  EXPECT_EQ(impact(1.0), kFullImpact);
  EXPECT_EQ(impact(1e-9), 1);
  EXPECT_EQ(impact(7.0), kFullImpact);
  EXPECT_EQ(normalised(5, 0), 0.0);
}

}  // namespace
}  // namespace icity::match
