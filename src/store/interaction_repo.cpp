#include "store/interaction_repo.hpp"

#include <soci/soci.h>

#include <map>

#include "core/cursor.hpp"
#include "store/pg_copy.hpp"
#include "store/sql_query.hpp"

namespace icity::store::interactions {
namespace {

constexpr const char* kColumns =
    "id, version, type, date, summary_zh, summary_en, staff_user_id, archived, created_at, "
    "updated_at";

struct Row {
  long long id = 0, version = 0, staff = 0, archived = 0;
  soci::indicator staff_ind = soci::i_null;
  std::string type, date, summary_zh, summary_en, created_at, updated_at;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(type));
    st.exchange(soci::into(date));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(staff, staff_ind));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::InteractionView view() const {
    core::InteractionView v;
    auto& i = v.interaction;
    i.id = id;
    i.version = version;
    i.type = core::parse_interaction_type(type).value_or(core::InteractionType::kMeeting);
    i.date = date;
    i.summary = {summary_zh, summary_en};
    if (staff_ind == soci::i_ok) i.staff_user_id = staff;
    i.archived = archived != 0;
    i.created_at = created_at;
    i.updated_at = updated_at;
    return v;
  }
};

// Fills organisations and people of the given views in two queries.
void load_links(soci::session& sql, Backend backend, std::vector<core::InteractionView>& views) {
  if (views.empty()) return;
  std::vector<long long> ids;
  std::map<long long, core::InteractionView*> by_id;
  for (auto& v : views) {
    ids.push_back(v.interaction.id);
    by_id[v.interaction.id] = &v;
  }
  {
    SqlQuery q(backend);
    q.where_in("io.interaction_id", ids);
    long long iid = 0, oid = 0;
    std::string zh, en;
    soci::statement st(sql);
    st.exchange(soci::into(iid));
    st.exchange(soci::into(oid));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    q.bind(st);
    st.alloc();
    st.prepare(
        "SELECT io.interaction_id, o.id, o.name_zh, o.name_en FROM "
        "interaction_organisations io JOIN organisations o ON o.id = io.organisation_id "
        "WHERE 1 = 1" +
        q.conditions() + " ORDER BY io.interaction_id, o.id");
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) {
      auto* v = by_id[iid];
      v->interaction.organisation_ids.push_back(oid);
      v->organisations.push_back({oid, {zh, en}});
    }
  }
  {
    SqlQuery q(backend);
    q.where_in("interaction_id", ids);
    long long iid = 0, pid = 0;
    soci::statement st(sql);
    st.exchange(soci::into(iid));
    st.exchange(soci::into(pid));
    q.bind(st);
    st.alloc();
    st.prepare("SELECT interaction_id, person_id FROM interaction_people WHERE 1 = 1" +
               q.conditions() + " ORDER BY interaction_id, person_id");
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) by_id[iid]->interaction.person_ids.push_back(pid);
  }
}

void write_links(Tx& tx, const core::Interaction& in) {
  long long id = in.id;
  tx.sql() << "DELETE FROM interaction_organisations WHERE interaction_id = :i", soci::use(id);
  tx.sql() << "DELETE FROM interaction_people WHERE interaction_id = :i", soci::use(id);
  for (core::Id org : in.organisation_ids) {
    long long o = org;
    tx.sql() << "INSERT INTO interaction_organisations (interaction_id, organisation_id) "
                "VALUES (:i, :o)",
        soci::use(id, "i"), soci::use(o, "o");
  }
  for (core::Id person : in.person_ids) {
    long long p = person;
    tx.sql() << "INSERT INTO interaction_people (interaction_id, person_id) VALUES (:i, :p)",
        soci::use(id, "i"), soci::use(p, "p");
  }
}

struct Params {
  std::string type, date, summary_zh, summary_en;
  long long staff = 0, archived = 0;
  soci::indicator staff_ind = soci::i_null;
  explicit Params(const core::Interaction& i)
      : type(core::to_string(i.type)),
        date(i.date),
        summary_zh(i.summary.zh),
        summary_en(i.summary.en),
        staff(i.staff_user_id.value_or(0)),
        archived(i.archived ? 1 : 0),
        staff_ind(i.staff_user_id ? soci::i_ok : soci::i_null) {}
};

}  // namespace

std::optional<core::InteractionView> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM interactions WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  std::vector<core::InteractionView> views{row.view()};
  load_links(sql, Backend::kSqlite, views);
  return std::move(views.front());
}

core::Page<core::InteractionView> list(soci::session& sql, Backend backend,
                                       const core::InteractionQuery& query) {
  SqlQuery q(backend);
  q.where("archived = {}", static_cast<long long>(query.archived ? 1 : 0));
  if (query.organisation_id) {
    q.where(
        "EXISTS (SELECT 1 FROM interaction_organisations io WHERE io.interaction_id = "
        "interactions.id AND io.organisation_id = {})",
        static_cast<long long>(*query.organisation_id));
  }
  if (query.person_id) {
    q.where(
        "EXISTS (SELECT 1 FROM interaction_people ip WHERE ip.interaction_id = "
        "interactions.id AND ip.person_id = {})",
        static_cast<long long>(*query.person_id));
  }
  if (query.type) q.where("type = {}", std::string(core::to_string(*query.type)));
  if (!query.from.empty()) q.where("date >= {}", query.from);
  if (!query.to.empty()) q.where("date <= {}", query.to);
  if (auto c = core::decode_cursor(query.cursor)) q.after("date", c->key, c->id, true);
  long long limit = query.limit + 1;
  Row row;
  soci::statement st(sql);
  row.bind(st);
  q.bind(st);
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM interactions WHERE 1 = 1" + q.conditions() +
             " ORDER BY date DESC, id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<core::InteractionView> page;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == query.limit) {
      const auto& last = page.items.back().interaction;
      page.next_cursor = core::encode_cursor({last.date, last.id});
      break;
    }
    page.items.push_back(row.view());
  }
  load_links(sql, backend, page.items);
  return page;
}

core::Id insert(Tx& tx, core::Interaction& interaction) {
  Params p(interaction);
  interaction.version = 1;
  interaction.created_at = tx.now();
  interaction.updated_at = tx.now();
  long long id = 0;
  tx.sql() << "INSERT INTO interactions (version, type, date, summary_zh, summary_en, "
              "staff_user_id, archived, created_at, updated_at) VALUES (1, :t, :d, :sz, :se, :s, "
              ":a, :ca, :ua) RETURNING id",
      soci::use(p.type, "t"), soci::use(p.date, "d"), soci::use(p.summary_zh, "sz"),
      soci::use(p.summary_en, "se"), soci::use(p.staff, p.staff_ind, "s"),
      soci::use(p.archived, "a"), soci::use(interaction.created_at, "ca"),
      soci::use(interaction.updated_at, "ua"), soci::into(id);
  interaction.id = id;
  write_links(tx, interaction);
  return id;
}

void copy_in(Tx& tx, std::vector<core::Interaction>& items) {
  const auto ids = reserve_ids(tx.sql(), "interactions", items.size());
  CopyIn copy(tx.sql(), "interactions",
              {"id", "version", "type", "date", "summary_zh", "summary_en", "staff_user_id",
               "archived", "created_at", "updated_at"});
  for (std::size_t i = 0; i < items.size(); ++i) {
    auto& in = items[i];
    const Params p(in);
    in.id = ids[i];
    in.version = 1;
    in.created_at = in.updated_at = tx.now();
    copy.add(ids[i]).add(1LL).add(p.type).add(p.date).add(p.summary_zh).add(p.summary_en);
    copy.add(in.staff_user_id).add(p.archived).add(in.created_at).add(in.updated_at).end_row();
  }
  copy.finish();
  CopyIn orgs(tx.sql(), "interaction_organisations", {"interaction_id", "organisation_id"});
  for (const auto& in : items) {
    for (core::Id org : in.organisation_ids) orgs.add(in.id).add(org).end_row();
  }
  orgs.finish();
  CopyIn people(tx.sql(), "interaction_people", {"interaction_id", "person_id"});
  for (const auto& in : items) {
    for (core::Id person : in.person_ids) people.add(in.id).add(person).end_row();
  }
  people.finish();
}

bool update(Tx& tx, core::Interaction& interaction) {
  Params p(interaction);
  long long id = interaction.id;
  long long version = interaction.version;
  soci::statement st =
      (tx.sql().prepare << "UPDATE interactions SET version = version + 1, type = :t, date = :d, "
                           "summary_zh = :sz, summary_en = :se, staff_user_id = :s, archived = :a, "
                           "updated_at = :ua WHERE id = :id AND version = :v",
       soci::use(p.type, "t"), soci::use(p.date, "d"), soci::use(p.summary_zh, "sz"),
       soci::use(p.summary_en, "se"), soci::use(p.staff, p.staff_ind, "s"),
       soci::use(p.archived, "a"), soci::use(tx.now(), "ua"), soci::use(id, "id"),
       soci::use(version, "v"));
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  interaction.version += 1;
  interaction.updated_at = tx.now();
  write_links(tx, interaction);
  return true;
}

}  // namespace icity::store::interactions
