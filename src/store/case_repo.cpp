#include "store/case_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <set>

#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::cases {
namespace {

constexpr const char* kColumns =
    "id, version, service_id, team_id, status, assignee_id, organisation_id, contact_name, "
    "contact_email, contact_phone, contact_organisation, country, language, subject, "
    "description, key_digest, due_at, waiting_since, first_response_at, resolved_at, closed_at, "
    "satisfaction, satisfaction_comment, rated_at, created_at, updated_at";

soci::indicator ind(bool present) { return present ? soci::i_ok : soci::i_null; }

struct Row {
  long long id = 0, version = 0, service = 0, team = 0, assignee = 0, organisation = 0;
  int satisfaction = 0;
  soci::indicator team_ind = soci::i_null, assignee_ind = soci::i_null,
                  organisation_ind = soci::i_null, satisfaction_ind = soci::i_null;
  std::string status, name, email, phone, contact_org, country, language, subject, description, key,
      due, waiting, first_response, resolved, closed, comment, rated, created, updated;

  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(service));
    st.exchange(soci::into(team, team_ind));
    st.exchange(soci::into(status));
    st.exchange(soci::into(assignee, assignee_ind));
    st.exchange(soci::into(organisation, organisation_ind));
    for (auto* s : {&name, &email, &phone, &contact_org, &country, &language, &subject,
                    &description, &key, &due, &waiting, &first_response, &resolved, &closed}) {
      st.exchange(soci::into(*s));
    }
    st.exchange(soci::into(satisfaction, satisfaction_ind));
    for (auto* s : {&comment, &rated, &created, &updated}) st.exchange(soci::into(*s));
  }
  core::Case value() const {
    core::Case c;
    c.id = id;
    c.version = version;
    c.service_id = service;
    if (team_ind == soci::i_ok) c.team_id = team;
    c.status = core::parse_case_status(status).value_or(core::CaseStatus::kNew);
    if (assignee_ind == soci::i_ok) c.assignee_id = assignee;
    if (organisation_ind == soci::i_ok) c.organisation_id = organisation;
    c.contact = {name, email, phone, contact_org, country};
    c.language = language;
    c.subject = subject;
    c.description = description;
    c.key_digest = key;
    c.due_at = due;
    c.waiting_since = waiting;
    c.first_response_at = first_response;
    c.resolved_at = resolved;
    c.closed_at = closed;
    if (satisfaction_ind == soci::i_ok)
      c.satisfaction = core::Satisfaction{satisfaction, comment, rated};
    c.created_at = created;
    c.updated_at = updated;
    return c;
  }
};

// The columns an insert or update writes, bound by name.
struct Params {
  long long service = 0, team = 0, assignee = 0, organisation = 0, open = 0;
  int satisfaction = 0;
  soci::indicator team_ind, assignee_ind, organisation_ind, satisfaction_ind;
  std::string status, comment, rated;
  const core::Case& c;
  explicit Params(const core::Case& k)
      : service(k.service_id),
        team(k.team_id.value_or(0)),
        assignee(k.assignee_id.value_or(0)),
        organisation(k.organisation_id.value_or(0)),
        open(core::is_open(k.status) ? 1 : 0),
        satisfaction(k.satisfaction ? k.satisfaction->score : 0),
        team_ind(ind(k.team_id.has_value())),
        assignee_ind(ind(k.assignee_id.has_value())),
        organisation_ind(ind(k.organisation_id.has_value())),
        satisfaction_ind(ind(k.satisfaction.has_value())),
        status(core::to_string(k.status)),
        comment(k.satisfaction ? k.satisfaction->comment : ""),
        rated(k.satisfaction ? k.satisfaction->at : ""),
        c(k) {}
  void bind(soci::statement& st) {
    st.exchange(soci::use(service, "sv"));
    st.exchange(soci::use(team, team_ind, "tm"));
    st.exchange(soci::use(status, "st"));
    st.exchange(soci::use(open, "op"));
    st.exchange(soci::use(assignee, assignee_ind, "as"));
    st.exchange(soci::use(organisation, organisation_ind, "og"));
    st.exchange(soci::use(c.contact.name, "cn"));
    st.exchange(soci::use(c.contact.email, "ce"));
    st.exchange(soci::use(c.contact.phone, "cp"));
    st.exchange(soci::use(c.contact.organisation, "co"));
    st.exchange(soci::use(c.contact.country, "cc"));
    st.exchange(soci::use(c.language, "lg"));
    st.exchange(soci::use(c.subject, "sj"));
    st.exchange(soci::use(c.description, "ds"));
    st.exchange(soci::use(c.key_digest, "kd"));
    st.exchange(soci::use(c.due_at, "du"));
    st.exchange(soci::use(c.waiting_since, "ws"));
    st.exchange(soci::use(c.first_response_at, "fr"));
    st.exchange(soci::use(c.resolved_at, "rs"));
    st.exchange(soci::use(c.closed_at, "cl"));
    st.exchange(soci::use(satisfaction, satisfaction_ind, "sa"));
    st.exchange(soci::use(comment, "sc"));
    st.exchange(soci::use(rated, "ra"));
  }
};

core::CaseView view_of(core::Case c) {
  core::CaseView v;
  v.value = std::move(c);
  return v;
}

// Fills the names of services, teams and assignees of `views` in three queries.
void load_names(soci::session& sql, Backend backend, std::vector<core::CaseView>& views) {
  if (views.empty()) return;
  std::set<long long> services, teams, users;
  for (const auto& v : views) {
    services.insert(v.value.service_id);
    if (v.value.team_id) teams.insert(*v.value.team_id);
    if (v.value.assignee_id) users.insert(*v.value.assignee_id);
  }
  std::map<long long, std::pair<core::LocalizedText, int>> service_names;
  std::map<long long, core::TeamRef> team_refs;
  std::map<long long, core::UserRef> user_refs;
  long long id = 0;
  std::string a, b, c;
  int hours = 0;
  const auto run = [&](const std::string& query, const std::set<long long>& ids, auto&& each,
                       auto&&... intos) {
    if (ids.empty()) return;
    SqlQuery q(backend);
    q.where_in("id", {ids.begin(), ids.end()});
    soci::statement st(sql);
    st.exchange(soci::into(id));
    (st.exchange(soci::into(intos)), ...);
    q.bind(st);
    st.alloc();
    st.prepare(query + q.conditions());
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) each();
  };
  run(
      "SELECT id, name_zh, name_en, target_hours FROM desk_services WHERE 1 = 1", services,
      [&] {
        service_names[id] = {{a, b}, hours};
      },
      a, b, hours);
  run(
      "SELECT id, key, name_zh, name_en FROM desk_teams WHERE 1 = 1", teams,
      [&] {
        team_refs[id] = {id, a, {b, c}};
      },
      a, b, c);
  run(
      "SELECT id, email, display_name FROM users WHERE 1 = 1", users,
      [&] {
        user_refs[id] = {id, a, b};
      },
      a, b);
  for (auto& v : views) {
    const auto& s = service_names[v.value.service_id];
    v.service_name = s.first;
    v.target_hours = s.second;
    if (v.value.team_id) v.team = team_refs[*v.value.team_id];
    if (v.value.assignee_id) v.assignee = user_refs[*v.value.assignee_id];
  }
}

core::Page<core::CaseView> as_views(core::Page<core::Case>&& rows, soci::session& sql,
                                    Backend backend) {
  core::Page<core::CaseView> page;
  page.next_cursor = std::move(rows.next_cursor);
  for (auto& c : rows.items) page.items.push_back(view_of(std::move(c)));
  load_names(sql, backend, page.items);
  return page;
}

void add_queue(SqlQuery& q, const core::CaseQuery& query) {
  using Queue = core::CaseQueue;
  switch (query.queue) {
    case Queue::kOpen:
      q.where("is_open = 1");
      break;
    case Queue::kMine:
      q.where("assignee_id = {}", static_cast<long long>(query.caller));
      q.where("is_open = 1");
      break;
    case Queue::kTeam:
      q.where_in("team_id", {query.caller_teams.begin(), query.caller_teams.end()});
      q.where("is_open = 1");
      break;
    case Queue::kUnassigned:
      q.where("assignee_id IS NULL");
      q.where("is_open = 1");
      break;
    case Queue::kOverdue:
      q.where("is_open = 1");
      q.where("due_at < {}", query.now);
      break;
    case Queue::kAll:
      break;
  }
}

}  // namespace

core::Id insert(Tx& tx, core::Case& c) {
  return insert_versioned<Params>(
      tx, c,
      "INSERT INTO cases (version, service_id, team_id, status, is_open, assignee_id, "
      "organisation_id, contact_name, contact_email, contact_phone, contact_organisation, "
      "country, language, subject, description, key_digest, due_at, waiting_since, "
      "first_response_at, resolved_at, closed_at, satisfaction, satisfaction_comment, rated_at, "
      "created_at, updated_at) VALUES (1, :sv, :tm, :st, :op, :as, :og, :cn, :ce, :cp, :co, :cc, "
      ":lg, :sj, :ds, :kd, :du, :ws, :fr, :rs, :cl, :sa, :sc, :ra, :ca, :ua) RETURNING id");
}

bool update(Tx& tx, core::Case& c) {
  return update_versioned<Params>(
      tx, c,
      "UPDATE cases SET version = version + 1, service_id = :sv, team_id = :tm, status = :st, "
      "is_open = :op, assignee_id = :as, organisation_id = :og, contact_name = :cn, "
      "contact_email = :ce, contact_phone = :cp, contact_organisation = :co, country = :cc, "
      "language = :lg, subject = :sj, description = :ds, key_digest = :kd, due_at = :du, "
      "waiting_since = :ws, first_response_at = :fr, resolved_at = :rs, closed_at = :cl, "
      "satisfaction = :sa, satisfaction_comment = :sc, rated_at = :ra, updated_at = :ua WHERE id "
      "= :id AND version = :v");
}

void set_key_digest(Tx& tx, core::Id id, const std::string& digest) {
  long long key = id;
  tx.sql() << "UPDATE cases SET key_digest = :d WHERE id = :id", soci::use(digest, "d"),
      soci::use(key, "id");
}

std::optional<core::Case> find_case(soci::session& sql, core::Id id) {
  return find_row<Row>(sql, kColumns, "cases", id);
}

std::optional<core::CaseView> find(soci::session& sql, Backend backend, core::Id id) {
  auto c = find_case(sql, id);
  if (!c) return std::nullopt;
  std::vector<core::CaseView> views{view_of(std::move(*c))};
  load_names(sql, backend, views);
  load_conversation(sql, views.front());
  return std::move(views.front());
}

core::Page<core::CaseView> list(soci::session& sql, Backend backend, const core::CaseQuery& query) {
  SqlQuery q(backend);
  add_queue(q, query);
  if (query.team_id) q.where("team_id = {}", static_cast<long long>(*query.team_id));
  if (query.assignee_id) q.where("assignee_id = {}", static_cast<long long>(*query.assignee_id));
  if (query.service_id) q.where("service_id = {}", static_cast<long long>(*query.service_id));
  if (query.organisation_id) {
    q.where("organisation_id = {}", static_cast<long long>(*query.organisation_id));
  }
  if (!query.statuses.empty()) {
    std::string in = "status IN (";
    for (std::size_t i = 0; i < query.statuses.size(); ++i) {
      in += (i ? ", '" : "'") + std::string(core::to_string(query.statuses[i])) + "'";
    }
    q.where(in + ")");  // the names come from the closed vocabulary, not from the caller
  }
  if (!query.text.empty()) {
    const auto id = core::parse_case_number(query.text);
    const bool number_only = id && (query.text[0] == 'F' || query.text[0] == 'f');
    if (number_only) {
      q.where("id = {}", static_cast<long long>(*id));
    } else {
      // Bare digits may be an id or a word of the text; the id is a parsed integer.
      const std::string by_id = id ? "id = " + std::to_string(*id) + " OR " : "";
      q.where("(" + by_id + q.contains_condition("contact_name") + " OR " +
                  q.contains_condition("contact_email") + " OR " +
                  q.contains_condition("contact_organisation") + " OR " +
                  q.contains_condition("subject") + ")",
              like_contains(query.text));
    }
  }
  switch (query.sort) {
    case core::CaseSort::kCreated:
      return as_views(newest_first<Row>(sql, q, kColumns, "cases", query.cursor, query.limit), sql,
                      backend);
    case core::CaseSort::kUpdated:
      return as_views(
          sorted_page<Row>(sql, q, kColumns, "cases", "updated_at", true, query.cursor, query.limit,
                           [](const core::Case& c) { return c.updated_at; }),
          sql, backend);
    case core::CaseSort::kDue:
      break;
  }
  return as_views(sorted_page<Row>(sql, q, kColumns, "cases", "due_at", false, query.cursor,
                                   query.limit, [](const core::Case& c) { return c.due_at; }),
                  sql, backend);
}

std::vector<core::CaseView> open_by_due(soci::session& sql, Backend backend, int limit) {
  auto rows = all_rows<Row>(sql,
                            std::string("SELECT ") + kColumns +
                                " FROM cases WHERE is_open = 1 ORDER BY due_at, id LIMIT :p",
                            limit);
  std::vector<core::CaseView> views;
  views.reserve(rows.size());
  for (auto& c : rows) views.push_back(view_of(std::move(c)));
  load_names(sql, backend, views);
  return views;
}

core::CaseCounts counts(soci::session& sql, Backend /*backend*/, core::Id caller,
                        const std::string& now) {
  core::CaseCounts out;
  std::map<std::string, long long> by_status;
  {
    std::string status;
    long long n = 0;
    soci::statement st = (sql.prepare << "SELECT status, COUNT(*) FROM cases GROUP BY status",
                          soci::into(status), soci::into(n));
    st.execute(false);
    while (st.fetch()) by_status[status] = n;
  }
  for (auto name : core::case_status_names()) {
    const auto n = by_status[std::string(name)];
    out.by_status.push_back({std::string(name), n});
    if (core::is_open(core::parse_case_status(name).value_or(core::CaseStatus::kClosed))) {
      out.open += n;
    }
  }
  long long me = caller, overdue = 0, unassigned = 0, mine = 0;
  sql << "SELECT COUNT(*) FROM cases WHERE is_open = 1 AND due_at < :n", soci::use(now, "n"),
      soci::into(overdue);
  sql << "SELECT COUNT(*) FROM cases WHERE is_open = 1 AND assignee_id IS NULL",
      soci::into(unassigned);
  sql << "SELECT COUNT(*) FROM cases WHERE is_open = 1 AND assignee_id = :u", soci::use(me, "u"),
      soci::into(mine);
  out.overdue = overdue;
  out.unassigned = unassigned;
  out.mine = mine;
  long long id = 0, open = 0, late = 0;
  std::string key, zh, en;
  soci::statement st =
      (sql.prepare << "SELECT t.id, t.key, t.name_zh, t.name_en, "
                      "(SELECT COUNT(*) FROM cases c WHERE c.team_id = t.id AND c.is_open = 1), "
                      "(SELECT COUNT(*) FROM cases c WHERE c.team_id = t.id AND c.is_open = 1 "
                      "AND c.due_at < :n) FROM desk_teams t ORDER BY t.key",
       soci::use(now, "n"), soci::into(id), soci::into(key), soci::into(zh), soci::into(en),
       soci::into(open), soci::into(late));
  st.execute(false);
  while (st.fetch()) out.teams.push_back({{id, key, {zh, en}}, open, late});
  return out;
}

}  // namespace icity::store::cases
