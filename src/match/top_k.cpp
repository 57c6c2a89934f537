#include "match/top_k.hpp"

#include <algorithm>

namespace icity::match {

void PostingList::add(std::uint32_t slot, Impact d) {
  if (slots.empty()) {
    uniform = d;
  } else if (impacts.empty() && d != uniform) {
    impacts.assign(slots.size(), uniform);  // no longer uniform: spell every impact out
  }
  slots.push_back(slot);
  if (!impacts.empty()) impacts.push_back(d);
  max_impact = std::max(max_impact, d);
}

std::size_t PostingList::bytes() const {
  return sizeof(PostingList) + slots.capacity() * sizeof(std::uint32_t) +
         impacts.capacity() * sizeof(Impact);
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
  for (const auto& q : query) {
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
  for (std::uint32_t slot = 0; slot < score.size(); ++slot) {
    if (score[slot] == 0) continue;
    // One that cannot enter is not asked of the filter (as in top_max_score).
    if (top.full() && score[slot] < top.threshold()) continue;
    if (accept(slot)) top.offer({slot, slots[slot].id, score[slot]});
  }
}

}  // namespace icity::match
