#include "app/meeting_views.hpp"

#include <soci/soci.h>

#include <map>

#include "app/service_errors.hpp"
#include "core/instant.hpp"
#include "schedule/meeting_scheduler.hpp"
#include "store/event_repo.hpp"
#include "store/meeting_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {

core::Result<core::Event> b2b_event(soci::session& sql, core::Id event_id) {
  auto e = store::events::find(sql, event_id);
  if (!e || e->archived) return core::fail(not_found("event", event_id));
  if (e->meeting_slots <= 0) {
    return core::fail(
        core::Error::conflict({"本活动没有 B2B 洽谈(请先设置时段与桌数)",
                               "this event has no B2B meetings (set its slots and tables first)"}));
  }
  return std::move(*e);
}

Participant participant_of(const core::Registration& r) {
  return {r.id, r.name, r.organisation, r.country};
}

RequestView view_of(soci::session& sql, const core::MeetingRequest& r) {
  RequestView v;
  v.request = r;
  if (auto from = store::registrations::find(sql, r.from_registration_id))
    v.from = participant_of(*from);
  if (auto to = store::registrations::find(sql, r.to_registration_id)) v.to = participant_of(*to);
  return v;
}

std::string slot_starts_at(const core::Event& e, int slot) {
  const auto start = core::parse_instant(e.meetings_start_at).value_or(0);
  return core::format_instant(start + static_cast<core::Instant>(slot) * e.meeting_minutes * 60000);
}

std::string slot_ends_at(const core::Event& e, int slot) { return slot_starts_at(e, slot + 1); }

ScheduleAnswer stored_schedule(soci::session& sql, const core::Event& e,
                               std::optional<core::Id> only) {
  ScheduleAnswer out;
  out.published_at = e.meetings_published_at;
  std::map<core::Id, std::uint64_t> busy;  // slots with a meeting, by registration
  for (const auto& m : store::meetings::schedule(sql, e.id)) {
    auto request = store::meetings::find_request(sql, m.request_id);
    if (!request) continue;
    if (only && request->from_registration_id != *only && request->to_registration_id != *only) {
      continue;
    }
    out.total_weight += request->priority;
    busy[request->from_registration_id] |= std::uint64_t{1} << m.slot;
    busy[request->to_registration_id] |= std::uint64_t{1} << m.slot;
    out.meetings.push_back(
        {m, view_of(sql, *request), slot_starts_at(e, m.slot), slot_ends_at(e, m.slot)});
  }
  for (const auto& [registration, mask] : busy) {
    if (!only || registration == *only) out.idle_gaps += schedule::meeting_idle_periods(mask);
  }
  return out;
}

}  // namespace icity::app
