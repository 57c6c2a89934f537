#include "core/actor.hpp"

namespace icity::core {

std::string_view to_string(Role role) {
  switch (role) {
    case Role::kAdmin:
      return "admin";
    case Role::kStaff:
      return "staff";
    case Role::kPartner:
      return "partner";
    case Role::kPublic:
      return "public";
  }
  return "public";
}

std::optional<Role> parse_role(std::string_view text) {
  if (text == "admin") return Role::kAdmin;
  if (text == "staff") return Role::kStaff;
  if (text == "partner") return Role::kPartner;
  return std::nullopt;
}

}  // namespace icity::core
