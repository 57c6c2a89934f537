// PostingList's bitmap (top_k.hpp): built by compaction for a dense list only,
// it answers impact_of for every slot as the postings do, also for postings
// added after it and after postings are dropped.
#include "match/top_k.hpp"

#include <gtest/gtest.h>

#include <map>
#include <random>

namespace icity::match {
namespace {

// Every slot in [0, to) answers what `expected` says (0: not held).
void expect_impacts(const PostingList& list, const std::map<std::uint32_t, Impact>& expected,
                    std::uint32_t to) {
  for (std::uint32_t slot = 0; slot < to; ++slot) {
    const auto it = expected.find(slot);
    ASSERT_EQ(list.impact_of(slot), it == expected.end() ? 0 : it->second) << "slot " << slot;
  }
}

PostingList random_list(std::mt19937_64& rng, std::uint32_t from, std::uint32_t to, int per_16,
                        bool uniform, std::map<std::uint32_t, Impact>& expected) {
  PostingList list;
  for (std::uint32_t slot = from; slot < to; ++slot) {
    if (static_cast<int>(rng() % 16) >= per_16) continue;
    const Impact d = uniform ? kFullImpact : static_cast<Impact>(1 + rng() % kFullImpact);
    list.add(slot, d);
    expected[slot] = d;
  }
  return list;
}

TEST(PostingList, ADenseListGetsABitmapThatAnswersAsItsPostings) {
  std::mt19937_64 rng(1);
  for (bool uniform : {true, false}) {
    std::map<std::uint32_t, Impact> expected;
    PostingList list = random_list(rng, 100, 5000, 5, uniform, expected);
    EXPECT_EQ(list.bitmap, nullptr) << "built by compaction only";
    expect_impacts(list, expected, 5100);
    list.compact([](std::uint32_t slot) { return slot; });
    ASSERT_NE(list.bitmap, nullptr);
    EXPECT_EQ(list.bitmap->base, list.slots.front());
    EXPECT_EQ(list.bitmap->ranks.empty(), uniform);
    expect_impacts(list, expected, 5100);
    // Postings added later, past the bitmap, are found in the list.
    for (std::uint32_t slot = 6000; slot < 7000; slot += 3) {
      const Impact d = uniform ? kFullImpact : static_cast<Impact>(1 + slot % 1000);
      list.add(slot, d);
      expected[slot] = d;
    }
    expect_impacts(list, expected, 7100);
  }
}

TEST(PostingList, TheBitmapExtendsOverLaterPostingsAndAnImpactThatDiffers) {
  std::mt19937_64 rng(4);
  std::map<std::uint32_t, Impact> expected;
  PostingList list = random_list(rng, 0, 3000, 6, /*uniform=*/true, expected);
  list.compact([](std::uint32_t slot) { return slot; });
  ASSERT_NE(list.bitmap, nullptr);
  EXPECT_TRUE(list.bitmap->ranks.empty());
  // Uniform no more after compaction: the bitmap now needs counts.
  list.add(3100, 1000);
  expected[3100] = 1000;
  EXPECT_FALSE(list.bitmap->ranks.empty());
  expect_impacts(list, expected, 3200);
  for (std::uint32_t slot = 3200; slot < 4400; slot += 2) {
    list.add(slot, static_cast<Impact>(1 + slot % 77));
    expected[slot] = static_cast<Impact>(1 + slot % 77);
  }
  list.extend_bitmap();
  EXPECT_EQ(list.bitmap->covered, list.slots.size());
  EXPECT_EQ(list.bitmap->end, 4399U);
  expect_impacts(list, expected, 4500);
  // Not over a gap that would make it half as large again.
  list.add(9500, 5);
  expected[9500] = 5;
  list.extend_bitmap();
  EXPECT_EQ(list.bitmap->end, 4399U);
  expect_impacts(list, expected, 9600);
}

TEST(PostingList, ASparseOrShortListGetsNone) {
  std::mt19937_64 rng(2);
  std::map<std::uint32_t, Impact> expected;
  PostingList sparse = random_list(rng, 0, 100000, 0, false, expected);
  for (std::uint32_t slot = 0; slot < 100000; slot += 40) sparse.add(slot, 7);
  sparse.compact([](std::uint32_t slot) { return slot; });
  EXPECT_EQ(sparse.bitmap, nullptr);
  PostingList short_list;
  for (std::uint32_t slot = 0; slot < PostingList::kDenseMin - 1; ++slot) short_list.add(slot, 9);
  short_list.compact([](std::uint32_t slot) { return slot; });
  EXPECT_EQ(short_list.bitmap, nullptr);
  EXPECT_EQ(short_list.impact_of(3), 9);
  EXPECT_EQ(short_list.impact_of(PostingList::kDenseMin), 0);
}

TEST(PostingList, CompactionDropsAndRenumbersAndRebuildsTheBitmap) {
  std::mt19937_64 rng(3);
  std::map<std::uint32_t, Impact> before;
  PostingList list = random_list(rng, 0, 8000, 8, false, before);
  // Drop every third slot, shift the rest down by 500 (order kept).
  auto renumber = [](std::uint32_t slot) {
    return slot % 3 == 0 || slot < 500 ? PostingList::kDropped : slot - 500;
  };
  std::map<std::uint32_t, Impact> after;
  Impact max = 0;
  for (const auto& [slot, d] : before) {
    if (renumber(slot) == PostingList::kDropped) continue;
    after[renumber(slot)] = d;
    max = std::max(max, d);
  }
  list.compact(renumber);
  ASSERT_NE(list.bitmap, nullptr);
  EXPECT_EQ(list.slots.size(), after.size());
  EXPECT_EQ(list.max_impact, max);
  expect_impacts(list, after, 8000);
  // Everything dropped: an empty list, no bitmap.
  list.compact([](std::uint32_t) { return PostingList::kDropped; });
  EXPECT_TRUE(list.slots.empty());
  EXPECT_EQ(list.bitmap, nullptr);
  EXPECT_EQ(list.impact_of(10), 0);
}

}  // namespace
}  // namespace icity::match
