#include "store/registration_repo.hpp"

#include <soci/soci.h>

#include "store/sql_query.hpp"

namespace icity::store::registrations {
namespace {

constexpr const char* kColumns =
    "id, event_id, status, arrival, name_zh, name_en, email, organisation, country, person_id, "
    "invitation_id, key_digest, created_at, updated_at, cancelled_at, promoted_at";

struct Row {
  long long id = 0, event_id = 0, arrival = 0, person = 0, invitation = 0;
  soci::indicator person_ind = soci::i_null, invitation_ind = soci::i_null;
  std::string status, name_zh, name_en, email, organisation, country, key_digest, created_at,
      updated_at, cancelled_at, promoted_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(event_id));
    st.exchange(soci::into(status));
    st.exchange(soci::into(arrival));
    st.exchange(soci::into(name_zh));
    st.exchange(soci::into(name_en));
    st.exchange(soci::into(email));
    st.exchange(soci::into(organisation));
    st.exchange(soci::into(country));
    st.exchange(soci::into(person, person_ind));
    st.exchange(soci::into(invitation, invitation_ind));
    st.exchange(soci::into(key_digest));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
    st.exchange(soci::into(cancelled_at));
    st.exchange(soci::into(promoted_at));
  }
  core::Registration value() const {
    core::Registration r;
    r.id = id;
    r.event_id = event_id;
    r.status =
        core::parse_registration_status(status).value_or(core::RegistrationStatus::kCancelled);
    r.arrival = arrival;
    r.name = {name_zh, name_en};
    r.email = email;
    r.organisation = organisation;
    r.country = country;
    if (person_ind == soci::i_ok) r.person_id = person;
    if (invitation_ind == soci::i_ok) r.invitation_id = invitation;
    r.key_digest = key_digest;
    r.created_at = created_at;
    r.updated_at = updated_at;
    r.cancelled_at = cancelled_at;
    r.promoted_at = promoted_at;
    return r;
  }
};

std::string select(const std::string& where) {
  return std::string("SELECT ") + kColumns + " FROM registrations WHERE " + where;
}

}  // namespace

std::optional<core::Registration> find(soci::session& sql, core::Id id) {
  return find_row<Row>(sql, kColumns, "registrations", id);
}

std::optional<core::Registration> find_active(soci::session& sql, core::Id event_id,
                                              const std::string& email) {
  for (auto& r : of_email(sql, email)) {
    if (r.event_id == event_id && r.status != core::RegistrationStatus::kCancelled) return r;
  }
  return std::nullopt;
}

std::vector<core::Registration> of_event(soci::session& sql, core::Id event_id) {
  auto rows = all_rows<Row>(sql, select("event_id = :p ORDER BY arrival"), event_id);
  std::int64_t waiting = 0;
  for (auto& r : rows) {
    if (r.status == core::RegistrationStatus::kWaitlisted) r.position = ++waiting;
  }
  return rows;
}

std::vector<core::Registration> of_email(soci::session& sql, const std::string& email) {
  Row row;
  std::string key = email;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "e"));
  st.alloc();
  st.prepare(select("email = :e ORDER BY id DESC"));
  st.define_and_bind();
  st.execute(false);
  std::vector<core::Registration> out;
  while (st.fetch()) out.push_back(row.value());
  return out;
}

std::int64_t count(soci::session& sql, core::Id event_id, core::RegistrationStatus status) {
  long long id = event_id, n = 0;
  std::string s(core::to_string(status));
  sql << "SELECT COUNT(*) FROM registrations WHERE event_id = :e AND status = :s", soci::use(id),
      soci::use(s), soci::into(n);
  return n;
}

std::int64_t position(soci::session& sql, core::Id event_id, std::int64_t arrival) {
  long long id = event_id, at = arrival, n = 0;
  sql << "SELECT COUNT(*) FROM registrations WHERE event_id = :e AND status = 'waitlisted' AND "
         "arrival <= :a",
      soci::use(id), soci::use(at), soci::into(n);
  return n;
}

std::vector<core::Registration> first_waiting(soci::session& sql, core::Id event_id,
                                              std::int64_t n) {
  std::vector<core::Registration> out;
  if (n <= 0) return out;
  for (auto& r : all_rows<Row>(
           sql, select("event_id = :p AND status = 'waitlisted' ORDER BY arrival"), event_id)) {
    if (static_cast<std::int64_t>(out.size()) == n) break;
    out.push_back(std::move(r));
  }
  return out;
}

core::Id insert(Tx& tx, core::Registration& r) {
  long long event_id = r.event_id, arrival = r.arrival, person = r.person_id.value_or(0),
            invitation = r.invitation_id.value_or(0), id = 0;
  soci::indicator person_ind = r.person_id ? soci::i_ok : soci::i_null,
                  invitation_ind = r.invitation_id ? soci::i_ok : soci::i_null;
  std::string status(core::to_string(r.status));
  r.created_at = r.updated_at = tx.now();
  tx.sql() << "INSERT INTO registrations (event_id, status, arrival, name_zh, name_en, email, "
              "organisation, country, person_id, invitation_id, key_digest, created_at, "
              "updated_at) VALUES (:ev, :st, :ar, :nz, :ne, :em, :og, :co, :pe, :iv, :kd, :ca, "
              ":ua) RETURNING id",
      soci::use(event_id, "ev"), soci::use(status, "st"), soci::use(arrival, "ar"),
      soci::use(r.name.zh, "nz"), soci::use(r.name.en, "ne"), soci::use(r.email, "em"),
      soci::use(r.organisation, "og"), soci::use(r.country, "co"),
      soci::use(person, person_ind, "pe"), soci::use(invitation, invitation_ind, "iv"),
      soci::use(r.key_digest, "kd"), soci::use(r.created_at, "ca"), soci::use(r.updated_at, "ua"),
      soci::into(id);
  r.id = id;
  return id;
}

void set_status(Tx& tx, core::Id id, core::RegistrationStatus status) {
  long long key = id;
  std::string s(core::to_string(status));
  const char* stamp = status == core::RegistrationStatus::kCancelled    ? "cancelled_at"
                      : status == core::RegistrationStatus::kRegistered ? "promoted_at"
                                                                        : "updated_at";
  tx.sql() << "UPDATE registrations SET status = :s, updated_at = :u, " + std::string(stamp) +
                  " = :u2 WHERE id = :id",
      soci::use(s, "s"), soci::use(tx.now(), "u"), soci::use(tx.now(), "u2"), soci::use(key, "id");
}

bool check_in(Tx& tx, core::Id registration_id, core::Id session_id,
              std::optional<core::Id> by_user) {
  long long rid = registration_id, sid = session_id, user = by_user.value_or(0);
  soci::indicator user_ind = by_user ? soci::i_ok : soci::i_null;
  soci::statement st = (tx.sql().prepare << "INSERT INTO attendance (registration_id, session_id, "
                                            "checked_in_at, checked_in_by) VALUES (:r, :s, :a, "
                                            ":u) ON CONFLICT DO NOTHING",
                        soci::use(rid, "r"), soci::use(sid, "s"), soci::use(tx.now(), "a"),
                        soci::use(user, user_ind, "u"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::optional<std::string> checked_in_at(soci::session& sql, core::Id registration_id,
                                         core::Id session_id) {
  long long rid = registration_id, sid = session_id;
  std::string at;
  sql << "SELECT checked_in_at FROM attendance WHERE registration_id = :r AND session_id = :s",
      soci::use(rid), soci::use(sid), soci::into(at);
  if (!sql.got_data()) return std::nullopt;
  return at;
}

std::vector<Attendance> attendance(soci::session& sql, core::Id event_id) {
  long long id = event_id;
  Attendance a;
  long long rid = 0, sid = 0;
  soci::statement st =
      (sql.prepare << "SELECT a.registration_id, a.session_id, a.checked_in_at "
                      "FROM attendance a JOIN registrations r ON r.id = "
                      "a.registration_id WHERE r.event_id = :e ORDER BY "
                      "a.checked_in_at",
       soci::use(id), soci::into(rid), soci::into(sid), soci::into(a.checked_in_at));
  st.execute(false);
  std::vector<Attendance> out;
  while (st.fetch()) out.push_back({rid, sid, a.checked_in_at});
  return out;
}

}  // namespace icity::store::registrations
