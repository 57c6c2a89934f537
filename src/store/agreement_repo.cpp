#include "store/agreement_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <utility>

#include "store/sql_query.hpp"

namespace icity::store::agreements {
namespace {

constexpr const char* kColumns =
    "id, version, kind, title_zh, title_en, summary_zh, summary_en, signed_on, signed_place_zh, "
    "signed_place_en, expires_on, renewal_notice_days, remind_on, project_id, event_id, "
    "introduction_id, created_by, archived, created_at, updated_at";

soci::indicator ind(bool present) { return present ? soci::i_ok : soci::i_null; }

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, project = 0, event = 0, introduction = 0, created_by = 0,
            archived = 0;
  int notice = 0;
  soci::indicator notice_ind = soci::i_null, project_ind = soci::i_null, event_ind = soci::i_null,
                  introduction_ind = soci::i_null, created_by_ind = soci::i_null;
  std::string kind, title_zh, title_en, summary_zh, summary_en, signed_on, place_zh, place_en,
      expires_on, remind_on, created_at, updated_at;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(signed_on));
    st.exchange(soci::into(place_zh));
    st.exchange(soci::into(place_en));
    st.exchange(soci::into(expires_on));
    st.exchange(soci::into(notice, notice_ind));
    st.exchange(soci::into(remind_on));
    st.exchange(soci::into(project, project_ind));
    st.exchange(soci::into(event, event_ind));
    st.exchange(soci::into(introduction, introduction_ind));
    st.exchange(soci::into(created_by, created_by_ind));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Agreement value() const {
    core::Agreement a;
    a.id = id;
    a.version = version;
    a.kind = core::parse_agreement_kind(kind).value_or(core::AgreementKind::kMou);
    a.title = {title_zh, title_en};
    a.summary = {summary_zh, summary_en};
    a.signed_on = signed_on;
    a.signed_place = {place_zh, place_en};
    a.expires_on = expires_on;
    if (notice_ind == soci::i_ok) a.renewal_notice_days = notice;
    a.remind_on = remind_on;
    if (project_ind == soci::i_ok) a.project_id = project;
    if (event_ind == soci::i_ok) a.event_id = event;
    if (introduction_ind == soci::i_ok) a.introduction_id = introduction;
    if (created_by_ind == soci::i_ok) a.created_by = created_by;
    a.archived = archived != 0;
    a.created_at = created_at;
    a.updated_at = updated_at;
    return a;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  std::string kind, title_zh, title_en, summary_zh, summary_en, signed_on, place_zh, place_en,
      expires_on, remind_on;
  int notice = 0;
  long long project = 0, event = 0, introduction = 0, created_by = 0, archived = 0;
  soci::indicator notice_ind, project_ind, event_ind, introduction_ind, created_by_ind;
  explicit Params(const core::Agreement& a)
      : kind(core::to_string(a.kind)),
        title_zh(a.title.zh),
        title_en(a.title.en),
        summary_zh(a.summary.zh),
        summary_en(a.summary.en),
        signed_on(a.signed_on),
        place_zh(a.signed_place.zh),
        place_en(a.signed_place.en),
        expires_on(a.expires_on),
        remind_on(a.remind_on),
        notice(a.renewal_notice_days.value_or(0)),
        project(a.project_id.value_or(0)),
        event(a.event_id.value_or(0)),
        introduction(a.introduction_id.value_or(0)),
        created_by(a.created_by.value_or(0)),
        archived(a.archived ? 1 : 0),
        notice_ind(ind(a.renewal_notice_days.has_value())),
        project_ind(ind(a.project_id.has_value())),
        event_ind(ind(a.event_id.has_value())),
        introduction_ind(ind(a.introduction_id.has_value())),
        created_by_ind(ind(a.created_by.has_value())) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(kind, "k"));
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(signed_on, "so"));
    st.exchange(soci::use(place_zh, "pz"));
    st.exchange(soci::use(place_en, "pe"));
    st.exchange(soci::use(expires_on, "eo"));
    st.exchange(soci::use(notice, notice_ind, "nd"));
    st.exchange(soci::use(remind_on, "ro"));
    st.exchange(soci::use(project, project_ind, "pj"));
    st.exchange(soci::use(event, event_ind, "ev"));
    st.exchange(soci::use(introduction, introduction_ind, "ii"));
    st.exchange(soci::use(created_by, created_by_ind, "cb"));
    st.exchange(soci::use(archived, "a"));
  }
};

void write_parties(Tx& tx, const core::Agreement& a) {
  long long id = a.id;
  tx.sql() << "DELETE FROM agreement_parties WHERE agreement_id = :a", soci::use(id, "a");
  for (std::size_t i = 0; i < a.parties.size(); ++i) {
    const auto& p = a.parties[i];
    long long org = p.organisation_id, position = static_cast<long long>(i);
    tx.sql() << "INSERT INTO agreement_parties (agreement_id, organisation_id, signatory_name, "
                "signatory_title_zh, signatory_title_en, position) VALUES (:a, :o, :n, :tz, :te, "
                ":p)",
        soci::use(id, "a"), soci::use(org, "o"), soci::use(p.signatory_name, "n"),
        soci::use(p.signatory_title.zh, "tz"), soci::use(p.signatory_title.en, "te"),
        soci::use(position, "p");
  }
}

void load_parties(soci::session& sql, Backend backend, std::vector<core::Agreement>& items) {
  if (items.empty()) return;
  std::vector<long long> ids;
  std::map<long long, core::Agreement*> by_id;
  for (auto& a : items) {
    ids.push_back(a.id);
    by_id[a.id] = &a;
  }
  SqlQuery q(backend);
  q.where_in("ap.agreement_id", ids);
  long long agreement = 0, org = 0;
  std::string name, title_zh, title_en, name_zh, name_en;
  soci::statement st(sql);
  st.exchange(soci::into(agreement));
  st.exchange(soci::into(org));
  st.exchange(soci::into(name));
  st.exchange(soci::into(title_zh));
  st.exchange(soci::into(title_en));
  st.exchange(soci::into(name_zh));
  st.exchange(soci::into(name_en));
  q.bind(st);
  st.alloc();
  st.prepare(
      "SELECT ap.agreement_id, ap.organisation_id, ap.signatory_name, ap.signatory_title_zh, "
      "ap.signatory_title_en, o.name_zh, o.name_en FROM agreement_parties ap JOIN organisations "
      "o ON o.id = ap.organisation_id WHERE 1 = 1" +
      q.conditions() + " ORDER BY ap.agreement_id, ap.position");
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) {
    by_id[agreement]->parties.push_back({org, name, {title_zh, title_en}, {name_zh, name_en}});
  }
}

// The ids a query answers, its parameters :p and :q both bound to `param`.
std::vector<core::Id> ids_of(soci::session& sql, const std::string& query,
                             const std::string& param) {
  std::vector<core::Id> out;
  long long id = 0;
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::use(param, "p"));
  if (query.find(":q") != std::string::npos) st.exchange(soci::use(param, "q"));
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace

std::optional<core::Agreement> find(soci::session& sql, Backend backend, core::Id id) {
  auto row = find_row<Row>(sql, kColumns, "agreements", id);
  if (!row) return std::nullopt;
  std::vector<core::Agreement> one{std::move(*row)};
  load_parties(sql, backend, one);
  return std::move(one.front());
}

core::Page<core::Agreement> list(soci::session& sql, Backend backend,
                                 const core::AgreementQuery& query) {
  SqlQuery q(backend);
  q.where("archived = 0");
  for (const auto& org : {query.own_organisation_id, query.organisation_id}) {
    if (!org) continue;
    q.where("id IN (SELECT agreement_id FROM agreement_parties WHERE organisation_id = {})",
            static_cast<long long>(*org));
  }
  if (query.kind) q.where("kind = {}", std::string(core::to_string(*query.kind)));
  if (query.project_id) q.where("project_id = {}", static_cast<long long>(*query.project_id));
  if (!query.signed_from.empty()) q.where("signed_on >= {}", query.signed_from);
  if (!query.signed_to.empty()) q.where("signed_on <= {}", query.signed_to);
  if (query.status) {
    switch (*query.status) {
      case core::AgreementStatus::kExpired:
        q.where("(expires_on <> '' AND expires_on < {})", query.today);
        break;
      case core::AgreementStatus::kExpiring:
        q.where("(expires_on <> '' AND expires_on >= {} AND remind_on <= {})", query.today);
        break;
      case core::AgreementStatus::kActive:
        q.where("(expires_on = '' OR remind_on > {})", query.today);
        break;
    }
  }
  auto page = sorted_page<Row>(sql, q, kColumns, "agreements", "signed_on", true, query.cursor,
                               query.limit, [](const core::Agreement& a) { return a.signed_on; });
  load_parties(sql, backend, page.items);
  return page;
}

core::Id insert(Tx& tx, core::Agreement& a) {
  insert_versioned<Params>(
      tx, a,
      "INSERT INTO agreements (version, kind, title_zh, title_en, summary_zh, summary_en, "
      "signed_on, signed_place_zh, signed_place_en, expires_on, renewal_notice_days, remind_on, "
      "project_id, event_id, introduction_id, created_by, archived, created_at, updated_at) "
      "VALUES (1, :k, :tz, :te, :sz, :se, :so, :pz, :pe, :eo, :nd, :ro, :pj, :ev, :ii, :cb, :a, "
      ":ca, :ua) RETURNING id");
  write_parties(tx, a);
  return a.id;
}

bool update(Tx& tx, core::Agreement& a) {
  const bool written = update_versioned<Params>(
      tx, a,
      "UPDATE agreements SET version = version + 1, kind = :k, title_zh = :tz, title_en = :te, "
      "summary_zh = :sz, summary_en = :se, signed_on = :so, signed_place_zh = :pz, "
      "signed_place_en = :pe, expires_on = :eo, renewal_notice_days = :nd, remind_on = :ro, "
      "project_id = :pj, event_id = :ev, introduction_id = :ii, created_by = :cb, archived = :a, "
      "updated_at = :ua WHERE id = :id AND version = :v");
  if (written) write_parties(tx, a);
  return written;
}

std::vector<core::Id> due_for_reminder(soci::session& sql, const std::string& today) {
  return ids_of(sql,
                "SELECT id FROM agreements a WHERE archived = 0 AND remind_on <> '' AND remind_on "
                "<= :p AND expires_on >= :q AND NOT EXISTS (SELECT 1 FROM agreement_reminders r "
                "WHERE r.agreement_id = a.id AND r.expires_on = a.expires_on) ORDER BY id",
                today);
}

bool record_reminder(Tx& tx, core::Id agreement_id, const std::string& expires_on, int recipients) {
  long long id = agreement_id;
  soci::statement st(tx.sql());
  st.exchange(soci::use(id, "a"));
  st.exchange(soci::use(expires_on, "e"));
  st.exchange(soci::use(tx.now(), "t"));
  st.exchange(soci::use(recipients, "n"));
  st.alloc();
  st.prepare(
      "INSERT INTO agreement_reminders (agreement_id, expires_on, sent_at, recipients) VALUES "
      "(:a, :e, :t, :n) ON CONFLICT DO NOTHING");
  st.define_and_bind();
  st.execute(true);
  return st.get_affected_rows() == 1;
}

int refresh_default_reminders(Tx& tx, int default_notice_days) {
  std::vector<std::pair<long long, std::string>> due;
  {
    long long id = 0;
    std::string expires_on, remind_on;
    soci::statement st(tx.sql());
    st.exchange(soci::into(id));
    st.exchange(soci::into(expires_on));
    st.exchange(soci::into(remind_on));
    st.alloc();
    st.prepare(
        "SELECT id, expires_on, remind_on FROM agreements WHERE renewal_notice_days IS NULL AND "
        "expires_on <> '' ORDER BY id");
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) {
      auto day = core::add_days(expires_on, -default_notice_days);
      if (day != remind_on) due.emplace_back(id, std::move(day));
    }
  }
  for (auto& [id, day] : due) {
    tx.sql() << "UPDATE agreements SET remind_on = :r WHERE id = :id", soci::use(day, "r"),
        soci::use(id, "id");
  }
  return static_cast<int>(due.size());
}

std::vector<core::Id> admin_ids(soci::session& sql) {
  return ids_of(sql, "SELECT id FROM users WHERE role = :p AND disabled = 0 ORDER BY id", "admin");
}

}  // namespace icity::store::agreements
