// top_max_score (declared in top_k.hpp): MaxScore over a query's posting lists.
#include <algorithm>
#include <limits>

#include "match/top_k.hpp"

namespace icity::match {
namespace {

struct Cursor {
  const std::uint32_t* slots = nullptr;
  const Impact* impacts = nullptr;
  std::size_t size = 0;
  std::size_t pos = 0;
  std::uint64_t weight = 0;
  std::uint64_t bound = 0;  // weight · max impact: no posting contributes more

  bool at(std::uint32_t slot) const { return pos < size && slots[pos] == slot; }
  std::uint64_t take() { return weight * impacts[pos++]; }

  // Moves to the first posting >= target: galloping, then binary search, so
  // a long list probed for a few candidates costs O(log gap) a probe.
  void seek(std::uint32_t target) {
    if (pos >= size || slots[pos] >= target) return;
    std::size_t lo = pos;
    std::size_t step = 1;
    std::size_t hi = pos + 1;
    while (hi < size && slots[hi] < target) {
      lo = hi;
      step *= 2;
      hi = pos + step;
    }
    hi = std::min(hi, size);
    pos = static_cast<std::size_t>(std::lower_bound(slots + lo, slots + hi, target) - slots);
  }
};

constexpr std::uint32_t kNoSlot = std::numeric_limits<std::uint32_t>::max();

}  // namespace

std::vector<Scored> top_max_score(std::span<const QueryList> query, std::size_t k,
                                  const Slots& slots, const CandidateFilter& accept) {
  if (k == 0 || query.empty()) return {};
  std::vector<Cursor> lists;
  lists.reserve(query.size());
  for (const auto& q : query) {
    const auto& l = *q.list;
    lists.push_back(
        {l.slots.data(), l.impacts.data(), l.slots.size(), 0, q.weight, q.weight * l.max_impact});
  }
  std::sort(lists.begin(), lists.end(),
            [](const Cursor& a, const Cursor& b) { return a.bound < b.bound; });
  const std::size_t m = lists.size();
  // below[i]: the most lists 0..i-1 together can add.
  std::vector<std::uint64_t> below(m + 1, 0);
  for (std::size_t i = 0; i < m; ++i) below[i + 1] = below[i] + lists[i].bound;

  TopK top(k);
  // Lists [essential, m) are walked; lists before it only probed. A candidate
  // found in none of the walked lists scores at most below[essential], which
  // is under the k-th best score, so it could not enter.
  std::size_t essential = 0;
  for (;;) {
    std::uint32_t slot = kNoSlot;
    for (std::size_t i = essential; i < m; ++i) {
      if (lists[i].pos < lists[i].size) slot = std::min(slot, lists[i].slots[lists[i].pos]);
    }
    if (slot == kNoSlot) break;

    std::uint64_t score = 0;
    for (std::size_t i = essential; i < m; ++i) {
      if (lists[i].at(slot)) score += lists[i].take();
    }
    // Strictly below the k-th best: an equal score may still enter by its id.
    if (top.full() && score + below[essential] < top.threshold()) continue;
    if (!accept(slot)) continue;
    bool dropped = false;
    for (std::size_t i = essential; i-- > 0;) {
      if (top.full() && score + below[i + 1] < top.threshold()) {
        dropped = true;
        break;
      }
      lists[i].seek(slot);
      if (lists[i].at(slot)) score += lists[i].take();
    }
    if (dropped) continue;
    if (top.offer({slot, slots.id[slot], score}) && top.full()) {
      while (essential < m && below[essential + 1] < top.threshold()) ++essential;
    }
  }
  return std::move(top).sorted();
}

}  // namespace icity::match
