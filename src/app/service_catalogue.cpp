#include "app/service_catalogue.hpp"

#include <boost/json.hpp>
#include <set>

#include "app/audit_trail.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/service_errors.hpp"
#include "store/desk_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {
namespace {

core::Result<void> admin_only(const Context& ctx) {
  if (!ctx.actor.is_admin()) return core::fail(refused(ctx));
  return {};
}

// The members named, each a staff or admin user; the bad ones reported.
std::vector<core::Id> members(soci::session& sql, const std::vector<std::int64_t>& ids,
                              std::vector<core::FieldError>& errors) {
  std::set<core::Id> seen;
  std::vector<core::Id> out;
  for (std::size_t i = 0; i < ids.size(); ++i) {
    const auto field = "members[" + std::to_string(i) + "]";
    if (!store::desk::staff_user(sql, ids[i])) {
      errors.push_back(
          {field, {"不是工作人员或管理员的用户编号", "not the id of a staff or admin user"}});
    } else if (!seen.insert(ids[i]).second) {
      errors.push_back({field, {"重复", "duplicate"}});
    } else {
      out.push_back(ids[i]);
    }
  }
  return out;
}

void check_unique_key(soci::session& sql, bool team, const std::string& key, core::Id self,
                      std::vector<core::FieldError>& errors) {
  const auto found =
      team ? store::desk::team_by_key(sql, key) : store::desk::service_by_key(sql, key);
  if (found && *found != self) errors.push_back({"key", {"已被使用", "already in use"}});
}

void read_team(JsonReader& in, core::Team& team, std::vector<std::int64_t>& member_ids,
               bool& members_given) {
  in.allow({"key", "name", "members", "version"});
  in.string("key", team.key, 40);
  in.text("name", team.name);
  members_given = in.has("members");
  in.id_list("members", member_ids);
}

void read_service(JsonReader& in, core::DeskService& s) {
  in.allow(
      {"key", "name", "description", "team_id", "target_hours", "active", "position", "version"});
  in.string("key", s.key, 40);
  in.text("name", s.name);
  in.text("description", s.description);
  std::int64_t team = s.team_id, hours = s.target_hours, position = s.position;
  in.integer("team_id", team);
  in.integer("target_hours", hours);
  in.integer("position", position);
  in.boolean("active", s.active);
  s.team_id = team;
  s.target_hours = static_cast<int>(std::clamp<std::int64_t>(hours, -1, 1 << 20));
  s.position = static_cast<int>(std::clamp<std::int64_t>(position, -1, 1 << 20));
}

// Every problem of `s`: its fields, its key's uniqueness, its team's existence.
std::vector<core::FieldError> problems_of(soci::session& sql, const core::DeskService& s) {
  auto problems = core::validate(s);
  check_unique_key(sql, false, s.key, s.id, problems);
  if (s.team_id > 0 && !store::desk::find_team(sql, s.team_id)) {
    problems.push_back({"team_id", {"没有这个团队", "no such team"}});
  }
  return problems;
}

std::string snapshot(const core::Team& t) { return json_text(to_json(t)); }
std::string snapshot(const core::DeskService& s) { return json_text(to_json(s)); }

}  // namespace

core::Result<std::vector<core::Team>> ServiceCatalogue::teams(const Context& ctx) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  return db_.read_value([&](soci::session& sql) { return store::desk::teams(sql); });
}

core::Result<core::Team> ServiceCatalogue::create_team(const Context& ctx,
                                                       const boost::json::object& body) {
  if (auto ok = admin_only(ctx); !ok) return core::fail(ok.error());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Team team;
  std::vector<std::int64_t> member_ids;
  bool members_given = false;
  read_team(in, team, member_ids, members_given);
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto problems = core::validate(team);
    problems.insert(problems.begin(), errors.begin(), errors.end());
    check_unique_key(tx.sql(), true, team.key, 0, problems);
    const auto users = members(tx.sql(), member_ids, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    store::desk::insert_team(tx, team);
    store::desk::set_members(tx, team.id, users);
    team = *store::desk::find_team(tx.sql(), team.id);
    tx.changed("desk_team", team.id, "create");
    audit(tx, ctx, "create", "desk_team", team.id, "", snapshot(team));
    return {};
  });
  if (!r) return core::fail(r.error());
  return team;
}

core::Result<core::Team> ServiceCatalogue::update_team(const Context& ctx, core::Id id,
                                                       const boost::json::object& body) {
  if (auto ok = admin_only(ctx); !ok) return core::fail(ok.error());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  std::int64_t version = 0;
  in.version(version);
  core::Team team;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::desk::find_team(tx.sql(), id);
    if (!current) return core::fail(not_found("desk_team", id));
    team = *current;
    const auto before = snapshot(team);
    std::vector<std::int64_t> member_ids;
    bool members_given = false;
    read_team(in, team, member_ids, members_given);
    auto problems = core::validate(team);
    problems.insert(problems.begin(), errors.begin(), errors.end());
    check_unique_key(tx.sql(), true, team.key, id, problems);
    const auto users = members(tx.sql(), member_ids, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (version != team.version || !store::desk::update_team(tx, team)) {
      return core::fail(stale("desk_team", id, current->version));
    }
    if (members_given) store::desk::set_members(tx, id, users);
    team = *store::desk::find_team(tx.sql(), id);
    tx.changed("desk_team", id, "update");
    audit(tx, ctx, "update", "desk_team", id, before, snapshot(team));
    return {};
  });
  if (!r) return core::fail(r.error());
  return team;
}

core::Result<std::vector<StaffMember>> ServiceCatalogue::staff(const Context& ctx) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  return db_.read_value([&](soci::session& sql) {
    std::vector<StaffMember> out;
    for (auto& u : store::desk::staff_users(sql)) {
      const auto user = store::users::find(sql, u.id);
      out.push_back({u, user ? user->role : core::Role::kStaff, store::desk::teams_of(sql, u.id)});
    }
    return out;
  });
}

core::Result<std::vector<core::DeskService>> ServiceCatalogue::services(const Context& ctx,
                                                                        bool include_inactive) {
  if (include_inactive && !ctx.actor.is_admin()) return core::fail(refused(ctx));
  return db_.read_value(
      [&](soci::session& sql) { return store::desk::services(sql, include_inactive); });
}

core::Result<core::DeskService> ServiceCatalogue::service(const Context& ctx, core::Id id) {
  auto found = db_.read_value([&](soci::session& sql) -> core::Result<core::DeskService> {
    auto s = store::desk::find_service(sql, id);
    if (!s || (!s->active && !ctx.actor.is_admin())) return core::fail(not_found("service", id));
    return *s;
  });
  if (!found) return core::fail(found.error());
  return *found;
}

core::Result<core::DeskService> ServiceCatalogue::create_service(const Context& ctx,
                                                                 const boost::json::object& body) {
  if (auto ok = admin_only(ctx); !ok) return core::fail(ok.error());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::DeskService s;
  read_service(in, s);
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto problems = problems_of(tx.sql(), s);
    problems.insert(problems.begin(), errors.begin(), errors.end());
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    store::desk::insert_service(tx, s);
    s = *store::desk::find_service(tx.sql(), s.id);
    tx.changed("desk_service", s.id, "create");
    audit(tx, ctx, "create", "desk_service", s.id, "", snapshot(s));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

core::Result<core::DeskService> ServiceCatalogue::update_service(const Context& ctx, core::Id id,
                                                                 const boost::json::object& body) {
  if (auto ok = admin_only(ctx); !ok) return core::fail(ok.error());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  std::int64_t version = 0;
  in.version(version);
  core::DeskService s;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::desk::find_service(tx.sql(), id);
    if (!current) return core::fail(not_found("service", id));
    s = *current;
    const auto before = snapshot(s);
    read_service(in, s);
    auto problems = problems_of(tx.sql(), s);
    problems.insert(problems.begin(), errors.begin(), errors.end());
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (version != current->version || !store::desk::update_service(tx, s)) {
      return core::fail(stale("service", id, current->version));
    }
    s = *store::desk::find_service(tx.sql(), id);
    tx.changed("desk_service", id, "update");
    audit(tx, ctx, "update", "desk_service", id, before, snapshot(s));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

}  // namespace icity::app
