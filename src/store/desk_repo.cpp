#include "store/desk_repo.hpp"

#include <soci/soci.h>

#include <map>

#include "store/sql_query.hpp"

namespace icity::store::desk {
namespace {

constexpr const char* kTeamColumns = "id, version, key, name_zh, name_en, created_at, updated_at";

struct TeamRow {
  long long id = 0, version = 0;
  std::string key, zh, en, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(key));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Team value() const {
    core::Team t;
    t.id = id;
    t.version = version;
    t.key = key;
    t.name = {zh, en};
    t.created_at = created_at;
    t.updated_at = updated_at;
    return t;
  }
};

struct TeamParams {
  std::string key, zh, en;
  explicit TeamParams(const core::Team& t) : key(t.key), zh(t.name.zh), en(t.name.en) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(key, "k"));
    st.exchange(soci::use(zh, "nz"));
    st.exchange(soci::use(en, "ne"));
  }
};

constexpr const char* kServiceColumns =
    "s.id, s.version, s.key, s.name_zh, s.name_en, s.description_zh, s.description_en, "
    "s.team_id, s.target_hours, s.active, s.position, s.created_at, s.updated_at, t.key, "
    "t.name_zh, t.name_en";
constexpr const char* kServiceFrom = " FROM desk_services s JOIN desk_teams t ON t.id = s.team_id";

struct ServiceRow {
  long long id = 0, version = 0, team = 0;
  int target = 0, active = 0, position = 0;
  std::string key, zh, en, dzh, den, created_at, updated_at, team_key, team_zh, team_en;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(key));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    st.exchange(soci::into(dzh));
    st.exchange(soci::into(den));
    st.exchange(soci::into(team));
    st.exchange(soci::into(target));
    st.exchange(soci::into(active));
    st.exchange(soci::into(position));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
    st.exchange(soci::into(team_key));
    st.exchange(soci::into(team_zh));
    st.exchange(soci::into(team_en));
  }
  core::DeskService value() const {
    core::DeskService s;
    s.id = id;
    s.version = version;
    s.key = key;
    s.name = {zh, en};
    s.description = {dzh, den};
    s.team_id = team;
    s.team = {team, team_key, {team_zh, team_en}};
    s.target_hours = target;
    s.active = active != 0;
    s.position = position;
    s.created_at = created_at;
    s.updated_at = updated_at;
    return s;
  }
};

struct ServiceParams {
  std::string key, zh, en, dzh, den;
  long long team = 0;
  int target = 0, active = 0, position = 0;
  explicit ServiceParams(const core::DeskService& s)
      : key(s.key),
        zh(s.name.zh),
        en(s.name.en),
        dzh(s.description.zh),
        den(s.description.en),
        team(s.team_id),
        target(s.target_hours),
        active(s.active ? 1 : 0),
        position(s.position) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(key, "k"));
    st.exchange(soci::use(zh, "nz"));
    st.exchange(soci::use(en, "ne"));
    st.exchange(soci::use(dzh, "dz"));
    st.exchange(soci::use(den, "de"));
    st.exchange(soci::use(team, "t"));
    st.exchange(soci::use(target, "h"));
    st.exchange(soci::use(active, "a"));
    st.exchange(soci::use(position, "p"));
  }
};

struct UserRow {
  long long id = 0;
  std::string email, name;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(email));
    st.exchange(soci::into(name));
  }
  core::UserRef value() const { return {id, email, name}; }
};

std::optional<core::Id> id_by_key(soci::session& sql, const char* table, const std::string& key) {
  long long id = 0;
  soci::indicator ind = soci::i_null;
  sql << std::string("SELECT id FROM ") + table + " WHERE key = :k", soci::use(key, "k"),
      soci::into(id, ind);
  if (!sql.got_data() || ind != soci::i_ok) return std::nullopt;
  return id;
}

// Fills the members of `teams`.
void load_members(soci::session& sql, std::vector<core::Team>& teams) {
  std::map<core::Id, core::Team*> by_id;
  for (auto& t : teams) by_id[t.id] = &t;
  long long team = 0, id = 0;
  std::string email, name;
  soci::statement st =
      (sql.prepare << "SELECT m.team_id, u.id, u.email, u.display_name FROM desk_team_members m "
                      "JOIN users u ON u.id = m.user_id ORDER BY m.team_id, u.id",
       soci::into(team), soci::into(id), soci::into(email), soci::into(name));
  st.execute(false);
  while (st.fetch()) {
    if (auto it = by_id.find(team); it != by_id.end())
      it->second->members.push_back({id, email, name});
  }
}

}  // namespace

std::vector<core::Team> teams(soci::session& sql) {
  auto out = all_rows<TeamRow>(
      sql, std::string("SELECT ") + kTeamColumns + " FROM desk_teams WHERE id > :p ORDER BY key",
      0);
  load_members(sql, out);
  return out;
}

std::optional<core::Team> find_team(soci::session& sql, core::Id id) {
  auto team = find_row<TeamRow>(sql, kTeamColumns, "desk_teams", id);
  if (!team) return std::nullopt;
  std::vector<core::Team> one{std::move(*team)};
  load_members(sql, one);
  return std::move(one.front());
}

std::optional<core::Id> team_by_key(soci::session& sql, const std::string& key) {
  return id_by_key(sql, "desk_teams", key);
}

std::vector<core::Id> teams_of(soci::session& sql, core::Id user_id) {
  std::vector<core::Id> out;
  long long user = user_id, team = 0;
  soci::statement st = (sql.prepare << "SELECT team_id FROM desk_team_members WHERE user_id = :u "
                                       "ORDER BY team_id",
                        soci::use(user, "u"), soci::into(team));
  st.execute(false);
  while (st.fetch()) out.push_back(team);
  return out;
}

core::Id insert_team(Tx& tx, core::Team& team) {
  return insert_versioned<TeamParams>(
      tx, team,
      "INSERT INTO desk_teams (version, key, name_zh, name_en, created_at, updated_at) VALUES (1, "
      ":k, :nz, :ne, :ca, :ua) RETURNING id");
}

bool update_team(Tx& tx, core::Team& team) {
  return update_versioned<TeamParams>(
      tx, team,
      "UPDATE desk_teams SET version = version + 1, key = :k, name_zh = :nz, name_en = :ne, "
      "updated_at = :ua WHERE id = :id AND version = :v");
}

void set_members(Tx& tx, core::Id team_id, const std::vector<core::Id>& user_ids) {
  long long team = team_id;
  tx.sql() << "DELETE FROM desk_team_members WHERE team_id = :t", soci::use(team, "t");
  for (auto user_id : user_ids) {
    long long user = user_id;
    tx.sql() << "INSERT INTO desk_team_members (team_id, user_id) VALUES (:t, :u)",
        soci::use(team, "t"), soci::use(user, "u");
  }
}

std::vector<core::UserRef> staff_users(soci::session& sql) {
  return all_rows<UserRow>(sql,
                           "SELECT id, email, display_name FROM users WHERE role IN ('staff', "
                           "'admin') AND id > :p ORDER BY id",
                           0);
}

std::optional<core::UserRef> staff_user(soci::session& sql, core::Id id) {
  auto found = all_rows<UserRow>(sql,
                                 "SELECT id, email, display_name FROM users WHERE role IN "
                                 "('staff', 'admin') AND id = :p",
                                 id);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<core::DeskService> services(soci::session& sql, bool include_inactive) {
  return all_rows<ServiceRow>(sql,
                              std::string("SELECT ") + kServiceColumns + kServiceFrom +
                                  " WHERE s.active >= :p ORDER BY s.position, s.id",
                              include_inactive ? 0 : 1);
}

std::optional<core::DeskService> find_service(soci::session& sql, core::Id id) {
  auto found = all_rows<ServiceRow>(
      sql, std::string("SELECT ") + kServiceColumns + kServiceFrom + " WHERE s.id = :p", id);
  if (found.empty()) return std::nullopt;
  return std::move(found.front());
}

std::optional<core::Id> service_by_key(soci::session& sql, const std::string& key) {
  return id_by_key(sql, "desk_services", key);
}

core::Id insert_service(Tx& tx, core::DeskService& service) {
  return insert_versioned<ServiceParams>(
      tx, service,
      "INSERT INTO desk_services (version, key, name_zh, name_en, description_zh, description_en, "
      "team_id, target_hours, active, position, created_at, updated_at) VALUES (1, :k, :nz, :ne, "
      ":dz, :de, :t, :h, :a, :p, :ca, :ua) RETURNING id");
}

bool update_service(Tx& tx, core::DeskService& service) {
  return update_versioned<ServiceParams>(
      tx, service,
      "UPDATE desk_services SET version = version + 1, key = :k, name_zh = :nz, name_en = :ne, "
      "description_zh = :dz, description_en = :de, team_id = :t, target_hours = :h, active = :a, "
      "position = :p, updated_at = :ua WHERE id = :id AND version = :v");
}

}  // namespace icity::store::desk
