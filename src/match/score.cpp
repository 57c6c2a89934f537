#include "match/score.hpp"

#include <algorithm>
#include <cmath>

namespace icity::match {

double coefficient(Family family) {
  switch (family) {
    case Family::kConcept:
      return kConceptCoefficient;
    case Family::kTerm:
      return kTermCoefficient;
    case Family::kSector:
      return kSectorCoefficient;
    case Family::kSdg:
      return kSdgCoefficient;
    case Family::kCountry:
      return kCountryCoefficient;
    case Family::kKind:
      return kKindCoefficient;
  }
  return 0;
}

bool uses_rarity(Family family) { return family == Family::kConcept || family == Family::kTerm; }

bool single_valued(Family family) { return family == Family::kCountry || family == Family::kKind; }

double rarity(std::size_t df, std::size_t n) {
  const auto docs = static_cast<double>(n);
  return std::log1p(docs / static_cast<double>(df)) / std::log1p(docs);
}

Impact impact(double candidate_weight) {
  const double scaled = std::round(std::clamp(candidate_weight, 0.0, 1.0) * kFullImpact);
  return static_cast<Impact>(std::max(1.0, scaled));
}

std::uint64_t query_weight(const Feature& f, double rarity) {
  const double w = coefficient(f.family) * rarity * std::clamp(f.weight, 0.0, 1.0);
  return static_cast<std::uint64_t>(std::llround(w * kQueryUnit));
}

std::uint64_t ideal_score(std::span<const SeekerWeight> weights) {
  std::uint64_t sum = 0;
  std::uint64_t best_country = 0;
  std::uint64_t best_kind = 0;
  for (const auto& w : weights) {
    if (w.family == Family::kCountry) {
      best_country = std::max(best_country, w.weight);
    } else if (w.family == Family::kKind) {
      best_kind = std::max(best_kind, w.weight);
    } else {
      sum += w.weight;
    }
  }
  return (sum + best_country + best_kind) * kFullImpact;
}

double normalised(std::uint64_t raw, std::uint64_t ideal) {
  return ideal == 0 ? 0.0 : static_cast<double>(raw) / static_cast<double>(ideal);
}

PairScore score_pair(const Profile& seeker, const Profile& candidate, const RarityOf& rarity) {
  const auto q = seeker_features(seeker);
  const auto d = candidate_features(candidate);
  PairScore out;
  std::vector<SeekerWeight> weights;
  auto di = d.begin();
  for (const auto& f : q) {  // both sorted by key
    const auto w = query_weight(f, rarity && uses_rarity(f.family) ? rarity(f) : 1.0);
    weights.push_back({f.family, w});
    while (di != d.end() && di->key < f.key) ++di;
    if (di == d.end() || di->key != f.key || w == 0) continue;
    const std::uint64_t value = w * impact(di->weight);
    out.contributions.push_back({f.key, f.family, f.level, value});
    out.raw += value;
  }
  out.ideal = ideal_score(weights);
  out.score = normalised(out.raw, out.ideal);
  return out;
}

}  // namespace icity::match
