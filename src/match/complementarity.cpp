#include "match/complementarity.hpp"

#include <array>
#include <utility>

namespace icity::match {
namespace {

using Pairs = std::array<std::pair<Side, Side>, 25>;

// (seeker, candidate) pairs that match; see the header for the reasons.
constexpr Pairs kPairs{{
    {Side::kBusinessOffer, Side::kBusinessRequest},
    {Side::kBusinessRequest, Side::kBusinessOffer},
    {Side::kTechnologyOffer, Side::kTechnologyRequest},
    {Side::kTechnologyRequest, Side::kTechnologyOffer},
    {Side::kInvestmentOffer, Side::kInvestmentRequest},
    {Side::kInvestmentRequest, Side::kInvestmentOffer},
    {Side::kResearchCooperation, Side::kResearchCooperation},
    // An organisation and what it could answer or take up, both ways.
    {Side::kOrganisation, Side::kBusinessOffer},
    {Side::kOrganisation, Side::kBusinessRequest},
    {Side::kOrganisation, Side::kTechnologyOffer},
    {Side::kOrganisation, Side::kTechnologyRequest},
    {Side::kOrganisation, Side::kInvestmentOffer},
    {Side::kOrganisation, Side::kInvestmentRequest},
    {Side::kOrganisation, Side::kResearchCooperation},
    {Side::kBusinessOffer, Side::kOrganisation},
    {Side::kBusinessRequest, Side::kOrganisation},
    {Side::kTechnologyOffer, Side::kOrganisation},
    {Side::kTechnologyRequest, Side::kOrganisation},
    {Side::kInvestmentOffer, Side::kOrganisation},
    {Side::kInvestmentRequest, Side::kOrganisation},
    {Side::kResearchCooperation, Side::kOrganisation},
    // A delegation's interest, one way: who it could visit.
    {Side::kDelegationInterest, Side::kOrganisation},
    {Side::kDelegationInterest, Side::kBusinessOffer},
    {Side::kDelegationInterest, Side::kTechnologyOffer},
    {Side::kDelegationInterest, Side::kInvestmentOffer},
}};

using Table = std::array<std::array<bool, kSideCount>, kSideCount>;

constexpr Table make_table() {
  Table t{};
  for (const auto& [seeker, candidate] : kPairs) {
    t.at(static_cast<std::size_t>(seeker)).at(static_cast<std::size_t>(candidate)) = true;
  }
  return t;
}
constexpr Table kTable = make_table();

}  // namespace

bool complements(Side seeker, Side candidate) {
  return kTable.at(static_cast<std::size_t>(seeker)).at(static_cast<std::size_t>(candidate));
}

std::vector<Side> complements_of(Side seeker) {
  std::vector<Side> out;
  for (std::size_t c = 0; c < kSideCount; ++c) {
    if (complements(seeker, static_cast<Side>(c))) out.push_back(static_cast<Side>(c));
  }
  return out;
}

}  // namespace icity::match
