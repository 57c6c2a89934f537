// The tests' own reading of the rules (meeting_scheduler.hpp), written apart
// from the engine so that a bug in one is not repeated in the other.
#pragma once

#include <set>
#include <string>
#include <utility>

#include "schedule/meeting_scheduler.hpp"

namespace icity::schedule::testing {

// Designated initialisers that leave members out warn under -Wextra: these
// spell the test data instead.
inline MeetingRequest request(int a, int b, std::int64_t weight = 1,
                              std::optional<int> slot = std::nullopt,
                              std::optional<int> table = std::nullopt) {
  MeetingRequest r;
  r.a = a;
  r.b = b;
  r.weight = weight;
  r.slot = slot;
  r.table = table;
  return r;
}

inline MeetingProblem problem(int slots, int tables, std::vector<std::vector<int>> unavailable,
                              std::vector<MeetingRequest> requests = {}) {
  MeetingProblem p;
  p.slots = slots;
  p.tables = tables;
  p.unavailable = std::move(unavailable);
  p.requests = std::move(requests);
  return p;
}

inline MeetingOptions options(MeetingMode mode,
                              std::chrono::milliseconds limit = std::chrono::seconds(5),
                              std::uint64_t seed = 1, bool improve = true) {
  MeetingOptions o;
  o.mode = mode;
  o.time_limit = limit;
  o.seed = seed;
  o.improve = improve;
  return o;
}

// Every hard rule of the problem; "" if `s` keeps them all, else what broke.
inline std::string check_schedule(const MeetingProblem& p, const MeetingSchedule& s) {
  std::set<int> seen;
  std::set<std::pair<int, int>> participant_slot;
  std::set<std::pair<int, int>> slot_table;
  std::int64_t weight = 0;
  int last_slot = -1;
  int last_table = -1;
  for (const PlacedMeeting& m : s.meetings) {
    const std::string at = "request " + std::to_string(m.request) + ": ";
    if (m.request < 0 || m.request >= static_cast<int>(p.requests.size())) return at + "no such";
    if (!seen.insert(m.request).second) return at + "placed twice";
    if (m.slot < 0 || m.slot >= p.slots) return at + "slot out of range";
    if (m.table < 0 || m.table >= p.tables) return at + "table out of range";
    if (std::pair{m.slot, m.table} <= std::pair{last_slot, last_table}) return at + "not sorted";
    last_slot = m.slot;
    last_table = m.table;
    if (!slot_table.insert({m.slot, m.table}).second) return at + "table taken twice";
    const MeetingRequest& r = p.requests[m.request];
    for (const int who : {r.a, r.b}) {
      for (const int off : p.unavailable[who]) {
        if (off == m.slot) return at + "participant unavailable";
      }
      if (!participant_slot.insert({who, m.slot}).second) return at + "participant double-booked";
    }
    if (r.slot && *r.slot != m.slot) return at + "fixed slot moved";
    if (r.table && *r.table != m.table) return at + "fixed table moved";
    weight += r.weight;
  }
  for (std::size_t i = 0; i < p.requests.size(); ++i) {
    if (p.requests[i].slot && seen.count(static_cast<int>(i)) == 0) {
      return "fixed request " + std::to_string(i) + " not placed";
    }
  }
  std::set<int> unplaced;
  for (const UnplacedMeeting& u : s.unplaced) unplaced.insert(u.request);
  if (unplaced.size() != s.unplaced.size()) return "a request unplaced twice";
  if (unplaced.size() + seen.size() != p.requests.size()) return "requests lost or doubled";
  for (const int u : unplaced) {
    if (seen.count(u) != 0) return "request " + std::to_string(u) + " placed and unplaced";
  }
  if (weight != s.total_weight) return "total_weight is not the placed weight";
  // Idle periods, counted slot by slot.
  int idle = 0;
  for (int who = 0; who < p.participants(); ++who) {
    std::vector<bool> busy(p.slots, false);
    for (const PlacedMeeting& m : s.meetings) {
      if (p.requests[m.request].a == who || p.requests[m.request].b == who) busy[m.slot] = true;
    }
    int first = -1;
    for (int t = 0; t < p.slots; ++t) {
      if (!busy[t]) continue;
      if (first >= 0 && !busy[t - 1]) ++idle;
      first = t;
    }
  }
  if (idle != s.idle_gaps)
    return "idle_gaps " + std::to_string(s.idle_gaps) + ", counted " + std::to_string(idle);
  return "";
}

}  // namespace icity::schedule::testing
