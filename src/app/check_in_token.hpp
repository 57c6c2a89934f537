// The token a registration's QR code carries: which event and registration,
// signed with the server's key so that a code cannot be made up or altered.
// "ic1.<event>.<registration>.<signature>" — short, for a small QR code, and
// readable aloud when a phone camera is not at hand.
//
//   std::string t = make_check_in_token(key, 12, 345);
//   if (auto who = read_check_in_token(key, t)) ...  // who->event_id == 12
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/event.hpp"

namespace icity::app {

struct CheckInTicket {
  core::Id event_id = 0;
  core::Id registration_id = 0;
};

std::string make_check_in_token(std::string_view key, core::Id event_id, core::Id registration_id);
// nullopt for anything this key did not sign (spaces around it are forgiven).
std::optional<CheckInTicket> read_check_in_token(std::string_view key, std::string_view token);

}  // namespace icity::app
