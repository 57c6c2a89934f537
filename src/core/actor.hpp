// Who is doing something: the subject of every permission check.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace icity::core {

enum class Role { kPublic, kPartner, kStaff, kAdmin };

std::string_view to_string(Role role);
std::optional<Role> parse_role(std::string_view text);

struct Actor {
  std::int64_t user_id = 0;  // 0 for the public
  Role role = Role::kPublic;
  std::optional<std::int64_t> organisation_id;  // set for partners
  std::string email;

  bool is_staff() const { return role == Role::kStaff || role == Role::kAdmin; }
  bool is_admin() const { return role == Role::kAdmin; }
  bool signed_in() const { return role != Role::kPublic; }
  static Actor anonymous() { return {}; }
};

}  // namespace icity::core
