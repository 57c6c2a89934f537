#include "store/project_repo.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>

#include "store/encoding.hpp"
#include "store/project_details.hpp"
#include "store/sql_query.hpp"

namespace icity::store::projects {
namespace {

constexpr const char* kColumns =
    "id, version, title_zh, title_en, summary_zh, summary_en, stage, drop_reason_zh, "
    "drop_reason_en, district_zh, district_en, estimated_value_cny, next_action_zh, "
    "next_action_en, next_action_due, owner_id, introduction_id, event_id, created_by, archived, "
    "created_at, updated_at";

soci::indicator ind(bool present) { return present ? soci::i_ok : soci::i_null; }

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, amount = 0, owner = 0, introduction = 0, event = 0, created_by = 0,
            archived = 0;
  soci::indicator amount_ind = soci::i_null, owner_ind = soci::i_null,
                  introduction_ind = soci::i_null, event_ind = soci::i_null,
                  created_by_ind = soci::i_null;
  std::string title_zh, title_en, summary_zh, summary_en, stage, drop_zh, drop_en, district_zh,
      district_en, next_zh, next_en, due, created_at, updated_at;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(stage));
    st.exchange(soci::into(drop_zh));
    st.exchange(soci::into(drop_en));
    st.exchange(soci::into(district_zh));
    st.exchange(soci::into(district_en));
    st.exchange(soci::into(amount, amount_ind));
    st.exchange(soci::into(next_zh));
    st.exchange(soci::into(next_en));
    st.exchange(soci::into(due));
    st.exchange(soci::into(owner, owner_ind));
    st.exchange(soci::into(introduction, introduction_ind));
    st.exchange(soci::into(event, event_ind));
    st.exchange(soci::into(created_by, created_by_ind));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Project value() const {
    core::Project p;
    p.id = id;
    p.version = version;
    p.title = {title_zh, title_en};
    p.summary = {summary_zh, summary_en};
    p.stage = core::parse_project_stage(stage).value_or(core::ProjectStage::kReserve);
    p.drop_reason = {drop_zh, drop_en};
    p.district = {district_zh, district_en};
    if (amount_ind == soci::i_ok) p.estimated_value_cny = amount;
    p.next_action = {next_zh, next_en};
    p.next_action_due = due;
    if (owner_ind == soci::i_ok) p.owner_id = owner;
    if (introduction_ind == soci::i_ok) p.introduction_id = introduction;
    if (event_ind == soci::i_ok) p.event_id = event;
    if (created_by_ind == soci::i_ok) p.created_by = created_by;
    p.archived = archived != 0;
    p.created_at = created_at;
    p.updated_at = updated_at;
    return p;
  }
};

std::string value_key(const core::Project& p) {
  if (!p.estimated_value_cny) return "";
  std::array<char, 32> buf{};
  std::snprintf(buf.data(), buf.size(), "%019lld", static_cast<long long>(*p.estimated_value_cny));
  return buf.data();
}

std::string due_key(const core::Project& p) {
  return p.next_action_due.empty() ? "9999-12-31" : p.next_action_due;
}

// The columns an insert or update writes, bound by name.
struct Params {
  std::string title_zh, title_en, summary_zh, summary_en, stage, drop_zh, drop_en, district_zh,
      district_en, next_zh, next_en, due, value_key, due_key;
  long long value = 0, owner = 0, introduction = 0, event = 0, created_by = 0, archived = 0;
  soci::indicator value_ind, owner_ind, introduction_ind, event_ind, created_by_ind;
  explicit Params(const core::Project& p)
      : title_zh(p.title.zh),
        title_en(p.title.en),
        summary_zh(p.summary.zh),
        summary_en(p.summary.en),
        stage(core::to_string(p.stage)),
        drop_zh(p.drop_reason.zh),
        drop_en(p.drop_reason.en),
        district_zh(p.district.zh),
        district_en(p.district.en),
        next_zh(p.next_action.zh),
        next_en(p.next_action.en),
        due(p.next_action_due),
        value_key(projects::value_key(p)),
        due_key(projects::due_key(p)),
        value(p.estimated_value_cny.value_or(0)),
        owner(p.owner_id.value_or(0)),
        introduction(p.introduction_id.value_or(0)),
        event(p.event_id.value_or(0)),
        created_by(p.created_by.value_or(0)),
        archived(p.archived ? 1 : 0),
        value_ind(ind(p.estimated_value_cny.has_value())),
        owner_ind(ind(p.owner_id.has_value())),
        introduction_ind(ind(p.introduction_id.has_value())),
        event_ind(ind(p.event_id.has_value())),
        created_by_ind(ind(p.created_by.has_value())) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(stage, "st"));
    st.exchange(soci::use(drop_zh, "dz"));
    st.exchange(soci::use(drop_en, "de"));
    st.exchange(soci::use(district_zh, "qz"));
    st.exchange(soci::use(district_en, "qe"));
    st.exchange(soci::use(value, value_ind, "val"));
    st.exchange(soci::use(next_zh, "nz"));
    st.exchange(soci::use(next_en, "ne"));
    st.exchange(soci::use(due, "due"));
    st.exchange(soci::use(value_key, "vk"));
    st.exchange(soci::use(due_key, "dk"));
    st.exchange(soci::use(owner, owner_ind, "ow"));
    st.exchange(soci::use(introduction, introduction_ind, "ii"));
    st.exchange(soci::use(event, event_ind, "ev"));
    st.exchange(soci::use(created_by, created_by_ind, "cb"));
    st.exchange(soci::use(archived, "a"));
  }
};

// Rewrites the project's parties, sectors and SDGs.
void write_lists(Tx& tx, const core::Project& p) {
  long long id = p.id;
  auto& sql = tx.sql();
  sql << "DELETE FROM project_parties WHERE project_id = :p", soci::use(id, "p");
  sql << "DELETE FROM project_sectors WHERE project_id = :p", soci::use(id, "p");
  sql << "DELETE FROM project_sdgs WHERE project_id = :p", soci::use(id, "p");
  for (std::size_t i = 0; i < p.parties.size(); ++i) {
    long long org = p.parties[i].organisation_id, position = static_cast<long long>(i);
    std::string role(core::to_string(p.parties[i].role));
    sql << "INSERT INTO project_parties (project_id, organisation_id, role, position) VALUES "
           "(:p, :o, :r, :n)",
        soci::use(id, "p"), soci::use(org, "o"), soci::use(role, "r"), soci::use(position, "n");
  }
  for (const auto& code : std::set<std::string>(p.sectors.begin(), p.sectors.end())) {
    sql << "INSERT INTO project_sectors (project_id, code) VALUES (:p, :c)", soci::use(id, "p"),
        soci::use(code, "c");
  }
  for (int goal : std::set<int>(p.sdgs.begin(), p.sdgs.end())) {
    sql << "INSERT INTO project_sdgs (project_id, sdg) VALUES (:p, :g)", soci::use(id, "p"),
        soci::use(goal, "g");
  }
}

// The filters of a list or the board (not its stage, order or cursor).
void add_filters(SqlQuery& q, const core::ProjectQuery& query) {
  q.where("archived = 0");
  if (query.own_organisation_id) {
    q.where("id IN (SELECT project_id FROM project_parties WHERE organisation_id = {})",
            static_cast<long long>(*query.own_organisation_id));
  }
  if (query.organisation_id) {
    q.where("id IN (SELECT project_id FROM project_parties WHERE organisation_id = {})",
            static_cast<long long>(*query.organisation_id));
  }
  if (query.sdg) {
    q.where("id IN (SELECT project_id FROM project_sdgs WHERE sdg = {})",
            static_cast<long long>(*query.sdg));
  }
  if (!query.sector.empty()) {
    q.where("id IN (SELECT project_id FROM project_sectors WHERE code LIKE {} ESCAPE '\\')",
            like_contains(query.sector).substr(1));  // a prefix: "39%"
  }
  if (query.owner_id) q.where("owner_id = {}", static_cast<long long>(*query.owner_id));
  if (!query.district.empty()) {
    q.where("(" + q.contains_condition("district_zh") + " OR " +
                q.contains_condition("district_en") + ")",
            like_contains(query.district));
  }
  if (!query.q.empty()) {
    q.where("(" + q.contains_condition("title_zh") + " OR " + q.contains_condition("title_en") +
                " OR " + q.contains_condition("summary_zh") + " OR " +
                q.contains_condition("summary_en") + ")",
            like_contains(query.q));
  }
  if (query.overdue_action) {
    q.where("stage NOT IN ('completed', 'dropped')");
    q.where("next_action_due <> ''");
    q.where("next_action_due < {}", query.today);
  }
}

}  // namespace

std::optional<core::Project> find(soci::session& sql, Backend backend, core::Id id) {
  auto row = find_row<Row>(sql, kColumns, "projects", id);
  if (!row) return std::nullopt;
  std::vector<core::Project> one{std::move(*row)};
  load_project_details(sql, backend, one, true);
  return std::move(one.front());
}

core::Page<core::Project> list(soci::session& sql, Backend backend,
                               const core::ProjectQuery& query) {
  SqlQuery q(backend);
  add_filters(q, query);
  if (query.stage) q.where("stage = {}", std::string(core::to_string(*query.stage)));
  core::Page<core::Project> page;
  switch (query.sort) {
    case core::ProjectSort::kUpdated:
      page = sorted_page<Row>(sql, q, kColumns, "projects", "updated_at", true, query.cursor,
                              query.limit, [](const core::Project& p) { return p.updated_at; });
      break;
    case core::ProjectSort::kValue:
      page = sorted_page<Row>(sql, q, kColumns, "projects", "value_key", true, query.cursor,
                              query.limit, [](const core::Project& p) { return value_key(p); });
      break;
    case core::ProjectSort::kDue:
      page = sorted_page<Row>(sql, q, kColumns, "projects", "due_key", false, query.cursor,
                              query.limit, [](const core::Project& p) { return due_key(p); });
      break;
  }
  load_project_details(sql, backend, page.items, false);
  return page;
}

std::map<core::ProjectStage, std::int64_t> count_by_stage(soci::session& sql, Backend backend,
                                                          const core::ProjectQuery& query) {
  SqlQuery q(backend);
  add_filters(q, query);
  std::map<core::ProjectStage, std::int64_t> counts;
  std::string stage;
  long long n = 0;
  each_row(
      sql, q, "SELECT stage, COUNT(*) FROM projects WHERE 1 = 1", " GROUP BY stage",
      [&](soci::statement& st) {
        st.exchange(soci::into(stage));
        st.exchange(soci::into(n));
      },
      [&] {
        if (auto s = core::parse_project_stage(stage)) counts[*s] = n;
      });
  return counts;
}

bool exists(soci::session& sql, core::Id id) {
  long long key = id, n = 0;
  sql << "SELECT COUNT(*) FROM projects WHERE id = :id", soci::use(key, "id"), soci::into(n);
  return n > 0;
}

bool has_party(soci::session& sql, core::Id project_id, core::Id organisation_id) {
  long long p = project_id, o = organisation_id, n = 0;
  sql << "SELECT COUNT(*) FROM project_parties WHERE project_id = :p AND organisation_id = :o",
      soci::use(p, "p"), soci::use(o, "o"), soci::into(n);
  return n > 0;
}

std::optional<core::Id> owner_of(soci::session& sql, core::Id project_id) {
  long long p = project_id, owner = 0;
  soci::indicator owner_ind = soci::i_null;
  sql << "SELECT owner_id FROM projects WHERE id = :p", soci::use(p, "p"),
      soci::into(owner, owner_ind);
  if (!sql.got_data() || owner_ind != soci::i_ok) return std::nullopt;
  return owner;
}

core::Id insert(Tx& tx, core::Project& p) {
  insert_versioned<Params>(
      tx, p,
      "INSERT INTO projects (version, title_zh, title_en, summary_zh, summary_en, stage, "
      "drop_reason_zh, drop_reason_en, district_zh, district_en, estimated_value_cny, "
      "next_action_zh, next_action_en, next_action_due, value_key, due_key, owner_id, "
      "introduction_id, event_id, created_by, archived, created_at, updated_at) VALUES (1, :tz, "
      ":te, :sz, :se, :st, :dz, :de, :qz, :qe, :val, :nz, :ne, :due, :vk, :dk, :ow, :ii, :ev, "
      ":cb, :a, :ca, :ua) RETURNING id");
  write_lists(tx, p);
  return p.id;
}

bool update(Tx& tx, core::Project& p) {
  const bool written = update_versioned<Params>(
      tx, p,
      "UPDATE projects SET version = version + 1, title_zh = :tz, title_en = :te, summary_zh = "
      ":sz, summary_en = :se, stage = :st, drop_reason_zh = :dz, drop_reason_en = :de, "
      "district_zh = :qz, district_en = :qe, estimated_value_cny = :val, next_action_zh = :nz, "
      "next_action_en = :ne, next_action_due = :due, value_key = :vk, due_key = :dk, owner_id = "
      ":ow, introduction_id = :ii, event_id = :ev, created_by = :cb, archived = :a, updated_at = "
      ":ua WHERE id = :id AND version = :v");
  if (written) write_lists(tx, p);
  return written;
}

core::Id add_step(Tx& tx, core::Id project_id, core::ProjectStep& step) {
  step.at = tx.now();
  long long project = project_id, user = step.user_id.value_or(0), id = 0;
  soci::indicator user_ind = ind(step.user_id.has_value());
  std::string stage(core::to_string(step.stage));
  tx.sql() << "INSERT INTO project_stages (project_id, stage, at, user_id, actor_email, note_zh, "
              "note_en) VALUES (:p, :s, :at, :u, :e, :nz, :ne) RETURNING id",
      soci::use(project, "p"), soci::use(stage, "s"), soci::use(step.at, "at"),
      soci::use(user, user_ind, "u"), soci::use(step.actor, "e"), soci::use(step.note.zh, "nz"),
      soci::use(step.note.en, "ne"), soci::into(id);
  step.id = id;
  return id;
}

}  // namespace icity::store::projects
