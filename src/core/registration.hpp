// Registration for an event: who may register when, who gets a seat and who
// waits. Pure rules; RegistrationService applies them inside one write
// transaction per event, so that seats are never given twice.
//
//   if (auto why = registration_refused(event, now, invited)) return conflict(*why);
//   r.status = admit(event, registered_count);
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/event.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"

namespace icity::core {

enum class RegistrationStatus { kRegistered, kWaitlisted, kCancelled };
std::string_view to_string(RegistrationStatus v);
std::optional<RegistrationStatus> parse_registration_status(std::string_view s);
std::span<const std::string_view> registration_status_names();

struct Registration {
  Id id = 0;
  Id event_id = 0;
  RegistrationStatus status = RegistrationStatus::kRegistered;
  // Order of arrival within the event (1, 2, …): the waiting list's order.
  std::int64_t arrival = 0;
  // 1, 2, … on the waiting list (worked out on reading); 0 otherwise.
  std::int64_t position = 0;
  LocalizedText name;
  std::string email;
  std::string organisation;
  std::string country;  // ISO 3166-1 alpha-2 or ""
  std::optional<Id> person_id;
  std::optional<Id> invitation_id;
  std::string key_digest;  // SHA-256 of the private link's key
  std::string created_at, updated_at, cancelled_at, promoted_at;
};

struct Invitation {
  Id id = 0;
  Id event_id = 0;
  LocalizedText name;
  std::string email;
  std::optional<Id> person_id;
  std::string key_digest;             // SHA-256 of the invitation link's key
  std::optional<Id> registration_id;  // once the invitee registered
  int reminders = 0;
  std::string invited_at, reminded_at;
};

// Why nobody may register at `now` (RFC 3339 UTC), or nullopt: the event was
// cancelled or has ended, registration has not opened or has closed (by
// default it closes when the event starts), or the event is by invitation and
// `invited` is false.
std::optional<LocalizedText> registration_refused(const Event& event, const std::string& now,
                                                  bool invited);

// A new registration's status when `registered` seats are taken.
RegistrationStatus admit(const Event& event, std::int64_t registered);

// How many of the waiting list move up now that `registered` seats are taken
// (after a cancellation, or when staff raise the capacity).
std::int64_t seats_to_fill(const Event& event, std::int64_t registered, std::int64_t waiting);

std::vector<FieldError> validate(const Registration& r, const ReferenceCatalogue& ref);
std::vector<FieldError> validate(const Invitation& i);

}  // namespace icity::core
