// Construction and placement search (meeting_search.hpp). Every choice inside
// a try is a function of the state and of one random `turn` drawn per try, so
// that the try chosen after evaluating them all can be replayed exactly.
#include "schedule/meeting_search.hpp"

#include <algorithm>
#include <limits>
#include <numeric>

namespace icity::schedule::detail {
namespace {

// How many meetings of a full slot are looked at when one must make room.
constexpr int kEvictionSample = 24;
// Pairs of slots a Kempe-chain insertion tries before the search moves on.
constexpr int kKempePairs = 64;
// How many of a full slot's meetings a displaced meeting looks at to take its
// place there.
constexpr int kRelocationSample = 6;
// Rounds over the unplaced meetings without a gain before a descent stops.
constexpr int kStagnantRounds = 2;
// The unplaced meetings each kick forces in: few, so that the descent after
// it stays local and cheap.
constexpr int kKickSize = 2;

// How long kicks go on: `in_vain` kicks in a row without a better schedule,
// or tries beyond the first descent's (1 / `share` of them, at least
// `min_tries`), whichever comes first. kBest keeps them cheap beside CBC's
// time; kAll, which must place everything it can, affords more.
struct KickBudget {
  int in_vain;
  std::int64_t share;
  std::int64_t min_tries;
};
constexpr KickBudget kBestKicks{10, 4, 400};
constexpr KickBudget kAllKicks{200, 1, 20000};

// One slot of `mask` (non-empty), the first at or after `turn` cyclically, so
// that relocations spread over the day instead of piling into slot 0.
int pick_slot(SlotMask mask, std::uint64_t turn) {
  const int shift = static_cast<int>(turn % kMaxMeetingSlots);
  return (lowest_slot(std::rotr(mask, shift)) + shift) % kMaxMeetingSlots;
}

class Placer {
 public:
  Placer(MeetingState& state, std::mt19937_64& rng) : state_(state), rng_(rng) {}

  // The tries so far: the search's measure of work, which unlike time is the
  // same on every run.
  std::int64_t tries() const { return tries_; }

  // One try to place unplaced meeting m; true if it gained weight. `force`:
  // take the best slot even at a loss.
  bool try_insert(int m, bool force) {
    ++tries_;
    const std::uint64_t turn = rng_();
    std::int64_t best_gain = std::numeric_limits<std::int64_t>::min();
    int best_slot = -1;
    const std::int64_t before = state_.total_weight();
    for (SlotMask left = std::rotr(state_.allowed(m), static_cast<int>(turn % 61)); left != 0;
         left &= left - 1) {
      const int slot = (lowest_slot(left) + static_cast<int>(turn % 61)) % kMaxMeetingSlots;
      const std::size_t mark = state_.mark();
      if (insert_at(m, slot, turn)) {
        const std::int64_t gain = state_.total_weight() - before;
        if (gain > best_gain) {
          best_gain = gain;
          best_slot = slot;
        }
      }
      state_.undo(mark);
    }
    if (best_slot < 0) return false;
    const bool take = force || best_gain > 0 || (best_gain == 0 && (rng_() & 1U) != 0);
    if (take) {
      // The replay sees the slots' meetings in another order than the try
      // did (undo does not restore it), so it may come out worse: check.
      const std::size_t mark = state_.mark();
      if (!insert_at(m, best_slot, turn) || (!force && state_.total_weight() < before)) {
        state_.undo(mark);
      }
    }
    state_.commit();
    return state_.total_weight() > before;
  }

 private:
  // Puts m at `slot`, displacing what is in the way. False (with changes
  // left for the caller to undo) when a fixed meeting is in the way.
  bool insert_at(int m, int slot, std::uint64_t turn) {
    const int in_a = state_.who(state_.a(m), slot);
    const int in_b = state_.who(state_.b(m), slot);
    if ((in_a >= 0 && state_.fixed(in_a)) || (in_b >= 0 && state_.fixed(in_b))) return false;
    if (in_a >= 0) state_.remove(in_a);
    if (in_b >= 0 && in_b != in_a) state_.remove(in_b);
    int evicted = -1;
    if (state_.full(slot)) {
      evicted = make_room(slot, turn);
      if (evicted == -2) return false;
    }
    state_.place(m, slot);
    inserting_ = m;
    for (const int c : {in_a, in_b == in_a ? -1 : in_b, evicted}) {
      if (c < 0 || relocate(c, 1, turn)) continue;
      // c is out: its other participant is free at c's slot now, and one of
      // their unplaced meetings may take it (the evicted one's both are).
      for (const int p : {state_.a(c), state_.b(c)}) {
        if (p != state_.a(m) && p != state_.b(m)) fill(p, slot);
      }
    }
    return true;
  }

  // Places the heaviest unplaced meeting of participant p that fits in
  // `slot` as things are, if any.
  void fill(int p, int slot) {
    int best = -1;
    for (const int c : state_.incident(p)) {
      if (state_.slot_of(c) >= 0 || (state_.free_for(c) & slot_bit(slot)) == 0) continue;
      if (best < 0 || state_.weight(c) > state_.weight(best)) best = c;
    }
    if (best >= 0) state_.place(best, slot);
  }

  // Frees one table of a full slot: moves one of a sample of its meetings to
  // another slot if one can go, else removes the lightest of the sample and
  // returns it (the caller tries to move it after placing). -1: moved one;
  // -2: nothing movable in the sample (all fixed).
  int make_room(int slot, std::uint64_t turn) {
    const std::vector<int>& here = state_.in_slot(slot);
    const int load = static_cast<int>(here.size());
    const int sample = std::min(load, kEvictionSample);
    int lightest = -1;
    std::vector<int> candidates;
    candidates.reserve(sample);
    for (int i = 0; i < sample; ++i) candidates.push_back(here[(turn + i) % load]);
    for (int c : candidates) {
      if (state_.fixed(c)) continue;
      const SlotMask free = state_.free_for(c);
      if (free != 0) {
        state_.move(c, pick_slot(free, turn));
        return -1;
      }
      if (lightest < 0 || state_.weight(c) < state_.weight(lightest)) lightest = c;
    }
    if (lightest < 0) return -2;
    state_.remove(lightest);
    return lightest;
  }

  // Gives unplaced meeting c a slot: a free one, or (depth 1) one held by a
  // single other meeting d that moves to a free slot, or failing that is left
  // out itself when it weighs less than c. False: c stays out.
  bool relocate(int c, int depth, std::uint64_t turn) {
    const SlotMask free = state_.free_for(c);
    if (free != 0) {
      state_.place(c, pick_slot(free, turn));
      return true;
    }
    if (depth == 0) return false;
    int drop = -1;
    int drop_slot = -1;
    for (SlotMask left = state_.allowed(c); left != 0; left &= left - 1) {
      const int t = lowest_slot(left);
      const int da = state_.who(state_.a(c), t);
      const int db = state_.who(state_.b(c), t);
      if (da >= 0 && db >= 0 && da != db) continue;
      const int d = da >= 0 ? da : db >= 0 ? db : lightest_movable(t, turn);
      if (d < 0 || d == inserting_ || state_.fixed(d)) continue;
      // Where d could go once it left t to c, worked out on the masks rather
      // than by moving and undoing (this loop is the search's hot spot).
      const SlotMask c_at_t = slot_bit(t);
      auto busy_after = [&](int p) {
        const bool meets_c = p == state_.a(c) || p == state_.b(c);
        return (state_.busy(p) & ~c_at_t) | (meets_c ? c_at_t : 0);
      };
      const SlotMask d_free = state_.allowed(d) & ~busy_after(state_.a(d)) &
                              ~busy_after(state_.b(d)) & ~c_at_t & ~full_mask();
      if (d_free != 0) {
        state_.remove(d);
        state_.place(c, t);
        state_.place(d, pick_slot(d_free, turn));
        return true;
      }
      if (state_.weight(d) < state_.weight(c) &&
          (drop < 0 || state_.weight(d) < state_.weight(drop))) {
        drop = d;
        drop_slot = t;
      }
    }
    if (drop < 0) return false;
    state_.remove(drop);
    state_.place(c, drop_slot);
    return true;
  }

  SlotMask full_mask() const { return state_.full_slots(); }

  // The lightest meeting that is not fixed among a sample of slot t's, or -1.
  // A small sample: this runs for every full slot a displaced meeting might
  // take, the search's innermost loop.
  int lightest_movable(int t, std::uint64_t turn) const {
    const std::vector<int>& here = state_.in_slot(t);
    const int load = static_cast<int>(here.size());
    if (load == 0) return -1;
    int lightest = -1;
    int at = static_cast<int>(turn % static_cast<std::uint64_t>(load));
    for (int i = 0; i < std::min(load, kRelocationSample); ++i, ++at) {
      if (at == load) at = 0;
      const int c = here[at];
      if (!state_.fixed(c) && c != inserting_ &&
          (lightest < 0 || state_.weight(c) < state_.weight(lightest))) {
        lightest = c;
      }
    }
    return lightest;
  }

  MeetingState& state_;
  std::mt19937_64& rng_;
  int inserting_ = -1;  // the meeting being inserted, which no relocation may displace
  std::int64_t tries_ = 0;
};

}  // namespace

void construct_meetings(MeetingState& state, bool compact, std::mt19937_64& rng) {
  std::vector<int> order = state.unplaced();
  std::sort(order.begin(), order.end());
  std::vector<std::uint64_t> tie(state.meetings());
  for (int m : order) tie[m] = rng();
  // kAll wants the count first: the least flexible meetings go first there,
  // before their few slots are taken; kBest takes the heaviest first.
  std::sort(order.begin(), order.end(), [&](int x, int y) {
    const int fx = std::popcount(state.allowed(x));
    const int fy = std::popcount(state.allowed(y));
    if (compact && fx != fy) return fx < fy;
    if (state.weight(x) != state.weight(y)) return state.weight(x) > state.weight(y);
    if (fx != fy) return fx < fy;
    return tie[x] < tie[y];
  });
  for (int m : order) {
    const SlotMask free = state.free_for(m);
    if (free == 0) continue;
    int best = -1;
    int best_cost = std::numeric_limits<int>::max();
    for (SlotMask left = free; left != 0; left &= left - 1) {
      const int s = lowest_slot(left);
      int cost = state.load(s);
      if (compact) {
        const SlotMask ba = state.busy(state.a(m));
        const SlotMask bb = state.busy(state.b(m));
        const int added = meeting_idle_periods(ba | slot_bit(s)) - meeting_idle_periods(ba) +
                          meeting_idle_periods(bb | slot_bit(s)) - meeting_idle_periods(bb);
        // Idle periods first; the load only breaks ties (a meeting ahead of
        // everything else of both participants adds none and opens none).
        cost = added * (1 << 20) + cost;
      }
      if (cost < best_cost) {
        best_cost = cost;
        best = s;
      }
    }
    state.place(m, best);
  }
  state.commit();
}

void improve_placement(MeetingState& state, int participants, bool all, Clock::time_point deadline,
                       std::mt19937_64& rng) {
  const KickBudget& kicks = all ? kAllKicks : kBestKicks;
  Placer placer(state, rng);
  std::vector<int> best = state.placement();
  std::int64_t best_weight = state.total_weight();
  // Reaching it proves the schedule optimal, and ends the search at once.
  const std::int64_t bound = placement_bound(state, participants);
  std::vector<int> round;
  std::vector<char> was_unplaced(state.meetings(), 0);
  std::vector<int> touched_at(participants, -1);   // the kick that touched a participant last
  std::vector<int> seen_at(state.meetings(), -1);  // the local round a meeting joined last
  int local_round = 0;
  // Rounds over `round` (rebuilt by `next_round`) until a few bring nothing.
  auto descend = [&](const auto& next_round) {
    for (int stagnant = 0; stagnant < kStagnantRounds && state.total_weight() < bound;) {
      next_round();
      if (round.empty()) return true;
      std::sort(round.begin(), round.end());
      std::shuffle(round.begin(), round.end(), rng);
      std::stable_sort(round.begin(), round.end(),
                       [&](int x, int y) { return state.weight(x) > state.weight(y); });
      bool gained = false;
      for (const int m : round) {
        if (Clock::now() >= deadline) return false;
        if (state.slot_of(m) >= 0) continue;
        if (kempe_insert(state, m, kKempePairs)) {
          gained = true;
        } else {
          gained = placer.try_insert(m, false) || gained;
        }
        if (state.total_weight() >= bound) break;
      }
      stagnant = gained ? 0 : stagnant + 1;
    }
    return true;
  };
  bool in_time = descend([&] { round = state.unplaced(); });
  // Kicks may cost a share of what the first descent did, and at least a
  // few hundred tries (microseconds): they pay off on small, tight events,
  // where the first descent is cheap, and hardly ever on large ones.
  const std::int64_t kick_budget =
      placer.tries() + std::max(kicks.min_tries, placer.tries() / kicks.share);
  for (int kick = 0, in_vain = 0;
       in_time && in_vain < kicks.in_vain && best_weight < bound && placer.tries() < kick_budget;
       ++kick) {
    if (state.total_weight() > best_weight) {
      best_weight = state.total_weight();
      best = state.placement();
      in_vain = 0;
    } else {
      ++in_vain;
    }
    if (state.unplaced().empty() || best_weight >= bound) break;
    // Kick: force a few unplaced meetings in at their least bad slot, then
    // descend again over the unplaced meetings of the participants the kick
    // touched only, which is where it can have opened room.
    std::fill(was_unplaced.begin(), was_unplaced.end(), 0);
    for (const int m : state.unplaced()) was_unplaced[m] = 1;
    const int count = std::min<int>(kKickSize, static_cast<int>(state.unplaced().size()));
    for (int i = 0; i < count && !state.unplaced().empty(); ++i) {
      const int m = state.unplaced()[rng() % state.unplaced().size()];
      placer.try_insert(m, true);
      touched_at[state.a(m)] = touched_at[state.b(m)] = kick;
    }
    for (const int m : state.unplaced()) {
      if (was_unplaced[m] == 0) touched_at[state.a(m)] = touched_at[state.b(m)] = kick;
    }
    in_time = descend([&] {
      round.clear();
      const int stamp = ++local_round;
      for (int p = 0; p < participants; ++p) {
        if (touched_at[p] != kick) continue;
        for (const int m : state.incident(p)) {
          if (state.slot_of(m) < 0 && state.allowed(m) != 0 && seen_at[m] != stamp) {
            seen_at[m] = stamp;
            round.push_back(m);
          }
        }
      }
    });
  }
  if (state.total_weight() > best_weight) return;
  if (state.total_weight() < best_weight) state.restore(best);
}

}  // namespace icity::schedule::detail
