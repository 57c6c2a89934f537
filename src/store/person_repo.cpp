#include "store/person_repo.hpp"

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "store/encoding.hpp"
#include "store/pg_copy.hpp"
#include "store/sql_query.hpp"

namespace icity::store::people {
namespace {

constexpr const char* kColumns =
    "id, version, name_zh, name_en, organisation_id, title_zh, title_en, email, phone, "
    "nationality, languages, consent_date, archived, created_at, updated_at, sort_name";

struct Row {
  long long id = 0, version = 0, org = 0, archived = 0;
  soci::indicator org_ind = soci::i_null;
  std::string name_zh, name_en, title_zh, title_en, email, phone, nationality, languages,
      consent_date, created_at, updated_at, sort_name;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(name_zh));
    st.exchange(soci::into(name_en));
    st.exchange(soci::into(org, org_ind));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(email));
    st.exchange(soci::into(phone));
    st.exchange(soci::into(nationality));
    st.exchange(soci::into(languages));
    st.exchange(soci::into(consent_date));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
    st.exchange(soci::into(sort_name));
  }
  core::Person person() const {
    core::Person p;
    p.id = id;
    p.version = version;
    p.name = {name_zh, name_en};
    if (org_ind == soci::i_ok) p.organisation_id = org;
    p.title = {title_zh, title_en};
    p.email = email;
    p.phone = phone;
    p.nationality = nationality;
    p.languages = split_spaced(languages);
    p.consent_date = consent_date;
    p.archived = archived != 0;
    p.created_at = created_at;
    p.updated_at = updated_at;
    return p;
  }
};

// The columns an insert or update writes.
struct Params {
  std::string name_zh, name_en, sort, title_zh, title_en, email, phone, nationality, languages,
      consent_date;
  long long org = 0, archived = 0;
  soci::indicator org_ind = soci::i_null;
  explicit Params(const core::Person& p)
      : name_zh(p.name.zh),
        name_en(p.name.en),
        sort(sort_name(p.name.en, p.name.zh)),
        title_zh(p.title.zh),
        title_en(p.title.en),
        email(p.email),
        phone(p.phone),
        nationality(p.nationality),
        languages(join_spaced(p.languages)),
        consent_date(p.consent_date),
        org(p.organisation_id.value_or(0)),
        archived(p.archived ? 1 : 0),
        org_ind(p.organisation_id ? soci::i_ok : soci::i_null) {}
};

}  // namespace

std::optional<core::Person> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM people WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.person();
}

core::Page<core::Person> list(soci::session& sql, Backend backend, const core::PersonQuery& query) {
  SqlQuery q(backend);
  q.where("archived = {}", static_cast<long long>(query.archived ? 1 : 0));
  if (query.organisation_id) {
    q.where("organisation_id = {}", static_cast<long long>(*query.organisation_id));
  }
  if (!query.q.empty()) {
    q.where("(" + q.contains_condition("name_zh") + " OR " + q.contains_condition("name_en") +
                " OR " + q.contains_condition("title_zh") + " OR " +
                q.contains_condition("title_en") + ")",
            like_contains(query.q));
  }
  if (auto c = core::decode_cursor(query.cursor)) q.after("sort_name", c->key, c->id, false);
  long long limit = query.limit + 1;
  Row row;
  soci::statement st(sql);
  row.bind(st);
  q.bind(st);
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM people WHERE 1 = 1" + q.conditions() +
             " ORDER BY sort_name, id LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<core::Person> page;
  std::string last_key;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == query.limit) {
      page.next_cursor = core::encode_cursor({last_key, page.items.back().id});
      break;
    }
    page.items.push_back(row.person());
    last_key = row.sort_name;
  }
  return page;
}

std::vector<core::Id> missing(soci::session& sql, const std::vector<core::Id>& ids) {
  std::vector<core::Id> out;
  for (core::Id id : ids) {
    long long key = id;
    long long count = 0;
    sql << "SELECT COUNT(*) FROM people WHERE id = :id", soci::use(key), soci::into(count);
    if (count == 0) out.push_back(id);
  }
  return out;
}

core::Id insert(Tx& tx, core::Person& person) {
  Params p(person);
  person.version = 1;
  person.created_at = tx.now();
  person.updated_at = tx.now();
  long long id = 0;
  tx.sql() << "INSERT INTO people (version, name_zh, name_en, sort_name, organisation_id, "
              "title_zh, title_en, email, phone, nationality, languages, consent_date, archived, "
              "created_at, updated_at) VALUES (1, :nz, :ne, :sn, :o, :tz, :te, :em, :ph, :na, :la, "
              ":cd, :a, :ca, :ua) RETURNING id",
      soci::use(p.name_zh, "nz"), soci::use(p.name_en, "ne"), soci::use(p.sort, "sn"),
      soci::use(p.org, p.org_ind, "o"), soci::use(p.title_zh, "tz"), soci::use(p.title_en, "te"),
      soci::use(p.email, "em"), soci::use(p.phone, "ph"), soci::use(p.nationality, "na"),
      soci::use(p.languages, "la"), soci::use(p.consent_date, "cd"), soci::use(p.archived, "a"),
      soci::use(person.created_at, "ca"), soci::use(person.updated_at, "ua"), soci::into(id);
  person.id = id;
  return id;
}

void copy_in(Tx& tx, std::vector<core::Person>& people) {
  const auto ids = reserve_ids(tx.sql(), "people", people.size());
  CopyIn copy(tx.sql(), "people",
              {"id", "version", "name_zh", "name_en", "sort_name", "organisation_id", "title_zh",
               "title_en", "email", "phone", "nationality", "languages", "consent_date", "archived",
               "created_at", "updated_at"});
  for (std::size_t i = 0; i < people.size(); ++i) {
    auto& person = people[i];
    const Params p(person);
    person.id = ids[i];
    person.version = 1;
    person.created_at = person.updated_at = tx.now();
    copy.add(ids[i]).add(1LL).add(p.name_zh).add(p.name_en).add(p.sort);
    copy.add(person.organisation_id).add(p.title_zh).add(p.title_en).add(p.email).add(p.phone);
    copy.add(p.nationality).add(p.languages).add(p.consent_date).add(p.archived);
    copy.add(person.created_at).add(person.updated_at).end_row();
  }
  copy.finish();
}

bool update(Tx& tx, core::Person& person) {
  Params p(person);
  long long id = person.id;
  long long version = person.version;
  soci::statement st =
      (tx.sql().prepare << "UPDATE people SET version = version + 1, name_zh = :nz, name_en = :ne, "
                           "sort_name = :sn, organisation_id = :o, title_zh = :tz, title_en = :te, "
                           "email = :em, phone = :ph, nationality = :na, languages = :la, "
                           "consent_date = :cd, archived = :a, updated_at = :ua "
                           "WHERE id = :id AND version = :v",
       soci::use(p.name_zh, "nz"), soci::use(p.name_en, "ne"), soci::use(p.sort, "sn"),
       soci::use(p.org, p.org_ind, "o"), soci::use(p.title_zh, "tz"), soci::use(p.title_en, "te"),
       soci::use(p.email, "em"), soci::use(p.phone, "ph"), soci::use(p.nationality, "na"),
       soci::use(p.languages, "la"), soci::use(p.consent_date, "cd"), soci::use(p.archived, "a"),
       soci::use(tx.now(), "ua"), soci::use(id, "id"), soci::use(version, "v"));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  person.version += 1;
  person.updated_at = tx.now();
  return true;
}

}  // namespace icity::store::people
