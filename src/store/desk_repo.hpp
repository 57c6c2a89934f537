// The service desk's teams (with their members) and its catalogue of services.
#pragma once

#include <optional>
#include <vector>

#include "core/desk.hpp"
#include "store/database.hpp"

namespace icity::store::desk {

// Every team, by key, with its members.
std::vector<core::Team> teams(soci::session& sql);
std::optional<core::Team> find_team(soci::session& sql, core::Id id);
std::optional<core::Id> team_by_key(soci::session& sql, const std::string& key);
// The teams `user_id` belongs to.
std::vector<core::Id> teams_of(soci::session& sql, core::Id user_id);
core::Id insert_team(Tx& tx, core::Team& team);
bool update_team(Tx& tx, core::Team& team);  // false: stale version
void set_members(Tx& tx, core::Id team_id, const std::vector<core::Id>& user_ids);

// Staff and admins, the people a case can be assigned to, by id.
std::vector<core::UserRef> staff_users(soci::session& sql);
// The staff or admin user `id`, if there is one.
std::optional<core::UserRef> staff_user(soci::session& sql, core::Id id);

// The catalogue in order (position, then id); inactive services too if asked.
std::vector<core::DeskService> services(soci::session& sql, bool include_inactive);
std::optional<core::DeskService> find_service(soci::session& sql, core::Id id);
std::optional<core::Id> service_by_key(soci::session& sql, const std::string& key);
core::Id insert_service(Tx& tx, core::DeskService& service);
bool update_service(Tx& tx, core::DeskService& service);  // false: stale version

}  // namespace icity::store::desk
