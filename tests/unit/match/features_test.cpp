// A profile as features: sector chains in the project's GB/T 4754 form, keys,
// the two readings (candidate, seeker), duplicates and length damping.
#include "match/features.hpp"

#include <gtest/gtest.h>

#include <cmath>

namespace icity::match {
namespace {

using Chain = std::vector<std::string>;

const Feature* find(const std::vector<Feature>& fs, std::string_view key) {
  for (const auto& f : fs) {
    if (f.key == key) return &f;
  }
  return nullptr;
}

TEST(SectorChain, AClassStandsForItsGroupDivisionAndSection) {
  EXPECT_EQ(sector_chain("7491"), (Chain{"M", "74", "749", "7491"}));
  EXPECT_EQ(sector_chain("3612"), (Chain{"C", "36", "361", "3612"}));
  EXPECT_EQ(sector_chain("749"), (Chain{"M", "74", "749"}));
  EXPECT_EQ(sector_chain("01"), (Chain{"A", "01"}));
  EXPECT_EQ(sector_chain("C"), (Chain{"C"}));
}

TEST(SectorChain, TakesALeadingSectionLetterThatAgrees) {
  EXPECT_EQ(sector_chain("M7491"), sector_chain("7491"));
  EXPECT_TRUE(sector_chain("C7491").empty());
}

TEST(SectorChain, RefusesWhatIsNotACode) {
  for (std::string_view bad : {"", "7", "98", "00", "74911", "U", "7a91", "sector"}) {
    EXPECT_TRUE(sector_chain(bad).empty()) << bad;
  }
}

TEST(SectorChain, SectionsFollowTheStandardsDivisionRanges) {
  EXPECT_EQ(section_of_division(1), 'A');
  EXPECT_EQ(section_of_division(5), 'A');
  EXPECT_EQ(section_of_division(6), 'B');
  EXPECT_EQ(section_of_division(43), 'C');
  EXPECT_EQ(section_of_division(44), 'D');
  EXPECT_EQ(section_of_division(73), 'M');
  EXPECT_EQ(section_of_division(75), 'M');
  EXPECT_EQ(section_of_division(97), 'T');
  EXPECT_FALSE(section_of_division(0).has_value());
  EXPECT_FALSE(section_of_division(98).has_value());
}

TEST(Features, KeysNameTheirFamily) {
  EXPECT_EQ(concept_key("g.industry.industrial_design"), "c:g.industry.industrial_design");
  EXPECT_EQ(sector_key("7491"), "s4:7491");
  EXPECT_EQ(sector_key("M"), "s1:M");
  EXPECT_EQ(sector_key("bogus"), "");
  EXPECT_EQ(sdg_key(9), "g:9");
  EXPECT_EQ(country_key("es"), "k:ES");
  EXPECT_EQ(kind_key("university"), "o:university");
  ASSERT_TRUE(parse_key("s3:749").has_value());
  const auto parsed = parse_key("s3:749").value_or(ParsedKey{});
  EXPECT_EQ(parsed.family, Family::kSector);
  EXPECT_EQ(parsed.level, 3);
  EXPECT_EQ(parsed.value, "749");
  EXPECT_FALSE(parse_key("x:1").has_value());
}

TEST(Features, ACandidateOffersWhatItIsASeekerAsksForWhatItWants) {
  Profile p;
  p.country = "CN";
  p.kind = "enterprise";
  p.countries_sought = {"ES", "PT"};
  p.kinds_sought = {"university"};
  p.sectors = {"7491"};
  p.sdgs = {9, 42};
  const auto candidate = candidate_features(p);
  const auto seeker = seeker_features(p);
  EXPECT_NE(find(candidate, "k:CN"), nullptr);
  EXPECT_NE(find(candidate, "o:enterprise"), nullptr);
  EXPECT_EQ(find(candidate, "k:ES"), nullptr);
  EXPECT_NE(find(seeker, "k:ES"), nullptr);
  EXPECT_NE(find(seeker, "k:PT"), nullptr);
  EXPECT_NE(find(seeker, "o:university"), nullptr);
  EXPECT_EQ(find(seeker, "k:CN"), nullptr);
  EXPECT_NE(find(candidate, "g:9"), nullptr);
  EXPECT_EQ(find(candidate, "g:42"), nullptr);  // not an SDG
  // Sector levels: in full as a candidate, by their share as a seeker.
  EXPECT_DOUBLE_EQ(find(candidate, "s1:M")->weight, 1.0);
  EXPECT_LT(find(seeker, "s1:M")->weight, find(seeker, "s4:7491")->weight);
}

TEST(Features, EachKeyOnceWithItsLargestWeight) {
  Profile p;
  p.concepts = {{"a", 0.25F}, {"a", 0.75F}, {"b", 0.0F}, {"c", 3.0F}};
  p.sectors = {"7491", "7492"};  // share M, 74, 749
  const auto fs = candidate_features(p);
  EXPECT_DOUBLE_EQ(find(fs, "c:a")->weight, 0.75);
  EXPECT_EQ(find(fs, "c:b"), nullptr);             // weight 0 drops it
  EXPECT_DOUBLE_EQ(find(fs, "c:c")->weight, 1.0);  // clamped
  EXPECT_EQ(fs.size(), 2U + 5U);                   // a, c; M, 74, 749, 7491, 7492
  EXPECT_TRUE(std::is_sorted(fs.begin(), fs.end(),
                             [](const Feature& x, const Feature& y) { return x.key < y.key; }));
}

TEST(Features, ACandidateListingEverythingWeighsEachLess) {
  Profile p;
  for (int i = 0; i < 80; ++i) p.concepts.push_back({"concept" + std::to_string(i), 1.0F});
  const auto as_candidate = candidate_features(p);
  const auto as_seeker = seeker_features(p);
  EXPECT_NEAR(as_candidate.front().weight, std::sqrt(20.0 / 80.0), 1e-12);
  EXPECT_DOUBLE_EQ(as_seeker.front().weight, 1.0);
}

}  // namespace
}  // namespace icity::match
