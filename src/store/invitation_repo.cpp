#include "store/invitation_repo.hpp"

#include <soci/soci.h>

#include "store/sql_query.hpp"

namespace icity::store {
namespace invitations {
namespace {

constexpr const char* kColumns =
    "id, event_id, name_zh, name_en, email, person_id, key_digest, registration_id, reminders, "
    "invited_at, reminded_at";

struct Row {
  long long id = 0, event_id = 0, person = 0, registration = 0;
  int reminders = 0;
  soci::indicator person_ind = soci::i_null, registration_ind = soci::i_null;
  std::string name_zh, name_en, email, key_digest, invited_at, reminded_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(event_id));
    st.exchange(soci::into(name_zh));
    st.exchange(soci::into(name_en));
    st.exchange(soci::into(email));
    st.exchange(soci::into(person, person_ind));
    st.exchange(soci::into(key_digest));
    st.exchange(soci::into(registration, registration_ind));
    st.exchange(soci::into(reminders));
    st.exchange(soci::into(invited_at));
    st.exchange(soci::into(reminded_at));
  }
  core::Invitation value() const {
    core::Invitation i;
    i.id = id;
    i.event_id = event_id;
    i.name = {name_zh, name_en};
    i.email = email;
    if (person_ind == soci::i_ok) i.person_id = person;
    i.key_digest = key_digest;
    if (registration_ind == soci::i_ok) i.registration_id = registration;
    i.reminders = reminders;
    i.invited_at = invited_at;
    i.reminded_at = reminded_at;
    return i;
  }
};

}  // namespace

std::vector<core::Invitation> of_event(soci::session& sql, core::Id event_id) {
  return all_rows<Row>(
      sql, std::string("SELECT ") + kColumns + " FROM invitations WHERE event_id = :p ORDER BY id",
      event_id);
}

std::optional<core::Invitation> find_by_key(soci::session& sql, const std::string& key_digest) {
  Row row;
  std::string key = key_digest;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "k"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM invitations WHERE key_digest = :k");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

bool insert(Tx& tx, core::Invitation& i) {
  long long event_id = i.event_id, person = i.person_id.value_or(0), existing = 0, id = 0;
  soci::indicator person_ind = i.person_id ? soci::i_ok : soci::i_null;
  tx.sql() << "SELECT COUNT(*) FROM invitations WHERE event_id = :e AND email = :m",
      soci::use(event_id), soci::use(i.email), soci::into(existing);
  if (existing) return false;
  i.invited_at = tx.now();
  tx.sql() << "INSERT INTO invitations (event_id, name_zh, name_en, email, person_id, key_digest, "
              "invited_at) VALUES (:e, :nz, :ne, :m, :p, :k, :a) RETURNING id",
      soci::use(event_id, "e"), soci::use(i.name.zh, "nz"), soci::use(i.name.en, "ne"),
      soci::use(i.email, "m"), soci::use(person, person_ind, "p"), soci::use(i.key_digest, "k"),
      soci::use(i.invited_at, "a"), soci::into(id);
  i.id = id;
  return true;
}

void set_registration(Tx& tx, core::Id invitation_id, core::Id registration_id) {
  long long i = invitation_id, r = registration_id;
  tx.sql() << "UPDATE invitations SET registration_id = :r WHERE id = :i", soci::use(r),
      soci::use(i);
}

void reminded(Tx& tx, core::Id invitation_id) {
  long long i = invitation_id;
  tx.sql() << "UPDATE invitations SET reminders = reminders + 1, reminded_at = :a WHERE id = :i",
      soci::use(tx.now()), soci::use(i);
}

}  // namespace invitations

namespace outbox {

void queue(Tx& tx, Message& m) {
  long long event = m.event_id.value_or(0), id = 0;
  soci::indicator event_ind = m.event_id ? soci::i_ok : soci::i_null;
  m.created_at = tx.now();
  tx.sql() << "INSERT INTO outbox (kind, event_id, to_email, to_name, subject_zh, subject_en, "
              "body_zh, body_en, created_at) VALUES (:k, :e, :m, :n, :sz, :se, :bz, :be, :a) "
              "RETURNING id",
      soci::use(m.kind, "k"), soci::use(event, event_ind, "e"), soci::use(m.to_email, "m"),
      soci::use(m.to_name, "n"), soci::use(m.subject.zh, "sz"), soci::use(m.subject.en, "se"),
      soci::use(m.body.zh, "bz"), soci::use(m.body.en, "be"), soci::use(m.created_at, "a"),
      soci::into(id);
  m.id = id;
}

std::vector<Message> list(soci::session& sql, std::optional<core::Id> event_id, bool unsent,
                          int limit) {
  long long event = event_id.value_or(0), lim = limit;
  Message m;
  long long id = 0, ev = 0;
  soci::indicator ev_ind = soci::i_null;
  std::string where = " WHERE 1 = 1";
  if (event_id) where += " AND event_id = :e";
  if (unsent) where += " AND sent_at = ''";
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::into(m.kind));
  st.exchange(soci::into(ev, ev_ind));
  st.exchange(soci::into(m.to_email));
  st.exchange(soci::into(m.to_name));
  st.exchange(soci::into(m.subject.zh));
  st.exchange(soci::into(m.subject.en));
  st.exchange(soci::into(m.body.zh));
  st.exchange(soci::into(m.body.en));
  st.exchange(soci::into(m.created_at));
  st.exchange(soci::into(m.sent_at));
  if (event_id) st.exchange(soci::use(event, "e"));
  st.exchange(soci::use(lim, "l"));
  st.alloc();
  st.prepare(
      "SELECT id, kind, event_id, to_email, to_name, subject_zh, subject_en, body_zh, body_en, "
      "created_at, sent_at FROM outbox" +
      where + " ORDER BY id DESC LIMIT :l");
  st.define_and_bind();
  st.execute(false);
  std::vector<Message> out;
  while (st.fetch()) {
    m.id = id;
    m.event_id = ev_ind == soci::i_ok ? std::optional<core::Id>(ev) : std::nullopt;
    out.push_back(m);
  }
  return out;
}

}  // namespace outbox

namespace signing_keys {

std::string get_or_create(Tx& tx, const std::string& name, const std::string& fresh) {
  std::string secret;
  tx.sql() << "SELECT secret FROM signing_keys WHERE name = :n", soci::use(name),
      soci::into(secret);
  if (tx.sql().got_data()) return secret;
  tx.sql() << "INSERT INTO signing_keys (name, secret, created_at) VALUES (:n, :s, :a) ON CONFLICT "
              "DO NOTHING",
      soci::use(name), soci::use(fresh), soci::use(tx.now());
  tx.sql() << "SELECT secret FROM signing_keys WHERE name = :n", soci::use(name),
      soci::into(secret);
  return secret;
}

}  // namespace signing_keys
}  // namespace icity::store
