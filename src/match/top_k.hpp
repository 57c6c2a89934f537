// Internal to the match index: posting lists and the two ways of finding the
// k best candidates over a query's lists. Both return the same results (same
// slots, same raw scores, ties by id) — exhaustive() is the reference that
// max_score() is tested and benchmarked against.
#pragma once

#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include "match/candidates.hpp"
#include "match/score.hpp"

namespace icity::match {

// The profiles holding one feature, by slot (ascending), with D(f) of each:
// 6 bytes a posting. max_impact bounds every impact (removals leave it high
// until the next compaction, which keeps it a valid bound).
struct PostingList {
  std::vector<std::uint32_t> slots;
  std::vector<Impact> impacts;
  Impact max_impact = 0;

  void add(std::uint32_t slot, Impact impact);
  std::size_t bytes() const;
  // D(f) of `slot`, 0 when it does not hold the feature.
  Impact impact_of(std::uint32_t slot) const;
};

// One feature of the query: its list and Q(f).
struct QueryList {
  const PostingList* list = nullptr;
  std::uint64_t weight = 0;
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

// Scores every profile (term at a time, an accumulator per slot) and keeps the
// k best that `accept` lets through, with a score > 0.
std::vector<Scored> top_exhaustive(std::span<const QueryList> query, std::size_t k,
                                   const Slots& slots, const CandidateFilter& accept);

// The same k, document at a time with MaxScore (Turtle & Flood 1995): lists
// sorted by their bound Q·max D; once the k-th best score exceeds the sum of
// the smallest bounds, those lists are only probed for candidates found in the
// others, and a candidate is dropped as soon as its bound falls below the k-th
// best. Exact: nothing that could enter the k best is skipped.
std::vector<Scored> top_max_score(std::span<const QueryList> query, std::size_t k,
                                  const Slots& slots, const CandidateFilter& accept);

}  // namespace icity::match
