// The table of which side may be proposed to which, read both ways.
#include "match/complementarity.hpp"

#include <gtest/gtest.h>

namespace icity::match {
namespace {

constexpr Side kOffersAndRequests[] = {
    Side::kBusinessOffer,     Side::kBusinessRequest, Side::kTechnologyOffer,
    Side::kTechnologyRequest, Side::kInvestmentOffer, Side::kInvestmentRequest,
};

TEST(Complementarity, OffersMeetTheirOwnRequestsBothWays) {
  const std::pair<Side, Side> pairs[] = {
      {Side::kBusinessOffer, Side::kBusinessRequest},
      {Side::kTechnologyOffer, Side::kTechnologyRequest},
      {Side::kInvestmentOffer, Side::kInvestmentRequest},
      {Side::kResearchCooperation, Side::kResearchCooperation},
  };
  for (const auto& [a, b] : pairs) {
    EXPECT_TRUE(complements(a, b)) << to_string(a) << " → " << to_string(b);
    EXPECT_TRUE(complements(b, a)) << to_string(b) << " → " << to_string(a);
  }
}

TEST(Complementarity, UnlikeOpportunitiesDoNotMeet) {
  EXPECT_FALSE(complements(Side::kBusinessOffer, Side::kBusinessOffer));
  EXPECT_FALSE(complements(Side::kBusinessOffer, Side::kTechnologyRequest));
  EXPECT_FALSE(complements(Side::kTechnologyRequest, Side::kBusinessOffer));
  EXPECT_FALSE(complements(Side::kInvestmentRequest, Side::kInvestmentRequest));
  EXPECT_FALSE(complements(Side::kResearchCooperation, Side::kTechnologyOffer));
}

TEST(Complementarity, AnOrganisationMeetsEveryOfferAndRequestBothWays) {
  for (Side s : kOffersAndRequests) {
    EXPECT_TRUE(complements(Side::kOrganisation, s)) << to_string(s);
    EXPECT_TRUE(complements(s, Side::kOrganisation)) << to_string(s);
  }
  EXPECT_TRUE(complements(Side::kOrganisation, Side::kResearchCooperation));
  EXPECT_TRUE(complements(Side::kResearchCooperation, Side::kOrganisation));
  EXPECT_FALSE(complements(Side::kOrganisation, Side::kOrganisation));
}

TEST(Complementarity, ADelegationSeeksOrganisationsAndOffersOneWay) {
  for (Side s : {Side::kOrganisation, Side::kBusinessOffer, Side::kTechnologyOffer,
                 Side::kInvestmentOffer}) {
    EXPECT_TRUE(complements(Side::kDelegationInterest, s)) << to_string(s);
    EXPECT_FALSE(complements(s, Side::kDelegationInterest)) << to_string(s);
  }
  for (Side s : {Side::kBusinessRequest, Side::kTechnologyRequest, Side::kInvestmentRequest,
                 Side::kResearchCooperation, Side::kDelegationInterest}) {
    EXPECT_FALSE(complements(Side::kDelegationInterest, s)) << to_string(s);
  }
}

TEST(Complementarity, SymmetricExceptForDelegations) {
  for (std::size_t a = 0; a < kSideCount; ++a) {
    for (std::size_t b = 0; b < kSideCount; ++b) {
      const auto sa = static_cast<Side>(a);
      const auto sb = static_cast<Side>(b);
      if (sa == Side::kDelegationInterest || sb == Side::kDelegationInterest) continue;
      EXPECT_EQ(complements(sa, sb), complements(sb, sa)) << to_string(sa) << " " << to_string(sb);
    }
  }
}

TEST(Complementarity, ComplementsOfListsTheTableRow) {
  for (std::size_t a = 0; a < kSideCount; ++a) {
    const auto seeker = static_cast<Side>(a);
    std::vector<Side> expected;
    for (std::size_t b = 0; b < kSideCount; ++b) {
      if (complements(seeker, static_cast<Side>(b))) expected.push_back(static_cast<Side>(b));
    }
    EXPECT_EQ(complements_of(seeker), expected);
  }
}

TEST(Complementarity, AnOpportunitysSideHasItsKindsWireName) {
  const auto kinds = core::opportunity_kind_names();
  for (std::size_t i = 0; i < kinds.size(); ++i) {
    const auto kind = static_cast<core::OpportunityKind>(i);
    EXPECT_EQ(to_string(side_of(kind)), core::to_string(kind));
  }
}

TEST(Complementarity, SideNamesRoundTrip) {
  const auto names = side_names();
  ASSERT_EQ(names.size(), kSideCount);
  for (std::size_t i = 0; i < kSideCount; ++i) {
    EXPECT_EQ(parse_side(names[i]), static_cast<Side>(i)) << names[i];
    EXPECT_EQ(to_string(static_cast<Side>(i)), names[i]);
  }
  EXPECT_FALSE(parse_side("offer").has_value());
  EXPECT_EQ(parse_subject("delegation"), Subject::kDelegation);
}

}  // namespace
}  // namespace icity::match
