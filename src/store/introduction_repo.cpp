#include "store/introduction_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <set>

#include "store/sql_query.hpp"

namespace icity::store::introductions {
namespace {

constexpr const char* kColumns =
    "id, version, status, from_organisation_id, to_organisation_id, opportunity_id, "
    "delegation_id, score, outcome, interaction_id, created_by, archived, created_at, updated_at";

// One row of kColumns, bound by position.
struct Row {
  long long id = 0, version = 0, from = 0, to = 0, opportunity = 0, delegation = 0, interaction = 0,
            created_by = 0, archived = 0;
  double score = 0;
  soci::indicator opportunity_ind = soci::i_null, delegation_ind = soci::i_null,
                  score_ind = soci::i_null, interaction_ind = soci::i_null,
                  created_by_ind = soci::i_null;
  std::string status, outcome, created_at, updated_at;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(status));
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    st.exchange(soci::into(opportunity, opportunity_ind));
    st.exchange(soci::into(delegation, delegation_ind));
    st.exchange(soci::into(score, score_ind));
    st.exchange(soci::into(outcome));
    st.exchange(soci::into(interaction, interaction_ind));
    st.exchange(soci::into(created_by, created_by_ind));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Introduction value() const {
    core::Introduction n;
    n.id = id;
    n.version = version;
    n.status =
        core::parse_introduction_status(status).value_or(core::IntroductionStatus::kInterest);
    n.from_organisation_id = from;
    n.to_organisation_id = to;
    if (opportunity_ind == soci::i_ok) n.opportunity_id = opportunity;
    if (delegation_ind == soci::i_ok) n.delegation_id = delegation;
    if (score_ind == soci::i_ok) n.score = score;
    n.outcome = core::parse_introduction_outcome(outcome);
    if (interaction_ind == soci::i_ok) n.interaction_id = interaction;
    if (created_by_ind == soci::i_ok) n.created_by = created_by;
    n.archived = archived != 0;
    n.created_at = created_at;
    n.updated_at = updated_at;
    return n;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  std::string status, outcome;
  long long from = 0, to = 0, opportunity = 0, delegation = 0, interaction = 0, created_by = 0,
            archived = 0;
  double score = 0;
  soci::indicator opportunity_ind, delegation_ind, score_ind, interaction_ind, created_by_ind;
  static soci::indicator ind(bool present) { return present ? soci::i_ok : soci::i_null; }
  explicit Params(const core::Introduction& n)
      : status(core::to_string(n.status)),
        outcome(n.outcome ? std::string(core::to_string(*n.outcome)) : ""),
        from(n.from_organisation_id),
        to(n.to_organisation_id),
        opportunity(n.opportunity_id.value_or(0)),
        delegation(n.delegation_id.value_or(0)),
        interaction(n.interaction_id.value_or(0)),
        created_by(n.created_by.value_or(0)),
        archived(n.archived ? 1 : 0),
        score(n.score.value_or(0)),
        opportunity_ind(ind(n.opportunity_id.has_value())),
        delegation_ind(ind(n.delegation_id.has_value())),
        score_ind(ind(n.score.has_value())),
        interaction_ind(ind(n.interaction_id.has_value())),
        created_by_ind(ind(n.created_by.has_value())) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(status, "st"));
    st.exchange(soci::use(from, "f"));
    st.exchange(soci::use(to, "t"));
    st.exchange(soci::use(opportunity, opportunity_ind, "op"));
    st.exchange(soci::use(delegation, delegation_ind, "dg"));
    st.exchange(soci::use(score, score_ind, "sc"));
    st.exchange(soci::use(outcome, "oc"));
    st.exchange(soci::use(interaction, interaction_ind, "ia"));
    st.exchange(soci::use(created_by, created_by_ind, "cb"));
    st.exchange(soci::use(archived, "a"));
  }
};

// Fills the steps, organisation names and opportunity titles of `views` in three queries.
void load_details(soci::session& sql, Backend backend, std::vector<core::IntroductionView>& views) {
  if (views.empty()) return;
  std::vector<long long> ids;
  std::set<long long> org_ids, opportunity_ids;
  std::map<long long, core::IntroductionView*> by_id;
  for (auto& v : views) {
    const auto& n = v.introduction;
    ids.push_back(n.id);
    by_id[n.id] = &v;
    org_ids.insert(n.from_organisation_id);
    org_ids.insert(n.to_organisation_id);
    if (n.opportunity_id) opportunity_ids.insert(*n.opportunity_id);
  }
  {
    SqlQuery q(backend);
    q.where_in("introduction_id", ids);
    long long id = 0, introduction = 0, user = 0;
    soci::indicator user_ind = soci::i_null;
    std::string status, at, actor, zh, en;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(introduction));
    st.exchange(soci::into(status));
    st.exchange(soci::into(at));
    st.exchange(soci::into(user, user_ind));
    st.exchange(soci::into(actor));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    q.bind(st);
    st.alloc();
    st.prepare(
        "SELECT id, introduction_id, status, at, user_id, actor_email, message_zh, message_en "
        "FROM introduction_steps WHERE 1 = 1" +
        q.conditions() + " ORDER BY introduction_id, id");
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) {
      core::IntroductionStep s;
      s.id = id;
      s.status =
          core::parse_introduction_status(status).value_or(core::IntroductionStatus::kInterest);
      s.at = at;
      if (user_ind == soci::i_ok) s.user_id = user;
      s.actor = actor;
      s.message = {zh, en};
      by_id[introduction]->introduction.steps.push_back(std::move(s));
    }
  }
  std::map<long long, core::LocalizedText> names, titles;
  {
    SqlQuery q(backend);
    q.where_in("id", {org_ids.begin(), org_ids.end()});
    long long id = 0;
    std::string zh, en;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    q.bind(st);
    st.alloc();
    st.prepare("SELECT id, name_zh, name_en FROM organisations WHERE 1 = 1" + q.conditions());
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) names[id] = {zh, en};
  }
  if (!opportunity_ids.empty()) {
    SqlQuery q(backend);
    q.where_in("id", {opportunity_ids.begin(), opportunity_ids.end()});
    long long id = 0;
    std::string zh, en;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    q.bind(st);
    st.alloc();
    st.prepare("SELECT id, title_zh, title_en FROM opportunities WHERE 1 = 1" + q.conditions());
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) titles[id] = {zh, en};
  }
  for (auto& v : views) {
    const auto& n = v.introduction;
    v.from_organisation = {n.from_organisation_id, names[n.from_organisation_id]};
    v.to_organisation = {n.to_organisation_id, names[n.to_organisation_id]};
    if (n.opportunity_id)
      v.opportunity = core::OpportunityRef{*n.opportunity_id, titles[*n.opportunity_id]};
  }
}

}  // namespace

std::optional<core::IntroductionView> find(soci::session& sql, Backend backend, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM introductions WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  std::vector<core::IntroductionView> views{{row.value(), {}, {}, std::nullopt}};
  load_details(sql, backend, views);
  return std::move(views.front());
}

core::Page<core::IntroductionView> list(soci::session& sql, Backend backend,
                                        const core::IntroductionQuery& query) {
  SqlQuery q(backend);
  q.where("archived = 0");
  if (query.own_organisation_id) {
    const long long own = *query.own_organisation_id;
    switch (query.box) {
      case core::IntroductionBox::kInbox:
        q.where("to_organisation_id = {}", own);
        break;
      case core::IntroductionBox::kOutbox:
        q.where("from_organisation_id = {}", own);
        break;
      case core::IntroductionBox::kAll:
        q.where("(from_organisation_id = {} OR to_organisation_id = {})", own);
        break;
    }
  } else {
    // Staff: the inbox is what waits for an answer; the outbox what they opened.
    switch (query.box) {
      case core::IntroductionBox::kInbox:
        q.where("status IN ('interest', 'requested')");
        break;
      case core::IntroductionBox::kOutbox:
        q.where("created_by = {}", static_cast<long long>(query.staff_user_id.value_or(0)));
        break;
      case core::IntroductionBox::kAll:
        break;
    }
  }
  if (query.status) q.where("status = {}", std::string(core::to_string(*query.status)));
  if (query.organisation_id) {
    q.where("(from_organisation_id = {} OR to_organisation_id = {})",
            static_cast<long long>(*query.organisation_id));
  }
  auto rows = newest_first<Row>(sql, q, kColumns, "introductions", query.cursor, query.limit);
  core::Page<core::IntroductionView> page;
  page.next_cursor = std::move(rows.next_cursor);
  for (auto& n : rows.items) page.items.push_back({std::move(n), {}, {}, std::nullopt});
  load_details(sql, backend, page.items);
  return page;
}

std::optional<core::Id> open_between(soci::session& sql, core::Id from, core::Id to,
                                     std::optional<core::Id> opportunity_id) {
  long long f = from, t = to, o = opportunity_id.value_or(0), found = 0;
  soci::indicator found_ind = soci::i_null;
  const std::string about = opportunity_id ? "opportunity_id = :o" : "opportunity_id IS NULL";
  soci::statement st(sql);
  st.exchange(soci::into(found, found_ind));
  st.exchange(soci::use(f, "f"));
  st.exchange(soci::use(t, "t"));
  if (opportunity_id) st.exchange(soci::use(o, "o"));
  st.alloc();
  st.prepare(
      "SELECT MIN(id) FROM introductions WHERE archived = 0 AND from_organisation_id = :f AND "
      "to_organisation_id = :t AND " +
      about + " AND status IN ('interest', 'requested', 'accepted', 'met')");
  st.define_and_bind();
  st.execute(true);
  if (found_ind != soci::i_ok) return std::nullopt;
  return found;
}

void lock_creations_from(Tx& tx, core::Id from) {
  if (tx.backend() != Backend::kPostgres) return;
  // The two-key form: its class (first key) differs from the change log's lock, whose
  // single bigint key reads as class 0.
  constexpr int kIntroductionCreations = 4242002;
  int cls = kIntroductionCreations, key = static_cast<int>(from % 2147483647);
  tx.sql() << "SELECT pg_advisory_xact_lock(:c, :k)", soci::use(cls, "c"), soci::use(key, "k");
}

core::Id insert(Tx& tx, core::Introduction& n) {
  return insert_versioned<Params>(
      tx, n,
      "INSERT INTO introductions (version, status, from_organisation_id, to_organisation_id, "
      "opportunity_id, delegation_id, score, outcome, interaction_id, created_by, archived, "
      "created_at, updated_at) VALUES (1, :st, :f, :t, :op, :dg, :sc, :oc, :ia, :cb, :a, :ca, "
      ":ua) RETURNING id");
}

bool update(Tx& tx, core::Introduction& n) {
  return update_versioned<Params>(
      tx, n,
      "UPDATE introductions SET version = version + 1, status = :st, from_organisation_id = :f, "
      "to_organisation_id = :t, opportunity_id = :op, delegation_id = :dg, score = :sc, outcome "
      "= :oc, interaction_id = :ia, created_by = :cb, archived = :a, updated_at = :ua WHERE id "
      "= :id AND version = :v");
}

core::Id add_step(Tx& tx, core::Id introduction_id, core::IntroductionStep& step) {
  step.at = tx.now();
  long long introduction = introduction_id, user = step.user_id.value_or(0), id = 0;
  soci::indicator user_ind = step.user_id ? soci::i_ok : soci::i_null;
  std::string status(core::to_string(step.status));
  tx.sql() << "INSERT INTO introduction_steps (introduction_id, status, at, user_id, actor_email, "
              "message_zh, message_en) VALUES (:i, :s, :at, :u, :e, :mz, :me) RETURNING id",
      soci::use(introduction, "i"), soci::use(status, "s"), soci::use(step.at, "at"),
      soci::use(user, user_ind, "u"), soci::use(step.actor, "e"), soci::use(step.message.zh, "mz"),
      soci::use(step.message.en, "me"), soci::into(id);
  step.id = id;
  return id;
}

}  // namespace icity::store::introductions
