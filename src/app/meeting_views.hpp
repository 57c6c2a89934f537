// What MeetingService's two halves share: reading a B2B event, its requests
// and schedule as views with names and times. Internal to src/app.
#pragma once

#include <optional>
#include <string>

#include "app/meeting_service.hpp"
#include "core/event.hpp"

namespace soci {
class session;
}

namespace icity::app {

// The event, if it exists and has B2B rounds (404, 409 otherwise).
core::Result<core::Event> b2b_event(soci::session& sql, core::Id event_id);
Participant participant_of(const core::Registration& r);
RequestView view_of(soci::session& sql, const core::MeetingRequest& r);
// The slot's start and end (RFC 3339 UTC).
std::string slot_starts_at(const core::Event& e, int slot);
std::string slot_ends_at(const core::Event& e, int slot);
// The schedule as stored, every meeting or only those of one registration.
ScheduleAnswer stored_schedule(soci::session& sql, const core::Event& e,
                               std::optional<core::Id> only);

}  // namespace icity::app
