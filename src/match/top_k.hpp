// Internal to the match index: posting lists and the two ways of finding the
// k best candidates over a query's lists. Both find the same (same slots,
// same raw scores, ties by id): top_exhaustive is the reference top_max_score
// is tested and benchmarked against.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <span>
#include <type_traits>
#include <vector>

#include "match/candidates.hpp"
#include "match/score.hpp"

namespace icity::match {

// The profiles holding one feature, by slot (ascending), with D(f) of each:
// 6 bytes a posting, 4 while every posting has the same D(f) (a country, a
// kind, an SDG, a sector level: always 1), which also spares a probe its
// second memory read. max_impact bounds every impact (removals leave it high
// until the next compaction, which keeps it a valid bound).
//
// A dense list (a posting in kDenseSpan slots of its span at least) is also
// held as a bitmap over that span, built when the index is compacted, so that
// MaxScore asks it whether it holds one candidate in O(1) instead of merging
// or seeking: one bit a slot, at most kDenseSpan bits a posting, and where
// impacts differ a count of postings every 512 slots, to find a held slot's
// impact with a few popcounts. The bitmap covers `slots[0, bitmap.covered)`,
// the slots below `bitmap.end`: the postings at compaction, and those added
// since if extend_bitmap() took them in; later ones, whose slots are all
// larger, are found in `slots` as any other list's.
struct PostingList {
  std::vector<std::uint32_t> slots;
  std::vector<Impact> impacts;  // empty while every posting's impact is `uniform`
  Impact uniform = 0;
  Impact max_impact = 0;

  struct Bitmap {
    std::uint32_t base = 0;            // the slot of bit 0: the list's first
    std::uint32_t end = 0;             // slots in [base, end) are covered
    std::size_t covered = 0;           // postings below `end`
    std::vector<std::uint64_t> words;  // bit s - base: whether slot s holds the feature
    std::vector<std::uint32_t> ranks;  // postings before each kRankWords words; empty: uniform
    static constexpr std::uint32_t kRankWords = 8;

    bool holds(std::uint32_t slot) const {  // REQUIRES: slot < end
      const std::uint32_t at = slot - base;
      return slot >= base && ((words[at / 64] >> (at % 64)) & 1U) != 0;
    }
    // The position in `slots` of a held slot. REQUIRES: holds(slot), ranks.
    std::size_t position(std::uint32_t slot) const;
    // Counts `ranks` again from the last one counted (all, if none is).
    void count_ranks();
  };
  std::unique_ptr<Bitmap> bitmap;  // null: the list is not dense (or not since compaction)

  static constexpr std::size_t kDenseSpan = 32;
  static constexpr std::size_t kDenseMin = 256;  // postings, for a bitmap

  // Appends a posting. REQUIRES: slot > slots.back().
  void add(std::uint32_t slot, Impact impact);
  // Extends the bitmap, if the list has one, over the postings added since it
  // was built, unless that would make it half as large again (the slots
  // between, other sides', are bits at 0).
  void extend_bitmap();
  Impact impact(std::size_t i) const { return impacts.empty() ? uniform : impacts[i]; }
  // D(f) of `slot`, 0 when the list does not hold it: a binary search, but
  // where the bitmap covers the slot, only when the slot is held and the
  // impacts differ.
  Impact impact_of(std::uint32_t slot) const;
  // Keeps the postings whose slot `keep` returns a new number for (not
  // kDropped), renumbered: the new numbers must keep the list's order. The
  // bound becomes exact again, and the bitmap is rebuilt.
  static constexpr std::uint32_t kDropped = 0xFFFFFFFF;
  template <class Renumber>
  void compact(const Renumber& renumber);
  // (Re)builds the bitmap over the present postings if the list is dense,
  // else drops it.
  void index_dense();
  std::size_t bytes() const;
};

template <class Renumber>
void PostingList::compact(const Renumber& renumber) {
  std::size_t out = 0;
  max_impact = 0;
  bool same = true;
  Impact first = 0;
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const std::uint32_t to = renumber(slots[i]);
    if (to == kDropped) continue;
    const Impact d = impact(i);
    if (out == 0) first = d;
    same = same && d == first;
    slots[out] = to;
    if (!impacts.empty()) impacts[out] = d;
    max_impact = std::max(max_impact, d);
    ++out;
  }
  // The lists grow on: capacity is given back only where over half of it is
  // unused (then a list keeps an eighth to grow in), so that a compaction
  // without removals does not make every list double at its next posting.
  auto fit = [out](auto& v) {
    v.resize(out);
    if (v.capacity() / 2 > out) {
      std::remove_reference_t<decltype(v)> fitted;
      fitted.reserve(out + out / 8);
      fitted.assign(v.begin(), v.end());
      v.swap(fitted);
    }
  };
  fit(slots);
  if (same) {
    impacts.clear();
    impacts.shrink_to_fit();
    uniform = first;
  } else {
    fit(impacts);
  }
  index_dense();
}

// The first position >= from whose slot is >= target: a few steps first (the
// target is usually near in a dense list, and a short loop predicts well),
// then galloping and binary search, so a sparse probe costs O(log gap).
inline std::size_t seek(const std::uint32_t* slots, std::size_t size, std::size_t from,
                        std::uint32_t target) {
  constexpr std::size_t kSteps = 8;
  for (std::size_t end = std::min(size, from + kSteps); from < end; ++from) {
    if (slots[from] >= target) return from;
  }
  if (from >= size || slots[from] >= target) return from;
  std::size_t lo = from;
  std::size_t step = 1;
  std::size_t hi = from + 1;
  while (hi < size && slots[hi] < target) {
    lo = hi;
    step *= 2;
    hi = from + step;
  }
  hi = std::min(hi, size);
  return static_cast<std::size_t>(std::lower_bound(slots + lo, slots + hi, target) - slots);
}

// One feature of the query: its list and Q(f). A list that is not topical
// (Filter::require_topic: a country or kind sought) adds to the score of a
// candidate found in a topical list, but does not make one by itself.
struct QueryList {
  const PostingList* list = nullptr;
  std::uint64_t weight = 0;
  bool topical = true;
};

struct Scored {
  std::uint32_t slot = 0;
  std::int64_t id = 0;
  std::uint64_t score = 0;  // Σ Q·D, not yet normalised
};

// Higher score first; equal scores by smaller id.
inline bool ranks_before(const Scored& a, const Scored& b) {
  return a.score != b.score ? a.score > b.score : a.id < b.id;
}

// The k best seen so far; the worst of them on top.
class TopK {
 public:
  explicit TopK(std::size_t k) : k_(k) { heap_.reserve(k); }
  bool full() const { return heap_.size() == k_; }
  // The score to reach to enter (an equal one enters with a smaller id).
  // REQUIRES: full().
  std::uint64_t threshold() const { return heap_.front().score; }
  // Keeps `s` if it is among the k best so far; true when it was kept.
  bool offer(const Scored& s);
  // Best first.
  std::vector<Scored> sorted() &&;

 private:
  std::size_t k_;
  std::vector<Scored> heap_;
};

// Scores every profile the lists hold (term at a time, an accumulator per
// slot) and offers those `accept` lets through, with a score > 0, to `top`.
void top_exhaustive(std::span<const QueryList> query, const Slots& slots,
                    const CandidateFilter& accept, TopK& top);

// Offers `top` the same candidates that could enter it, found document at a
// time with MaxScore (Turtle & Flood 1995): once the k-th best score exceeds
// the sum of the bounds Q·max D of some lists, those lists are only probed for
// candidates found in the others, and a candidate is dropped as soon as its
// bound falls below the k-th best. Exact: nothing that could enter the k best
// is skipped. `top` may hold candidates already (from lists of other slots).
// `population`: how many slots the lists are drawn from (those of one side),
// to estimate how often a probe finds its candidate.
void top_max_score(std::span<const QueryList> query, std::size_t population, const Slots& slots,
                   const CandidateFilter& accept, TopK& top);

}  // namespace icity::match
