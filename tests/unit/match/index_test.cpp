// The match index as a caller sees it: complementary candidates only, never
// the query itself or its organisation, removal, replacement, compaction,
// filters, and readers beside a writer.
#include "match/index.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <atomic>
#include <thread>

namespace icity::match {
namespace {

Profile profile(std::int64_t id, Side side, std::vector<std::string> concepts,
                std::int64_t organisation = 0) {
  Profile p;
  p.id = id;
  p.organisation = organisation == 0 ? id : organisation;
  p.side = side;
  p.subject = side == Side::kOrganisation         ? Subject::kOrganisation
              : side == Side::kDelegationInterest ? Subject::kDelegation
                                                  : Subject::kOpportunity;
  for (auto& c : concepts) p.concepts.push_back({std::move(c), 1.0F});
  p.country = "CN";
  p.kind = "enterprise";
  return p;
}

std::vector<std::int64_t> ids(const std::vector<Match>& matches) {
  std::vector<std::int64_t> out;
  out.reserve(matches.size());
  for (const auto& m : matches) out.push_back(m.id);
  return out;
}

using Ids = std::vector<std::int64_t>;

TEST(MatchIndex, AnEmptyIndexFindsNothing) {
  const MatchIndex index;
  EXPECT_EQ(index.size(), 0U);
  EXPECT_TRUE(index.top(profile(1, Side::kBusinessOffer, {"a"}), 10).empty());
  EXPECT_TRUE(index.top_exhaustive(profile(1, Side::kBusinessOffer, {"a"}), 10).empty());
}

TEST(MatchIndex, AnEmptyQueryFindsNothing) {
  MatchIndex index;
  index.put(profile(1, Side::kBusinessRequest, {"a"}));
  Profile empty;
  empty.side = Side::kBusinessOffer;
  EXPECT_TRUE(index.top(empty, 10).empty());
  EXPECT_TRUE(index.top_exhaustive(empty, 10).empty());
  EXPECT_TRUE(index.top(profile(2, Side::kBusinessOffer, {"a"}), 0).empty());
}

TEST(MatchIndex, OnlyComplementarySidesNeverItselfNorItsOrganisation) {
  MatchIndex index;
  index.put(profile(1, Side::kTechnologyOffer, {"design"}));
  index.put(profile(2, Side::kBusinessOffer, {"design"}));        // not complementary
  index.put(profile(3, Side::kTechnologyOffer, {"design"}, 10));  // the seeker's organisation
  index.put(profile(4, Side::kOrganisation, {"design"}));
  const Profile seeker = profile(5, Side::kTechnologyRequest, {"design"}, 10);
  index.put(seeker);
  EXPECT_EQ(ids(index.top(seeker, 10)), (Ids{1, 4}));
  Filter mine;
  mine.exclude_same_organisation = false;
  EXPECT_EQ(ids(index.top(seeker, 10, mine)), (Ids{1, 3, 4}));
  Filter any_side;
  any_side.sides = std::vector<Side>{Side::kBusinessOffer, Side::kTechnologyRequest};
  EXPECT_EQ(ids(index.top(seeker, 10, any_side)), (Ids{2}));  // never itself
}

TEST(MatchIndex, WithRequireTopicWhereAndWhoOnlyAddToASharedTopic) {
  MatchIndex index;
  Profile where_only = profile(1, Side::kBusinessRequest, {"seafood"});
  where_only.country = "ES";
  where_only.kind = "university";
  Profile topical = profile(2, Side::kBusinessRequest, {"design"});
  Profile both = profile(3, Side::kBusinessRequest, {"design"});
  both.country = "ES";
  for (const auto& p : {where_only, topical, both}) index.put(p);
  Profile seeker = profile(10, Side::kBusinessOffer, {"design"});
  seeker.countries_sought = {"ES"};
  seeker.kinds_sought = {"university"};
  EXPECT_EQ(ids(index.top(seeker, 10)), (Ids{3, 1, 2}));
  Filter topic;
  topic.require_topic = true;
  const auto found = index.top(seeker, 10, topic);
  EXPECT_EQ(ids(found), (Ids{3, 2}));  // Spain still ranks the Spanish one first
  EXPECT_EQ(ids(index.top_exhaustive(seeker, 10, topic)), (Ids{3, 2}));
  seeker.concepts.clear();  // nothing of substance to share: nobody
  EXPECT_TRUE(index.top(seeker, 10, topic).empty());
  EXPECT_TRUE(index.top_exhaustive(seeker, 10, topic).empty());
}

TEST(MatchIndex, EqualScoresRankBySmallerId) {
  MatchIndex index;
  for (std::int64_t id : {9, 3, 7, 5}) index.put(profile(id, Side::kBusinessRequest, {"a"}));
  const auto top = index.top(profile(100, Side::kBusinessOffer, {"a"}), 3);
  EXPECT_EQ(ids(top), (Ids{3, 5, 7}));
  EXPECT_EQ(top[0].score, top[2].score);
}

TEST(MatchIndex, RemovedProfilesAreNotFound) {
  MatchIndex index;
  index.put(profile(1, Side::kBusinessRequest, {"a"}));
  index.put(profile(2, Side::kBusinessRequest, {"a"}));
  EXPECT_TRUE(index.remove(1));
  EXPECT_FALSE(index.remove(1));
  EXPECT_FALSE(index.remove(42));
  EXPECT_EQ(index.size(), 1U);
  const Profile seeker = profile(3, Side::kBusinessOffer, {"a"});
  EXPECT_EQ(ids(index.top(seeker, 10)), (Ids{2}));
  EXPECT_EQ(ids(index.top_exhaustive(seeker, 10)), (Ids{2}));
}

TEST(MatchIndex, PutWithAKnownIdReplacesTheProfile) {
  MatchIndex index;
  index.put(profile(1, Side::kBusinessRequest, {"old"}));
  index.put(profile(1, Side::kBusinessRequest, {"new"}));
  EXPECT_EQ(index.size(), 1U);
  EXPECT_TRUE(index.top(profile(2, Side::kBusinessOffer, {"old"}), 10).empty());
  EXPECT_EQ(ids(index.top(profile(2, Side::kBusinessOffer, {"new"}), 10)), (Ids{1}));
  // A replacement may change the side too.
  index.put(profile(1, Side::kBusinessOffer, {"new"}));
  EXPECT_TRUE(index.top(profile(2, Side::kBusinessOffer, {"new"}), 10).empty());
}

TEST(MatchIndex, CompactionAnswersAsAFreshIndexOfTheSurvivors) {
  MatchIndex churned;
  MatchIndex fresh;
  constexpr int kProfiles = 4000;
  for (int i = 1; i <= kProfiles; ++i) {
    auto p = profile(i, i % 2 == 0 ? Side::kBusinessRequest : Side::kOrganisation,
                     {"c" + std::to_string(i % 7), "c" + std::to_string(i % 13)});
    churned.put(p);
    if (i % 3 != 0) fresh.put(p);
  }
  // A third: it compacts by itself once a quarter is dead, then the rest wait.
  for (int i = 3; i <= kProfiles; i += 3) churned.remove(i);
  EXPECT_EQ(churned.size(), fresh.size());
  EXPECT_LT(churned.postings(), 4000U * 4U);  // 4 features a profile before removal
  churned.compact();
  EXPECT_EQ(churned.postings(), fresh.postings());
  const Profile seeker = profile(0, Side::kBusinessOffer, {"c1", "c5", "c12"});
  const auto a = churned.top(seeker, 20);
  const auto b = fresh.top(seeker, 20);
  ASSERT_EQ(ids(a), ids(b));
  for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].score, b[i].score);
  // And a profile put after compaction is found as any other.
  churned.put(profile(99999, Side::kBusinessRequest, {"c1", "c5", "c12"}));
  EXPECT_EQ(churned.top(seeker, 1).at(0).id, 99999);
}

// Slots are the index's own: it renumbers them side by side as it grows and
// when it compacts, and ties are broken by id, so the order profiles were put
// in changes no answer.
TEST(MatchIndex, TheOrderProfilesArePutInChangesNoAnswer) {
  constexpr int kProfiles = 6000;
  auto make = [](int i) {
    const Side sides[] = {Side::kBusinessRequest, Side::kOrganisation, Side::kTechnologyOffer};
    auto p = profile(i, sides[i % 3], {"c" + std::to_string(i % 7), "c" + std::to_string(i % 11)});
    p.concepts[0].weight = i % 2 == 0 ? 1.0F : 0.5F;
    p.sdgs = {1 + i % 17};
    return p;
  };
  MatchIndex forward;
  MatchIndex backward;
  MatchIndex churned;
  for (int i = 1; i <= kProfiles; ++i) {
    forward.put(make(i));
    backward.put(make(kProfiles + 1 - i));
    churned.put(make(i));
  }
  // Every other profile removed and put again: the same profiles, new slots.
  for (int i = 2; i <= kProfiles; i += 2) churned.remove(i);
  for (int i = 2; i <= kProfiles; i += 2) churned.put(make(i));
  for (int q = 0; q < 12; ++q) {
    Profile seeker = profile(-1, q % 2 == 0 ? Side::kBusinessOffer : Side::kOrganisation,
                             {"c" + std::to_string(q % 7), "c" + std::to_string(q % 11)});
    seeker.sdgs = {1 + q};
    const auto a = forward.top(seeker, 25);
    ASSERT_EQ(a.size(), 25U);
    for (const MatchIndex* other : {&backward, &churned}) {
      const auto b = other->top(seeker, 25);
      ASSERT_EQ(ids(a), ids(b)) << "seeker " << q;
      for (std::size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].score, b[i].score);
      EXPECT_EQ(ids(other->top_exhaustive(seeker, 25)), ids(a));
    }
  }
  churned.compact();
  EXPECT_EQ(churned.postings(), forward.postings());
  const Profile seeker = profile(-1, Side::kOrganisation, {"c3", "c5"});
  EXPECT_EQ(ids(churned.top(seeker, 40)), ids(forward.top(seeker, 40)));
}

TEST(MatchIndex, FiltersBySubjectCountrySizeAndTheCallersRule) {
  MatchIndex index;
  for (int i = 1; i <= 6; ++i) {
    Profile p = profile(i, i <= 3 ? Side::kOrganisation : Side::kTechnologyOffer, {"a"});
    p.country = i % 2 == 0 ? "ES" : "DE";
    if (i != 1) p.employees = i * 100;
    index.put(p);
  }
  const Profile seeker = profile(10, Side::kTechnologyRequest, {"a"});
  Filter organisations;
  organisations.subjects = {Subject::kOrganisation};
  EXPECT_EQ(ids(index.top(seeker, 10, organisations)), (Ids{1, 2, 3}));
  Filter spain;
  spain.countries = {"es"};
  EXPECT_EQ(ids(index.top(seeker, 10, spain)), (Ids{2, 4, 6}));
  Filter mid_size;
  mid_size.min_employees = 200;
  mid_size.max_employees = 400;
  EXPECT_EQ(ids(index.top(seeker, 10, mid_size)), (Ids{2, 3, 4}));
  Filter odd;
  odd.accept = [](std::int64_t id) { return id % 2 == 1; };
  EXPECT_EQ(ids(index.top(seeker, 10, odd)), (Ids{1, 3, 5}));
  EXPECT_EQ(ids(index.top_exhaustive(seeker, 10, odd)), (Ids{1, 3, 5}));
}

TEST(MatchIndex, CountsItsPostingsAndBytes) {
  MatchIndex index;
  Profile p = profile(1, Side::kOrganisation, {"a", "b"});
  p.sectors = {"7491"};
  index.put(p);  // 2 concepts, 4 sector levels, a country, a kind
  EXPECT_EQ(index.postings(), 8U);
  EXPECT_GE(index.memory_bytes(), 8U * 6U);
}

TEST(MatchIndex, ReadersRunBesideAWriter) {
  MatchIndex index;
  for (int i = 1; i <= 500; ++i) index.put(profile(i, Side::kBusinessRequest, {"a", "b"}));
  std::atomic<bool> stop = false;
  std::atomic<int> torn = 0;
  auto reader = [&] {
    const Profile seeker = profile(0, Side::kBusinessOffer, {"a"});
    while (!stop) {
      const auto top = index.top(seeker, 5);
      const bool ordered =
          std::is_sorted(top.begin(), top.end(), [](const Match& x, const Match& y) {
            return x.score != y.score ? x.score > y.score : x.id < y.id;
          });
      const bool known = std::all_of(top.begin(), top.end(), [](const Match& m) {
        return m.id >= 1 && m.id <= 500 && m.score > 0 && m.score <= 1;
      });
      if (top.size() != 5 || !ordered || !known) ++torn;
    }
  };
  std::thread r1(reader);
  std::thread r2(reader);
  for (int round = 0; round < 2000; ++round) {
    const int id = 1 + round % 500;
    index.remove(id);
    index.put(profile(id, Side::kBusinessRequest, {round % 2 == 0 ? "a" : "b"}));
  }
  stop = true;
  r1.join();
  r2.join();
  EXPECT_EQ(index.size(), 500U);
  EXPECT_EQ(torn.load(), 0);
}

}  // namespace
}  // namespace icity::match
