#include "match/top_k.hpp"

#include <algorithm>
#include <bit>

namespace icity::match {

void PostingList::add(std::uint32_t slot, Impact d) {
  if (slots.empty()) {
    uniform = d;
  } else if (impacts.empty() && d != uniform) {
    impacts.assign(slots.size(), uniform);  // no longer uniform: spell every impact out
    if (bitmap) bitmap->count_ranks();      // and find them from the bitmap
  }
  slots.push_back(slot);
  if (!impacts.empty()) impacts.push_back(d);
  max_impact = std::max(max_impact, d);
}

void PostingList::index_dense() {
  bitmap.reset();
  if (slots.size() < kDenseMin) return;
  const std::uint32_t base = slots.front();
  const std::size_t span = std::size_t{slots.back()} - base + 1;
  if (span > kDenseSpan * slots.size()) return;
  auto b = std::make_unique<Bitmap>();
  b->base = base;
  b->end = slots.back() + 1;
  b->covered = slots.size();
  b->words.assign((span + 63) / 64, 0);
  for (const std::uint32_t slot : slots) {
    const std::uint32_t at = slot - base;
    b->words[at / 64] |= std::uint64_t{1} << (at % 64);
  }
  if (!impacts.empty()) b->count_ranks();
  bitmap = std::move(b);
}

void PostingList::extend_bitmap() {
  if (!bitmap || bitmap->covered == slots.size()) return;
  Bitmap& b = *bitmap;
  const std::size_t words = (std::size_t{slots.back()} - b.base + 64) / 64;
  // Not over a long gap (other sides' slots: a list of the first side would
  // span them all): its new postings are probed as a sparse list's.
  if (words > b.words.size() + b.words.size() / 2) return;
  b.end = slots.back() + 1;
  b.words.reserve(words);  // exactly: resize alone would double the capacity
  b.words.resize(words, 0);
  for (std::size_t i = b.covered; i < slots.size(); ++i) {
    const std::uint32_t at = slots[i] - b.base;
    b.words[at / 64] |= std::uint64_t{1} << (at % 64);
  }
  b.covered = slots.size();
  if (!impacts.empty()) b.count_ranks();
}

void PostingList::Bitmap::count_ranks() {
  // The last count stays right: only words after its block changed.
  const std::size_t block = ranks.empty() ? 0 : ranks.size() - 1;
  std::uint32_t before = ranks.empty() ? 0 : ranks.back();
  ranks.resize(block);
  ranks.reserve((words.size() + kRankWords - 1) / kRankWords);
  for (std::size_t w = block * kRankWords; w < words.size(); ++w) {
    if (w % kRankWords == 0) ranks.push_back(before);
    before += static_cast<std::uint32_t>(std::popcount(words[w]));
  }
}

std::size_t PostingList::Bitmap::position(std::uint32_t slot) const {
  const std::uint32_t at = slot - base;
  const std::uint32_t word = at / 64;
  std::size_t pos = ranks[word / kRankWords];
  for (std::uint32_t w = word - word % kRankWords; w < word; ++w) {
    pos += static_cast<std::size_t>(std::popcount(words[w]));
  }
  const std::uint64_t below = (std::uint64_t{1} << (at % 64)) - 1;
  return pos + static_cast<std::size_t>(std::popcount(words[word] & below));
}

Impact PostingList::impact_of(std::uint32_t slot) const {
  std::size_t from = 0;
  if (bitmap) {
    if (slot < bitmap->end) {
      if (!bitmap->holds(slot)) return 0;
      return impacts.empty() ? uniform : impacts[bitmap->position(slot)];
    }
    from = bitmap->covered;
  }
  const std::uint32_t* end = slots.data() + slots.size();
  const std::uint32_t* it = std::lower_bound(slots.data() + from, end, slot);
  return it != end && *it == slot ? impact(static_cast<std::size_t>(it - slots.data())) : 0;
}

std::size_t PostingList::bytes() const {
  std::size_t bytes = sizeof(PostingList) + slots.capacity() * sizeof(std::uint32_t) +
                      impacts.capacity() * sizeof(Impact);
  if (bitmap) {
    bytes += sizeof(Bitmap) + bitmap->words.capacity() * sizeof(std::uint64_t) +
             bitmap->ranks.capacity() * sizeof(std::uint32_t);
  }
  return bytes;
}

bool TopK::offer(const Scored& s) {
  if (k_ == 0) return false;
  if (!full()) {
    heap_.push_back(s);
    std::push_heap(heap_.begin(), heap_.end(), ranks_before);
    return true;
  }
  if (!ranks_before(s, heap_.front())) return false;
  std::pop_heap(heap_.begin(), heap_.end(), ranks_before);
  heap_.back() = s;
  std::push_heap(heap_.begin(), heap_.end(), ranks_before);
  return true;
}

std::vector<Scored> TopK::sorted() && {
  std::sort(heap_.begin(), heap_.end(), ranks_before);
  return std::move(heap_);
}

void top_exhaustive(std::span<const QueryList> query, const Slots& slots,
                    const CandidateFilter& accept, TopK& top) {
  std::vector<std::uint64_t> score(slots.size(), 0);
  // Topical lists first; then the others add only to those already scored (a
  // topical posting always adds more than 0).
  bool others = false;
  for (const auto& q : query) {
    others = others || !q.topical;
    if (!q.topical) continue;
    const auto& list = *q.list;
    if (list.impacts.empty()) {
      const std::uint64_t each = q.weight * list.uniform;
      for (const std::uint32_t slot : list.slots) score[slot] += each;
      continue;
    }
    for (std::size_t i = 0; i < list.slots.size(); ++i) {
      score[list.slots[i]] += q.weight * list.impacts[i];
    }
  }
  for (const auto& q : others ? query : std::span<const QueryList>{}) {
    if (q.topical) continue;
    const auto& list = *q.list;
    for (std::size_t i = 0; i < list.slots.size(); ++i) {
      auto& s = score[list.slots[i]];
      if (s != 0) s += q.weight * list.impact(i);
    }
  }
  for (std::uint32_t slot = 0; slot < score.size(); ++slot) {
    if (score[slot] == 0) continue;
    // One that cannot enter is not asked of the filter (as in top_max_score).
    if (top.full() && score[slot] < top.threshold()) continue;
    if (accept(slot)) top.offer({slot, slots[slot].id, score[slot]});
  }
}

}  // namespace icity::match
