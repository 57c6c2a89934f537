// The search's stopping bound (meeting_search.hpp): an upper bound on the
// placed weight that no schedule can pass, so that reaching it proves the
// schedule optimal and the search can stop.
#include <algorithm>
#include <functional>
#include <numeric>
#include <vector>

#include "schedule/meeting_search.hpp"

namespace icity::schedule::detail {

std::int64_t placement_bound(const MeetingState& state, int participants) {
  // What each participant could hold at most: their heaviest meetings that
  // have a slot at all, one per slot they could use.
  std::vector<std::int64_t> most(participants, 0);
  std::vector<std::int64_t> weights;
  for (int p = 0; p < participants; ++p) {
    SlotMask usable = 0;
    weights.clear();
    for (const int m : state.incident(p)) {
      const SlotMask slots = state.fixed(m) ? slot_bit(state.slot_of(m)) : state.allowed(m);
      if (slots == 0) continue;
      usable |= slots;
      weights.push_back(state.weight(m));
    }
    const auto k = std::min<std::size_t>(std::popcount(usable), weights.size());
    std::partial_sort(weights.begin(), weights.begin() + static_cast<std::ptrdiff_t>(k),
                      weights.end(), std::greater<>());
    most[p] = std::accumulate(weights.begin(), weights.begin() + static_cast<std::ptrdiff_t>(k),
                              std::int64_t{0});
  }
  // Every meeting has two participants, so half the sum bounds the total of
  // a group of participants who meet only among themselves. When the group
  // has two sides (buyers and sellers: every meeting across), each side's sum
  // bounds it too, which at a fair is close to what can be reached.
  std::vector<int> side(participants, -1);
  std::vector<int> queue;
  std::int64_t bound = 0;
  for (int start = 0; start < participants; ++start) {
    if (side[start] >= 0) continue;
    side[start] = 0;
    queue.assign(1, start);
    std::int64_t sums[2] = {0, 0};
    bool two_sides = true;
    for (std::size_t next = 0; next < queue.size(); ++next) {
      const int p = queue[next];
      sums[side[p]] += most[p];
      for (const int m : state.incident(p)) {
        const int other = state.a(m) == p ? state.b(m) : state.a(m);
        if (side[other] < 0) {
          side[other] = 1 - side[p];
          queue.push_back(other);
        } else if (side[other] == side[p]) {
          two_sides = false;
        }
      }
    }
    bound += two_sides ? std::min(sums[0], sums[1]) : (sums[0] + sums[1]) / 2;
  }
  return bound;
}

}  // namespace icity::schedule::detail
