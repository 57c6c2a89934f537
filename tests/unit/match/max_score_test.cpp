// MaxScore against the exhaustive scorer on random data: Zipf-like feature
// frequencies, removals and replacements, filters, k in {1, 3, 20}. Every
// query must give the same ids and the same scores, bit for bit.
#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "match/index.hpp"

namespace icity::match {
namespace {

// Draws ranks 0..n-1 with probability ∝ 1 / (rank + 1)^s.
class Zipf {
 public:
  Zipf(std::size_t n, double s) {
    std::vector<double> w(n);
    for (std::size_t i = 0; i < n; ++i) w[i] = 1.0 / std::pow(static_cast<double>(i + 1), s);
    dist_ = std::discrete_distribution<std::size_t>(w.begin(), w.end());
  }
  std::size_t operator()(std::mt19937_64& rng) { return dist_(rng); }

 private:
  std::discrete_distribution<std::size_t> dist_;
};

struct World {
  explicit World(std::uint64_t seed, std::size_t concepts)
      : rng(seed), concept_rank(concepts, 1.0) {}
  std::mt19937_64 rng;
  Zipf concept_rank;
  Zipf term{3000, 1.1};
  Zipf division{25, 0.8};
  Zipf country{20, 1.2};
  Zipf kind{7, 0.7};
  Zipf sdg{17, 0.5};
  bool coarse = false;  // weights 1 or 0.5 only: many exact ties

  int uniform(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); }
  float weight() {
    if (coarse) return uniform(0, 1) == 0 ? 0.5F : 1.0F;
    return std::uniform_real_distribution<float>(0.1F, 1.0F)(rng);
  }
  std::string sector() {
    static const char* const kDivisions[] = {"74", "36", "39", "65", "73", "13", "26", "44", "51",
                                             "52", "64", "72", "75", "83", "84", "01", "27", "35",
                                             "38", "47", "54", "61", "70", "90", "91"};
    std::string code = kDivisions[division(rng)];
    const int depth = uniform(0, 2);
    for (int i = 0; i < depth; ++i) code += static_cast<char>('1' + uniform(0, 3));
    return code;
  }
  std::string country_code() { return std::string{static_cast<char>('A' + country(rng)), 'X'}; }
  std::string kind_name() {
    static const char* const kKinds[] = {"enterprise", "sme",         "university", "government",
                                         "district",   "association", "institution"};
    return kKinds[kind(rng)];
  }

  Profile profile(std::int64_t id, std::int64_t organisations) {
    Profile p;
    p.id = id;
    p.organisation = uniform(0, 5) == 0 ? 0 : uniform(1, static_cast<int>(organisations));
    p.side = static_cast<Side>(uniform(0, static_cast<int>(kSideCount) - 1));
    p.subject = p.side == Side::kOrganisation         ? Subject::kOrganisation
                : p.side == Side::kDelegationInterest ? Subject::kDelegation
                                                      : Subject::kOpportunity;
    for (int i = uniform(0, 12); i > 0; --i) {
      p.concepts.push_back({"c" + std::to_string(concept_rank(rng)), weight()});
    }
    for (int i = uniform(0, 6); i > 0; --i) {
      p.terms.push_back({"t" + std::to_string(term(rng)), weight()});
    }
    for (int i = uniform(0, 2); i > 0; --i) p.sectors.push_back(sector());
    for (int i = uniform(0, 3); i > 0; --i) p.sdgs.push_back(1 + static_cast<int>(sdg(rng)));
    p.country = country_code();
    p.kind = kind_name();
    for (int i = uniform(0, 2); i > 0; --i) p.countries_sought.push_back(country_code());
    for (int i = uniform(0, 1); i > 0; --i) p.kinds_sought.push_back(kind_name());
    if (uniform(0, 3) != 0) p.employees = uniform(1, 5000);
    return p;
  }
};

std::vector<Filter> filters(World& w) {
  std::vector<Filter> out(7);
  out[1].countries = {w.country_code(), w.country_code()};
  out[2].subjects = {Subject::kOrganisation};
  out[3].accept = [](std::int64_t id) { return id % 3 != 0; };
  out[4].exclude_same_organisation = false;
  out[4].sides =
      std::vector<Side>{Side::kOrganisation, Side::kBusinessOffer, Side::kBusinessRequest};
  out[5].min_employees = 50;
  out[5].max_employees = 2000;
  out[6].require_topic = true;  // countries and kinds sought only add to a shared topic
  return out;
}

// Compares top() with top_exhaustive() for `queries` random seekers; adds the
// number of results compared to `compared`.
void expect_same(const MatchIndex& index, World& w, int queries, std::int64_t ids,
                 std::size_t& compared) {
  const auto all_filters = filters(w);
  for (int q = 0; q < queries; ++q) {
    // Half the seekers are indexed profiles (so "not itself" matters).
    Profile seeker =
        w.profile(w.uniform(0, 1) == 0 ? w.uniform(1, static_cast<int>(ids)) : -q - 1, ids / 4);
    for (std::size_t k : {1U, 3U, 20U}) {
      for (std::size_t f = 0; f < all_filters.size(); ++f) {
        const auto pruned = index.top(seeker, k, all_filters[f]);
        const auto exhaustive = index.top_exhaustive(seeker, k, all_filters[f]);
        ASSERT_EQ(pruned.size(), exhaustive.size())
            << "query " << q << " k " << k << " filter " << f;
        for (std::size_t i = 0; i < pruned.size(); ++i) {
          ASSERT_EQ(pruned[i].id, exhaustive[i].id) << "query " << q << " k " << k << " rank " << i;
          ASSERT_EQ(pruned[i].score, exhaustive[i].score) << "query " << q << " k " << k;
          ASSERT_EQ(pruned[i].reasons.size(), exhaustive[i].reasons.size());
        }
        compared += pruned.size();
      }
    }
  }
}

void run(std::uint64_t seed, std::size_t concepts, bool coarse, std::int64_t profiles,
         std::int64_t churn_per_mille = 200) {
  World w(seed, concepts);
  w.coarse = coarse;
  MatchIndex index;
  for (std::int64_t id = 1; id <= profiles; ++id) index.put(w.profile(id, profiles / 4));
  std::size_t compared = 0;
  expect_same(index, w, 25, profiles, compared);
  // Churn: removals and replacements leave tombstones (and, past a quarter
  // dead, a compaction); replacements go to the end, every side mixed, until
  // the index reorders its slots.
  for (std::int64_t i = 0; i < profiles * churn_per_mille / 1000; ++i) {
    const std::int64_t id = w.uniform(1, static_cast<int>(profiles));
    if (w.uniform(0, 1) == 0) {
      index.remove(id);
    } else {
      index.put(w.profile(id, profiles / 4));
    }
  }
  expect_same(index, w, 25, profiles, compared);
  index.compact();
  expect_same(index, w, 10, profiles, compared);
  EXPECT_GT(compared, 1000U) << "the data should give the queries something to find";
}

TEST(MaxScore, SameTopKAsExhaustiveOnZipfData) {
  for (std::uint64_t seed : {1U, 2U, 3U}) run(seed, 2000, /*coarse=*/false, 4000);
}

TEST(MaxScore, SameTopKAsExhaustiveWithManyTies) {
  for (std::uint64_t seed : {4U, 5U}) run(seed, 40, /*coarse=*/true, 3000);
}

// Enough profiles a side, and few enough concepts, for many lists to be dense
// (bitmaps, guessed impacts), and heavy churn: most profiles removed or
// replaced, so that queries meet dead slots, bitmaps older than the postings
// added since, and slots renumbered by compaction.
TEST(MaxScore, SameTopKAsExhaustiveWithDenseListsAndHeavyChurn) {
  run(6, 150, /*coarse=*/false, 20000, /*churn_per_mille=*/1500);
  run(7, 60, /*coarse=*/true, 12000, /*churn_per_mille=*/800);
}

}  // namespace
}  // namespace icity::match
