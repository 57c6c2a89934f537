// The B2B meeting requests, participants' unavailable slots and the schedule.
#pragma once

#include <optional>
#include <vector>

#include "core/meeting.hpp"
#include "store/database.hpp"

namespace icity::store::meetings {

std::optional<core::MeetingRequest> find_request(soci::session& sql, core::Id id);
// The request between two registrations, either way round.
std::optional<core::MeetingRequest> find_pair(soci::session& sql, core::Id event_id, core::Id a,
                                              core::Id b);
// Every request of the event, or those `registration_id` sent or received.
std::vector<core::MeetingRequest> requests(soci::session& sql, core::Id event_id,
                                           std::optional<core::Id> registration_id);
core::Id insert(Tx& tx, core::MeetingRequest& request);
void set_status(Tx& tx, core::Id request_id, core::MeetingRequestStatus status);

std::vector<int> unavailable(soci::session& sql, core::Id registration_id);
void set_unavailable(Tx& tx, core::Id registration_id, const std::vector<int>& slots);

std::vector<core::Meeting> schedule(soci::session& sql, core::Id event_id);  // by slot, table
std::optional<core::Meeting> find_meeting(soci::session& sql, core::Id id);
// Replaces the meetings the scheduler placed (fixed ones stay) with `placed`.
void replace_unfixed(Tx& tx, core::Id event_id, const std::vector<core::Meeting>& placed);
void move(Tx& tx, core::Id meeting_id, int slot, int table);  // and marks it fixed
void remove_for_request(Tx& tx, core::Id request_id);

}  // namespace icity::store::meetings
