// The one scoring function of the engine. A seeker q and a candidate d are
// feature vectors (features.hpp); the score is the sum of what they share:
//
//   score(q, d) = Σ_{f in q ∩ d} Q(f) · D(f)  /  ideal(q)
//
//   Q(f) = coefficient(family of f) · rarity(f) · w_q(f)   the seeker's side
//   D(f) = w_d(f), in (0, 1]                               the candidate's side
//   rarity(f) = ln(1 + N / df(f)) / ln(1 + N)  for concepts and terms, in (0, 1]
//             = 1                              for sectors, SDGs, countries, kinds
//     (N: profiles in the index, df(f): those listing f; a rare shared concept
//      says more than one everybody has)
//   ideal(q) = Σ Q(f) over q's concepts, terms, sectors and SDGs
//            + max Q(f) over q's countries, + max Q(f) over q's kinds
//     (the score of a candidate holding every feature q asks for at full
//      weight; a candidate has one country and one kind)
//
// so a score is in [0, 1], and dividing by ideal(q), which is the same for
// every candidate, does not change the order. Because the score is a sum of
// per-feature contributions, a result's reasons are exactly those
// contributions (reasons.hpp), and an index can bound each feature's part from
// above, which is what lets MaxScore skip candidates (index.hpp).
//
// Sector levels: the seeker's s1..s4 weigh kSectorLevelShare, so a candidate in
// the same class gets the whole sector coefficient, the same group 0.6 of it,
// the same division 0.3, the same section 0.1: class > group > division >
// section > nothing, all else equal.
//
// Exactness: Q is rounded to multiples of 2^-24 and D to multiples of 1/65535,
// and the sum is taken in integers, so it is the same in any order: pruned and
// exhaustive retrieval give the same scores bit for bit, and equal scores are
// real ties (broken by id).
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string>
#include <vector>

#include "match/features.hpp"
#include "match/profile.hpp"

namespace icity::match {

// What a shared feature of each family is worth at full weight and rarity.
// A shared concept is the strongest sign of a match; a free term is noisier;
// the same sector class is worth about as much as one concept; SDGs are broad
// (a third of profiles share any one); where and who the seeker wants to work
// with matters, but less than what the two do.
inline constexpr double kConceptCoefficient = 1.0;
inline constexpr double kTermCoefficient = 0.5;
inline constexpr double kSectorCoefficient = 1.0;
inline constexpr double kSdgCoefficient = 0.25;
inline constexpr double kCountryCoefficient = 0.6;
inline constexpr double kKindCoefficient = 0.4;
// The seeker's weights of section, division, group and class (sum 1).
inline constexpr std::array<double, 4> kSectorLevelShare{0.1, 0.2, 0.3, 0.4};
// Candidate length damping (features.hpp): up to this many concepts, terms or
// sectors weigh in full.
inline constexpr std::size_t kLengthPivot = 20;

// Fixed point: D in units of 1/kFullImpact, Q in units of 1/kQueryUnit.
using Impact = std::uint16_t;
inline constexpr Impact kFullImpact = 65535;
inline constexpr double kQueryUnit = 16777216.0;  // 2^24

double coefficient(Family family);
bool uses_rarity(Family family);
// A candidate holds at most one feature of the family (country, kind).
bool single_valued(Family family);
// ln(1 + n / df) / ln(1 + n). REQUIRES: 1 <= df <= n.
double rarity(std::size_t df, std::size_t n);

// D(f) in fixed point; at least 1 for any weight > 0.
Impact impact(double candidate_weight);
// Q(f) in fixed point; 0 means the feature cannot contribute.
std::uint64_t query_weight(const Feature& f, double rarity);

// ideal(q) in the same fixed point as a raw score (Σ Q·D).
struct SeekerWeight {
  Family family = Family::kConcept;
  std::uint64_t weight = 0;
};
std::uint64_t ideal_score(std::span<const SeekerWeight> weights);
// raw / ideal, 0 when ideal is 0.
double normalised(std::uint64_t raw, std::uint64_t ideal);

// One feature's part of a raw score.
struct Contribution {
  std::string key;
  Family family = Family::kConcept;
  int level = 0;
  std::uint64_t value = 0;  // Q(f) · D(f)
};

// One seeker and one candidate, outside any index: the same integers an index
// computes, given the rarity each feature would have there (by default 1).
struct PairScore {
  double score = 0;
  std::uint64_t raw = 0;
  std::uint64_t ideal = 0;
  std::vector<Contribution> contributions;  // by key
};
using RarityOf = std::function<double(const Feature&)>;
PairScore score_pair(const Profile& seeker, const Profile& candidate, const RarityOf& rarity = {});

}  // namespace icity::match
