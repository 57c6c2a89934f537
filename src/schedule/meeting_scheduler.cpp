#include "schedule/meeting_scheduler.hpp"

#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <utility>

#include "schedule/meeting_search.hpp"
#include "schedule/meeting_state.hpp"

namespace icity::schedule {
namespace {

// kAll ranks a schedule by its count of placed meetings first: each meeting
// weighs this much more than any sum of real weights can reach.
constexpr std::int64_t kCountWeight = std::int64_t{1} << 40;
constexpr std::int64_t kMaxWeight = 1'000'000'000;
// The share of the time limit kAll may spend on placement before the idle
// periods get the rest.
constexpr double kPlacementShare = 0.6;

core::FieldError field_error(std::string field, std::string message) {
  return {std::move(field), {"", std::move(message)}};
}

std::string request_field(std::size_t i, const char* name) {
  return "requests[" + std::to_string(i) + "]." + name;
}

// Fixed requests may not clash with each other, with their participants'
// availability or with the number of tables.
void validate_fixed(const MeetingProblem& problem, std::vector<core::FieldError>& errors) {
  std::map<std::pair<int, int>, std::size_t> participant_at;  // (participant, slot) -> request
  std::map<std::pair<int, int>, std::size_t> table_at;        // (slot, table) -> request
  std::vector<int> fixed_in_slot(problem.slots, 0);
  for (std::size_t i = 0; i < problem.requests.size(); ++i) {
    const MeetingRequest& r = problem.requests[i];
    if (!r.slot) continue;
    const int slot = *r.slot;
    for (const int p : {r.a, r.b}) {
      const auto& off = problem.unavailable[p];
      if (std::find(off.begin(), off.end(), slot) != off.end()) {
        errors.push_back(field_error(request_field(i, "slot"), "participant " + std::to_string(p) +
                                                                   " is unavailable in slot " +
                                                                   std::to_string(slot)));
      }
      const auto [it, added] = participant_at.emplace(std::pair{p, slot}, i);
      if (!added) {
        errors.push_back(field_error(request_field(i, "slot"),
                                     "participant " + std::to_string(p) +
                                         " already meets in slot " + std::to_string(slot) +
                                         " (requests[" + std::to_string(it->second) + "])"));
      }
    }
    if (++fixed_in_slot[slot] > problem.tables) {
      errors.push_back(field_error(
          request_field(i, "slot"),
          "more meetings fixed in slot " + std::to_string(slot) + " than there are tables"));
    }
    if (r.table) {
      const auto [it, added] = table_at.emplace(std::pair{slot, *r.table}, i);
      if (!added) {
        errors.push_back(field_error(request_field(i, "table"),
                                     "table " + std::to_string(*r.table) + " in slot " +
                                         std::to_string(slot) + " is already fixed for requests[" +
                                         std::to_string(it->second) + "]"));
      }
    }
  }
}

// Tables: a fixed table is kept; every other meeting of the slot takes the
// lowest table left, in request order (fixed ones without a table first).
std::vector<PlacedMeeting> assign_tables(const MeetingProblem& problem,
                                         const detail::MeetingState& state) {
  std::vector<PlacedMeeting> placed;
  for (int s = 0; s < problem.slots; ++s) {
    std::vector<int> here = state.in_slot(s);
    std::sort(here.begin(), here.end(), [&](int x, int y) {
      return std::pair{!state.fixed(x), x} < std::pair{!state.fixed(y), y};
    });
    std::vector<char> taken(problem.tables, 0);
    for (const int m : here) {
      if (const auto& table = problem.requests[m].table) taken[*table] = 1;
    }
    int next = 0;
    for (const int m : here) {
      int table = 0;
      if (const auto& fixed = problem.requests[m].table) {
        table = *fixed;
      } else {
        while (taken[next] != 0) ++next;
        table = next;
        taken[next] = 1;
      }
      placed.push_back({m, s, table});
    }
  }
  std::sort(placed.begin(), placed.end(), [](const PlacedMeeting& x, const PlacedMeeting& y) {
    return std::pair{x.slot, x.table} < std::pair{y.slot, y.table};
  });
  return placed;
}

}  // namespace

std::string_view to_string(UnplacedReason reason) {
  switch (reason) {
    case UnplacedReason::kNoTables:
      return "the event has no tables";
    case UnplacedReason::kNoCommonSlot:
      return "no slot where both participants are available and free of fixed meetings";
    case UnplacedReason::kCrowdedOut:
      return "no room beside the meetings placed";
  }
  return "";
}

std::vector<core::FieldError> validate_meetings(const MeetingProblem& problem) {
  std::vector<core::FieldError> errors;
  if (problem.slots < 0 || problem.slots > kMaxMeetingSlots) {
    errors.push_back(
        field_error("slots", "must be between 0 and " + std::to_string(kMaxMeetingSlots)));
    return errors;
  }
  if (problem.tables < 0) errors.push_back(field_error("tables", "must not be negative"));
  const int n = problem.participants();
  for (int p = 0; p < n; ++p) {
    for (std::size_t k = 0; k < problem.unavailable[p].size(); ++k) {
      const int s = problem.unavailable[p][k];
      if (s < 0 || s >= problem.slots) {
        errors.push_back(field_error(
            "unavailable[" + std::to_string(p) + "][" + std::to_string(k) + "]",
            "slot " + std::to_string(s) + " is not in 0.." + std::to_string(problem.slots - 1)));
      }
    }
  }
  for (std::size_t i = 0; i < problem.requests.size(); ++i) {
    const MeetingRequest& r = problem.requests[i];
    if (r.a < 0 || r.a >= n)
      errors.push_back(field_error(request_field(i, "a"), "no such participant"));
    if (r.b < 0 || r.b >= n)
      errors.push_back(field_error(request_field(i, "b"), "no such participant"));
    if (r.a == r.b)
      errors.push_back(field_error(request_field(i, "b"), "the same participant as a"));
    if (r.weight < 0 || r.weight > kMaxWeight) {
      errors.push_back(field_error(request_field(i, "weight"),
                                   "must be between 0 and " + std::to_string(kMaxWeight)));
    }
    if (r.slot && (*r.slot < 0 || *r.slot >= problem.slots)) {
      errors.push_back(field_error(request_field(i, "slot"), "not a slot of the event"));
    }
    if (r.table && !r.slot) {
      errors.push_back(field_error(request_field(i, "table"), "a table is fixed only with a slot"));
    }
    if (r.table && (*r.table < 0 || *r.table >= problem.tables)) {
      errors.push_back(field_error(request_field(i, "table"), "not a table of the event"));
    }
  }
  if (errors.empty()) validate_fixed(problem, errors);
  return errors;
}

core::Result<MeetingSchedule> solve_meetings(const MeetingProblem& problem,
                                             const MeetingOptions& options) {
  if (auto errors = validate_meetings(problem); !errors.empty()) {
    return core::fail(core::Error::invalid(std::move(errors)));
  }
  const auto started = detail::Clock::now();
  const auto deadline = started + options.time_limit;
  const bool all = options.mode == MeetingMode::kAll;
  std::vector<std::int64_t> weights;
  weights.reserve(problem.requests.size());
  for (const MeetingRequest& r : problem.requests) {
    weights.push_back(all ? kCountWeight + r.weight : r.weight);
  }
  detail::MeetingState state(problem, std::move(weights));
  std::mt19937_64 rng(options.seed);
  detail::construct_meetings(state, all, rng);
  if (options.improve) {
    if (all) {
      const auto placement_deadline = started + std::chrono::duration_cast<detail::Clock::duration>(
                                                    options.time_limit * kPlacementShare);
      detail::improve_placement(state, problem.participants(), true, placement_deadline, rng);
      detail::reduce_idle_periods(state, deadline, rng);
    } else {
      detail::improve_placement(state, problem.participants(), false, deadline, rng);
    }
  }

  MeetingSchedule schedule;
  schedule.meetings = assign_tables(problem, state);
  for (const PlacedMeeting& placed : schedule.meetings) {
    schedule.total_weight += problem.requests[placed.request].weight;
  }
  schedule.idle_gaps = detail::total_idle_periods(state, problem.participants());
  for (int m = 0; m < state.meetings(); ++m) {
    if (state.slot_of(m) >= 0) continue;
    UnplacedReason reason = UnplacedReason::kCrowdedOut;
    if (problem.tables == 0) {
      reason = UnplacedReason::kNoTables;
    } else if (state.allowed(m) == 0) {
      reason = UnplacedReason::kNoCommonSlot;
    }
    schedule.unplaced.push_back({m, reason});
  }
  return schedule;
}

}  // namespace icity::schedule
