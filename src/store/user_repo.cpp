#include "store/user_repo.hpp"

#include <soci/soci.h>

namespace icity::store::users {
namespace {

constexpr const char* kUserColumns =
    "u.id, u.email, u.role, u.organisation_id, u.display_name, u.locale, u.created_at";

struct UserRow {
  long long id = 0;
  long long org = 0;
  soci::indicator org_ind = soci::i_null;
  std::string email, role, display_name, locale, created_at;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(email));
    st.exchange(soci::into(role));
    st.exchange(soci::into(org, org_ind));
    st.exchange(soci::into(display_name));
    st.exchange(soci::into(locale));
    st.exchange(soci::into(created_at));
  }
  core::User user() const {
    core::User u;
    u.id = id;
    u.email = email;
    u.role = core::parse_role(role).value_or(core::Role::kPartner);
    if (org_ind == soci::i_ok) u.organisation_id = org;
    u.display_name = display_name;
    u.locale = locale;
    u.created_at = created_at;
    return u;
  }
};

// Runs "SELECT <user columns>, <extra> FROM users u <rest>" with one text key.
template <class Extra>
std::optional<core::User> one_user(soci::session& sql, const std::string& rest,
                                   const std::string& key, Extra&& extra) {
  UserRow row;
  std::string k = key;
  soci::statement st(sql);
  row.bind(st);
  extra(st);
  st.exchange(soci::use(k, "k"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kUserColumns + rest);
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.user();
}

}  // namespace

std::optional<Credentials> find_by_email(soci::session& sql, const std::string& email) {
  std::string hash;
  long long disabled = 0;
  auto user = one_user(sql, ", u.password_hash, u.disabled FROM users u WHERE u.email = :k", email,
                       [&](soci::statement& st) {
                         st.exchange(soci::into(hash));
                         st.exchange(soci::into(disabled));
                       });
  if (!user) return std::nullopt;
  return Credentials{*user, hash, disabled != 0};
}

std::optional<core::User> find(soci::session& sql, core::Id id) {
  return one_user(sql, " FROM users u WHERE u.id = CAST(:k AS BIGINT)", std::to_string(id),
                  [](soci::statement&) {});
}

std::int64_t count(soci::session& sql) {
  long long n = 0;
  sql << "SELECT COUNT(*) FROM users", soci::into(n);
  return n;
}

namespace {

std::vector<core::Id> ids_where(soci::session& sql, const std::string& condition, long long key) {
  std::vector<core::Id> out;
  long long id = 0;
  soci::statement st =
      (sql.prepare << "SELECT id FROM users WHERE disabled = 0 AND " + condition + " ORDER BY id",
       soci::use(key, "k"), soci::into(id));
  st.execute(false);
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace

std::vector<core::Id> partner_ids(soci::session& sql, core::Id organisation_id) {
  return ids_where(sql, "role = 'partner' AND organisation_id = :k", organisation_id);
}

std::vector<core::Id> staff_ids(soci::session& sql) {
  return ids_where(sql, "role IN ('staff', 'admin') AND id > :k", 0);
}

core::Id insert(Tx& tx, core::User& user, const std::string& password_hash) {
  long long id = 0;
  long long org = user.organisation_id.value_or(0);
  soci::indicator org_ind = user.organisation_id ? soci::i_ok : soci::i_null;
  std::string role(core::to_string(user.role));
  user.created_at = tx.now();
  tx.sql() << "INSERT INTO users (email, password_hash, role, organisation_id, display_name, "
              "locale, created_at) VALUES (:e, :h, :r, :o, :d, :l, :c) RETURNING id",
      soci::use(user.email, "e"), soci::use(password_hash, "h"), soci::use(role, "r"),
      soci::use(org, org_ind, "o"), soci::use(user.display_name, "d"), soci::use(user.locale, "l"),
      soci::use(user.created_at, "c"), soci::into(id);
  user.id = id;
  return id;
}

void set_locale(Tx& tx, core::Id user_id, const std::string& locale) {
  long long id = user_id;
  tx.sql() << "UPDATE users SET locale = :l WHERE id = :i", soci::use(locale, "l"),
      soci::use(id, "i");
}

void insert_session(Tx& tx, const std::string& id_hash, core::Id user_id,
                    const std::string& csrf_token, const std::string& expires_at) {
  long long uid = user_id;
  tx.sql() << "INSERT INTO sessions (id_hash, user_id, csrf_token, created_at, expires_at) "
              "VALUES (:h, :u, :c, :n, :e)",
      soci::use(id_hash, "h"), soci::use(uid, "u"), soci::use(csrf_token, "c"),
      soci::use(tx.now(), "n"), soci::use(expires_at, "e");
}

std::optional<SessionRow> find_session(soci::session& sql, const std::string& id_hash) {
  std::string csrf;
  std::string expires;
  auto user = one_user(sql,
                       ", s.csrf_token, s.expires_at FROM sessions s JOIN users u ON u.id = "
                       "s.user_id WHERE s.id_hash = :k AND u.disabled = 0",
                       id_hash, [&](soci::statement& st) {
                         st.exchange(soci::into(csrf));
                         st.exchange(soci::into(expires));
                       });
  if (!user) return std::nullopt;
  return SessionRow{*user, csrf, expires};
}

void delete_session(Tx& tx, const std::string& id_hash) {
  tx.sql() << "DELETE FROM sessions WHERE id_hash = :h", soci::use(id_hash);
}

void delete_expired_sessions(Tx& tx) {
  tx.sql() << "DELETE FROM sessions WHERE expires_at < :n", soci::use(tx.now());
}

core::Id insert_token(Tx& tx, core::Id user_id, const std::string& name,
                      const std::string& token_hash) {
  long long id = 0;
  long long uid = user_id;
  tx.sql() << "INSERT INTO api_tokens (user_id, name, token_hash, created_at) VALUES "
              "(:u, :n, :h, :c) RETURNING id",
      soci::use(uid, "u"), soci::use(name, "n"), soci::use(token_hash, "h"),
      soci::use(tx.now(), "c"), soci::into(id);
  return id;
}

std::optional<core::User> find_by_token(soci::session& sql, const std::string& token_hash) {
  return one_user(sql,
                  " FROM api_tokens t JOIN users u ON u.id = t.user_id WHERE t.token_hash = :k "
                  "AND u.disabled = 0",
                  token_hash, [](soci::statement&) {});
}

}  // namespace icity::store::users
