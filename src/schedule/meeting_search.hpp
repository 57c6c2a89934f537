// Internal to the meeting scheduler: the three stages of the search over a
// MeetingState. Each keeps every hard rule after each step, so whatever the
// deadline cuts off, the state is a valid schedule.
#pragma once

#include <chrono>
#include <random>

#include "schedule/meeting_state.hpp"

namespace icity::schedule::detail {

using Clock = std::chrono::steady_clock;

// Greedy: the heaviest (kAll: the least flexible) meeting first, each into a
// slot still free for both. `compact` picks the slot that adds the fewest
// idle periods (kAll); otherwise the least loaded one, which keeps capacity
// for the meetings still to come.
void construct_meetings(MeetingState& state, bool compact, std::mt19937_64& rng);

// Local search on the placed weight: each unplaced meeting tries every slot
// it may take, displacing the meetings in its way, which move elsewhere (also
// by a chain of one more displacement) or are left out; a try is kept when it
// gains weight, and at random when it gains nothing (to leave plateaus).
// Descents are followed by kicks (a few meetings forced in at a loss) and
// the best schedule seen is kept. Stops after kicks without a better
// schedule, on reaching an upper bound (then the schedule is optimal, as when
// nothing is left to place), or at the deadline.
// `all`: kAll's search, which spends more on kicks.
void improve_placement(MeetingState& state, int participants, bool all, Clock::time_point deadline,
                       std::mt19937_64& rng);

// An upper bound on the total weight (the state's weights) any schedule can
// reach; exposed for the tests.
std::int64_t placement_bound(const MeetingState& state, int participants);

// Places unplaced meeting m by swapping two slots along a Kempe chain (see
// meeting_kempe.cpp), trying at most `max_pairs` pairs of slots; the placed
// weight only grows. False if no chain served.
bool kempe_insert(MeetingState& state, int m, int max_pairs);

// Local search on the idle periods at constant placement: moves a meeting to
// a free slot, swaps two meetings of one participant, exchanges the contents
// of two slots. Stops after rounds without a gain or at the deadline.
void reduce_idle_periods(MeetingState& state, Clock::time_point deadline, std::mt19937_64& rng);

// The sum of meeting_idle_periods over every participant.
int total_idle_periods(const MeetingState& state, int participants);

}  // namespace icity::schedule::detail
