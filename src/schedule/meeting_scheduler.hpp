// The B2B meeting scheduler: places the meetings that participants of a
// matchmaking event asked for (and both sides accepted) in time slots and at
// tables. Pure and deterministic: the CLI (`icity schedule-meetings`), the
// staff page and bench/meeting_bench call the same function.
//
//   MeetingProblem p;
//   p.slots = 12;
//   p.tables = 20;
//   p.unavailable = {{0, 1}, {}, {}};     // three participants; 0 is away in slots 0, 1
//   p.requests.push_back({0, 1, 3});      // 0 meets 1, weight 3
//   p.requests.push_back({1, 2, 1, 5});   // 1 meets 2, fixed by hand in slot 5
//   MeetingOptions o;
//   o.mode = MeetingMode::kAll;
//   auto s = solve_meetings(p, o);
//   if (!s) ...s.error().fields names the bad field ("requests[1].b")...
//
// Hard rules, always kept (whatever the time limit): a participant is in at
// most one meeting a slot and never in a slot they marked unavailable; at most
// `tables` meetings a slot, each at a distinct table in [0, tables); a meeting
// is placed at most once. A request with `slot` set is FIXED by hand: it keeps
// its slot (and its table, when given) and counts like any other; conflicting
// fixed requests are invalid input, not something the search repairs.
//
// Modes:
//  - kBest: maximise the total weight of the placed meetings.
//  - kAll: place as many meetings as possible (every one when that can be
//    done; the heavier set among equal counts), then minimise the
//    participants' idle gaps without unplacing any.
//
// Idle gaps, after Bofill, Coll, Garcia, Giráldez-Cru, Pesant, Suy, Villaret,
// "Constraint solving approaches to the business-to-business meeting
// scheduling problem", JAIR 73 (2022), whose objective is to avoid breaks in
// the participants' schedules: we count idle time PERIODS, not slots, as
// their B2B papers do: for each participant, the maximal runs of slots
// without a meeting between their first and their last meeting (a one-slot
// and a three-slot hole both count 1). The event is one session here (their
// instances have a morning and an afternoon session, counted apart: a caller
// with two sessions can solve them apart). An unavailable slot inside such a
// run is idle time like a free one: the participant waits between two
// meetings either way. (The paper's full text was not at hand when this was
// written; the abstract was, and the counting is that of the earlier papers
// as we know them: check before relying on a finer point.)
//
// Determinism: the same problem and seed give the same schedule whenever the
// search stops by itself (it stops after a stretch without improvement); only
// a time limit that cuts it short can make two runs differ, and then both are
// valid schedules.
#pragma once

#include <chrono>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace icity::schedule {

// Slots are held as one 64-bit mask per participant, which is what makes the
// 50,000-meeting case fast: a day of 20-minute slots has 24 to 36 of them.
inline constexpr int kMaxMeetingSlots = 64;

struct MeetingRequest {
  MeetingRequest() = default;
  MeetingRequest(int first, int second, std::int64_t w = 1, std::optional<int> fixed_slot = {},
                 std::optional<int> fixed_table = {})
      : a(first), b(second), weight(w), slot(fixed_slot), table(fixed_table) {}

  int a = 0;  // participant indices in [0, MeetingProblem::participants()), a != b
  int b = 0;
  std::int64_t weight = 1;   // >= 0; kBest maximises the sum of placed weights
  std::optional<int> slot;   // set: fixed by hand at this slot
  std::optional<int> table;  // only with `slot`: fixed at this table too
};

struct MeetingProblem {
  int slots = 0;   // slots are 0..slots-1, at most kMaxMeetingSlots
  int tables = 0;  // tables are 0..tables-1; 0 places nothing
  // One entry per participant: the slots they cannot attend. Its size is the
  // number of participants; requests name participants by index.
  std::vector<std::vector<int>> unavailable;
  std::vector<MeetingRequest> requests;

  int participants() const { return static_cast<int>(unavailable.size()); }
};

enum class MeetingMode { kBest, kAll };

struct MeetingOptions {
  MeetingMode mode = MeetingMode::kBest;
  std::chrono::milliseconds time_limit{2000};  // the search's bound; the answer is always valid
  std::uint64_t seed = 1;
  // false: the greedy construction only, no local search (the benchmarks'
  // baseline).
  bool improve = true;
};

struct PlacedMeeting {
  int request = 0;  // index into MeetingProblem::requests
  int slot = 0;
  int table = 0;
};

enum class UnplacedReason {
  kNoTables,      // the event has no table at all
  kNoCommonSlot,  // no slot where both are available and not held by a fixed meeting
  kCrowdedOut,    // possible alone, but not beside the meetings placed instead
};
std::string_view to_string(UnplacedReason reason);

struct UnplacedMeeting {
  int request = 0;
  UnplacedReason reason = UnplacedReason::kCrowdedOut;
};

struct MeetingSchedule {
  std::vector<PlacedMeeting> meetings;    // by slot, then table
  std::vector<UnplacedMeeting> unplaced;  // by request index
  std::int64_t total_weight = 0;          // of the placed meetings
  int idle_gaps = 0;                      // summed over participants (see above)
};

// The field errors of a problem that cannot be solved as given ("slots",
// "unavailable[2][0]", "requests[3].b", "requests[5].table"), empty if none.
std::vector<core::FieldError> validate_meetings(const MeetingProblem& problem);

// Validates, then schedules. The only error is kInvalidArgument with the
// fields of validate_meetings().
core::Result<MeetingSchedule> solve_meetings(const MeetingProblem& problem,
                                             const MeetingOptions& options);

// The idle periods of one participant whose meetings are in `busy` (bit s:
// a meeting in slot s): maximal runs of empty slots between the first and the
// last meeting.
int meeting_idle_periods(std::uint64_t busy);

}  // namespace icity::schedule
