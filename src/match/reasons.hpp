// Why a candidate matched: its score's contributions (score.hpp), grouped and
// given the caller's bilingual labels. The shares of one result's reasons sum
// to 1, so "62% shared concepts" is literally 62% of the score.
//
//   shared concept: industrial design / 共同概念:工业设计      0.55
//   sector 7491 industrial design services / 行业 7491 工业设计服务  0.30
//   seeks partners in Spain / 寻找西班牙的合作伙伴                  0.15
//
// All wording lives in describe(); labels come from FeatureLabels, never from
// here (a feature without a label is shown by its code).
#pragma once

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "match/features.hpp"
#include "match/profile.hpp"
#include "match/score.hpp"

namespace icity::match {

struct Reason {
  Family family = Family::kConcept;
  std::string feature;  // the shared feature's key; for a sector, its deepest shared level
  Label text;           // describe(...) of it
  double share = 0;     // of the score, in (0, 1]
};

// One reason per shared concept, term, SDG, country and kind; the shared levels
// of one sector chain (s1:M, s2:74, s3:749, s4:7491) make one reason named
// after the deepest. Sorted by share (largest first), then by key.
std::vector<Reason> explain(std::span<const Contribution> contributions,
                            const FeatureLabels& labels);

// The text of a reason about `code` (a concept id, a term, a sector code, an
// SDG number, a country code, a kind) of `family`; `label` is the caller's
// label of it, or null.
Label describe(Family family, std::string_view code, const Label* label);

}  // namespace icity::match
