// Idle-period search (meeting_search.hpp): placement stays as it is, only
// slots change, and each move is checked against every hard rule before it is
// made, so the schedule is valid after every step.
#include <algorithm>
#include <numeric>

#include "schedule/meeting_search.hpp"

namespace icity::schedule {

int meeting_idle_periods(std::uint64_t busy) {
  if (busy == 0) return 0;
  // Runs of meetings end where a busy slot is followed by an empty one (or
  // the end); the holes are the runs but one.
  return std::popcount(busy & ~(busy >> 1)) - 1;
}

}  // namespace icity::schedule

namespace icity::schedule::detail {
namespace {

constexpr int kStagnantRounds = 3;

int idle(SlotMask busy) { return meeting_idle_periods(busy); }

SlotMask moved(SlotMask busy, int from, int to) { return (busy & ~slot_bit(from)) | slot_bit(to); }

class GapReducer {
 public:
  GapReducer(MeetingState& state, std::mt19937_64& rng)
      : state_(state), rng_(rng), stamp_(participants_bound(state), 0) {}

  // Takes a move with delta < 0 always, with delta == 0 at random; true if
  // it lowered the idle periods.
  bool accept(int delta) { return delta < 0 || (delta == 0 && (rng_() & 3U) == 0); }

  bool move_alone(int m) {
    const int s = state_.slot_of(m);
    const SlotMask ba = state_.busy(state_.a(m));
    const SlotMask bb = state_.busy(state_.b(m));
    const int now = idle(ba) + idle(bb);
    int best_delta = 1;
    int best = -1;
    for (SlotMask left = state_.free_for(m); left != 0; left &= left - 1) {
      const int t = lowest_slot(left);
      const int delta = idle(moved(ba, s, t)) + idle(moved(bb, s, t)) - now;
      if (delta < best_delta) {
        best_delta = delta;
        best = t;
      }
    }
    if (best < 0 || !accept(best_delta)) return false;
    state_.move(m, best);
    state_.commit();
    return best_delta < 0;
  }

  // Swaps m with another meeting m2 of one of its participants p: p keeps
  // both slots, the two partners trade theirs.
  bool swap_with_partner_meeting(int m) {
    const int s = state_.slot_of(m);
    for (const int p : {state_.a(m), state_.b(m)}) {
      const int x = p == state_.a(m) ? state_.b(m) : state_.a(m);
      for (SlotMask left = state_.busy(p) & ~slot_bit(s); left != 0; left &= left - 1) {
        const int t = lowest_slot(left);
        const int m2 = state_.who(p, t);
        if (state_.fixed(m2)) continue;
        const int y = state_.a(m2) == p ? state_.b(m2) : state_.a(m2);
        if (x == y) continue;  // the same pair twice: nothing would change
        if ((state_.allowed(m) & slot_bit(t)) == 0 || (state_.allowed(m2) & slot_bit(s)) == 0) {
          continue;
        }
        if ((state_.busy(x) & slot_bit(t)) != 0 || (state_.busy(y) & slot_bit(s)) != 0) continue;
        const SlotMask bx = state_.busy(x);
        const SlotMask by = state_.busy(y);
        const int delta = idle(moved(bx, s, t)) + idle(moved(by, t, s)) - idle(bx) - idle(by);
        if (!accept(delta)) continue;
        state_.remove(m);
        state_.remove(m2);
        state_.place(m, t);
        state_.place(m2, s);
        state_.commit();
        return delta < 0;
      }
    }
    return false;
  }

  // Exchanges everything in slots s and t when every meeting there may take
  // the other slot; no participant can clash, since each keeps as many
  // meetings in {s, t} as before.
  bool exchange_slots(int s, int t) {
    const SlotMask both = slot_bit(s) | slot_bit(t);
    for (const int slot : {s, t}) {
      const int other = slot == s ? t : s;
      for (const int m : state_.in_slot(slot)) {
        if (state_.fixed(m) || (state_.allowed(m) & slot_bit(other)) == 0) return false;
      }
    }
    ++round_;
    int delta = 0;
    for (const int slot : {s, t}) {
      for (const int m : state_.in_slot(slot)) {
        for (const int p : {state_.a(m), state_.b(m)}) {
          if (stamp_[p] == round_) continue;
          stamp_[p] = round_;
          const SlotMask busy = state_.busy(p);
          const SlotMask mine = busy & both;
          const SlotMask swapped =
              (mine == both || mine == 0) ? busy : (busy & ~both) | (both & ~mine);
          delta += idle(swapped) - idle(busy);
        }
      }
    }
    if (delta >= 0) return false;
    std::vector<int> from_s = state_.in_slot(s);
    std::vector<int> from_t = state_.in_slot(t);
    for (const int m : from_s) state_.remove(m);
    for (const int m : from_t) state_.move(m, s);
    for (const int m : from_s) state_.place(m, t);
    state_.commit();
    return true;
  }

 private:
  static int participants_bound(const MeetingState& state) {
    int n = 0;
    for (int m = 0; m < state.meetings(); ++m) n = std::max({n, state.a(m) + 1, state.b(m) + 1});
    return n;
  }

  MeetingState& state_;
  std::mt19937_64& rng_;
  std::vector<int> stamp_;
  int round_ = 0;
};

}  // namespace

void reduce_idle_periods(MeetingState& state, Clock::time_point deadline, std::mt19937_64& rng) {
  GapReducer reducer(state, rng);
  std::vector<int> order;
  for (int stagnant = 0; stagnant < kStagnantRounds;) {
    order.clear();
    for (int m = 0; m < state.meetings(); ++m) {
      if (state.slot_of(m) >= 0 && !state.fixed(m)) order.push_back(m);
    }
    std::shuffle(order.begin(), order.end(), rng);
    bool gained = false;
    for (std::size_t i = 0; i < order.size(); ++i) {
      if ((i & 63U) == 0 && Clock::now() >= deadline) return;
      gained = reducer.move_alone(order[i]) || gained;
      gained = reducer.swap_with_partner_meeting(order[i]) || gained;
    }
    for (int s = 0; s < state.slots(); ++s) {
      if (Clock::now() >= deadline) return;
      for (int t = s + 1; t < state.slots(); ++t) gained = reducer.exchange_slots(s, t) || gained;
    }
    stagnant = gained ? 0 : stagnant + 1;
  }
}

int total_idle_periods(const MeetingState& state, int participants) {
  int total = 0;
  for (int p = 0; p < participants; ++p) total += meeting_idle_periods(state.busy(p));
  return total;
}

}  // namespace icity::schedule::detail
