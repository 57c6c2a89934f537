// The service desk's catalogue: the teams that handle foreign-related matters
// (with their members), the services the public may ask for (each with a
// target time in business hours and a responsible team), the staff a case may
// be assigned to, and the holiday calendar due dates are computed with.
// Everyone reads the active services; staff read teams; admins edit both.
#pragma once

#include <boost/json/fwd.hpp>
#include <vector>

#include "app/context.hpp"
#include "core/desk.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::app {

struct StaffMember {
  core::UserRef user;
  core::Role role = core::Role::kStaff;
  std::vector<core::Id> teams;
};

class ServiceCatalogue {
 public:
  explicit ServiceCatalogue(store::Database& db) : db_(db) {}

  core::Result<std::vector<core::Team>> teams(const Context& ctx);
  // {key, name, members?: [user ids of staff]} (admin).
  core::Result<core::Team> create_team(const Context& ctx, const boost::json::object& body);
  // {version?, key?, name?, members?} (admin).
  core::Result<core::Team> update_team(const Context& ctx, core::Id id,
                                       const boost::json::object& body);
  // Staff and admins with their teams (staff).
  core::Result<std::vector<StaffMember>> staff(const Context& ctx);

  // The active services in catalogue order; admins may ask for the inactive too.
  core::Result<std::vector<core::DeskService>> services(const Context& ctx, bool include_inactive);
  core::Result<core::DeskService> service(const Context& ctx, core::Id id);
  // {key, name, description?, team_id, target_hours, active?, position?} (admin).
  core::Result<core::DeskService> create_service(const Context& ctx,
                                                 const boost::json::object& body);
  core::Result<core::DeskService> update_service(const Context& ctx, core::Id id,
                                                 const boost::json::object& body);

 private:
  store::Database& db_;
};

}  // namespace icity::app
