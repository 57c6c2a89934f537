// Registrations for events, their waiting list, and attendance.
// REQUIRES for writes that give or take seats: the event's row is held
// (events::take_arrival) by the same transaction.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/registration.hpp"
#include "store/database.hpp"

namespace icity::store::registrations {

std::optional<core::Registration> find(soci::session& sql, core::Id id);
// The event's registration with `email` that is not cancelled, if any.
std::optional<core::Registration> find_active(soci::session& sql, core::Id event_id,
                                              const std::string& email);
// Every registration of the event in order of arrival, waiting-list positions filled in.
std::vector<core::Registration> of_event(soci::session& sql, core::Id event_id);
// Every registration with `email` (any event), newest first.
std::vector<core::Registration> of_email(soci::session& sql, const std::string& email);
std::int64_t count(soci::session& sql, core::Id event_id, core::RegistrationStatus status);
// 1, 2, … : where a waiting registration of `arrival` stands on the list.
std::int64_t position(soci::session& sql, core::Id event_id, std::int64_t arrival);
// The first `n` of the waiting list.
std::vector<core::Registration> first_waiting(soci::session& sql, core::Id event_id,
                                              std::int64_t n);

core::Id insert(Tx& tx, core::Registration& registration);  // sets id and times
// Sets status (and cancelled_at or promoted_at to now).
void set_status(Tx& tx, core::Id id, core::RegistrationStatus status);

struct Attendance {
  core::Id registration_id = 0;
  core::Id session_id = 0;  // 0: the event itself
  std::string checked_in_at;
};
// Records presence; false (nothing written) when it was already recorded.
bool check_in(Tx& tx, core::Id registration_id, core::Id session_id,
              std::optional<core::Id> by_user);
std::optional<std::string> checked_in_at(soci::session& sql, core::Id registration_id,
                                         core::Id session_id);
// Every presence recorded for the event's registrations.
std::vector<Attendance> attendance(soci::session& sql, core::Id event_id);

}  // namespace icity::store::registrations
