#include "store/kpi_repo.hpp"

#include <soci/soci.h>

#include <map>
#include <set>
#include <sstream>

#include "core/instant.hpp"
#include "store/sql_query.hpp"

namespace icity::store::kpis {
namespace {

std::vector<std::string> words(const std::string& spaced) {
  std::vector<std::string> out;
  std::istringstream in(spaced);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

std::vector<int> numbers(const std::string& spaced) {
  std::vector<int> out;
  for (const auto& w : words(spaced)) out.push_back(std::stoi(w));
  return out;
}

// The local date of a stored instant.
std::string local_date(const std::string& instant, int offset_minutes) {
  auto at = core::parse_instant(instant);
  if (!at) return instant.substr(0, 10);
  return core::format_instant(*at + std::int64_t{offset_minutes} * 60000).substr(0, 10);
}

struct OrgFacts {
  std::string country, sectors, sdgs;
};

// Country, sector codes and SDGs of the organisations `ids`.
std::map<core::Id, OrgFacts> facts_of(soci::session& sql, Backend backend,
                                      const std::set<core::Id>& ids) {
  std::map<core::Id, OrgFacts> out;
  if (ids.empty()) return out;
  SqlQuery q(backend);
  q.where_in("id", {ids.begin(), ids.end()});
  long long id = 0;
  OrgFacts f;
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::into(f.country));
  st.exchange(soci::into(f.sectors));
  st.exchange(soci::into(f.sdgs));
  q.bind(st);
  st.alloc();
  st.prepare("SELECT id, country, sectors, sdgs FROM organisations WHERE 1 = 1" + q.conditions());
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) out[id] = f;
  return out;
}

// The organisation a record of several parties counts under: the first foreign
// one, else the first.
const OrgFacts* counted(const std::vector<core::Id>& parties,
                        const std::map<core::Id, OrgFacts>& facts) {
  const OrgFacts* first = nullptr;
  for (auto id : parties) {
    auto it = facts.find(id);
    if (it == facts.end()) continue;
    if (!first) first = &it->second;
    if (it->second.country != "CN") return &it->second;
  }
  return first;
}

void attribute(core::KpiRecord& r, const OrgFacts* f) {
  if (!f) return;
  if (r.country.empty()) r.country = f->country;
  r.sections = words(f->sectors);
  r.sdgs = numbers(f->sdgs);
}

// The parties (organisation ids, in order) of each record of `table`.
std::map<core::Id, std::vector<core::Id>> parties_of(soci::session& sql, Backend backend,
                                                     const std::string& table,
                                                     const std::string& key,
                                                     const std::vector<core::Id>& ids) {
  std::map<core::Id, std::vector<core::Id>> out;
  if (ids.empty()) return out;
  SqlQuery q(backend);
  q.where_in(key, {ids.begin(), ids.end()});
  long long owner = 0, org = 0;
  soci::statement st(sql);
  st.exchange(soci::into(owner));
  st.exchange(soci::into(org));
  q.bind(st);
  st.alloc();
  st.prepare("SELECT " + key + ", organisation_id FROM " + table + " WHERE 1 = 1" + q.conditions() +
             " ORDER BY " + key + ", position, organisation_id");
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) out[owner].push_back(org);
  return out;
}

void attribute_parties(soci::session& sql, Backend backend, std::vector<core::KpiRecord>& records,
                       const std::map<core::Id, std::vector<core::Id>>& parties) {
  std::set<core::Id> orgs;
  for (const auto& [_, list] : parties) orgs.insert(list.begin(), list.end());
  const auto facts = facts_of(sql, backend, orgs);
  for (auto& r : records) {
    if (auto it = parties.find(r.id); it != parties.end()) attribute(r, counted(it->second, facts));
  }
}

}  // namespace

std::vector<core::KpiRecord> matters_handled(soci::session& sql, const Period& p) {
  std::vector<core::KpiRecord> out;
  long long id = 0;
  std::string subject, zh, en, resolved, country, sectors, sdgs;
  soci::indicator sectors_ind = soci::i_null, sdgs_ind = soci::i_null;
  soci::statement st =
      (sql.prepare << "SELECT c.id, c.subject, s.name_zh, s.name_en, c.resolved_at, c.country, "
                      "o.sectors, o.sdgs FROM cases c JOIN desk_services s ON s.id = c.service_id "
                      "LEFT JOIN organisations o ON o.id = c.organisation_id WHERE c.resolved_at "
                      ">= :f AND c.resolved_at < :u ORDER BY c.resolved_at, c.id",
       soci::use(p.from_at, "f"), soci::use(p.until_at, "u"), soci::into(id), soci::into(subject),
       soci::into(zh), soci::into(en), soci::into(resolved), soci::into(country),
       soci::into(sectors, sectors_ind), soci::into(sdgs, sdgs_ind));
  st.execute(false);
  while (st.fetch()) {
    core::KpiRecord r;
    r.type = "case";
    r.id = id;
    r.title = subject.empty() ? core::LocalizedText{zh, en} : core::LocalizedText{subject, subject};
    r.date = local_date(resolved, p.utc_offset_minutes);
    r.country = country;
    if (sectors_ind == soci::i_ok) r.sections = words(sectors);
    if (sdgs_ind == soci::i_ok) r.sdgs = numbers(sdgs);
    r.link = "/desk/cases/" + std::to_string(id);
    out.push_back(std::move(r));
  }
  return out;
}

std::vector<core::KpiRecord> events_held(soci::session& sql, Backend backend, const Period& p,
                                         bool exchange_only) {
  std::vector<core::KpiRecord> out;
  std::map<core::Id, std::vector<core::Id>> organisers;
  long long id = 0;
  std::string zh, en, starts, orgs;
  const std::string types =
      exchange_only ? " AND type IN ('exchange_camp', 'visit_programme', 'cultural')" : "";
  soci::statement st =
      (sql.prepare << "SELECT id, title_zh, title_en, starts_at, organisers FROM events WHERE "
                      "archived = 0 AND status <> 'cancelled' AND starts_at >= :f AND starts_at "
                      "< :u" +
                          types + " ORDER BY starts_at, id",
       soci::use(p.from_at, "f"), soci::use(p.until_at, "u"), soci::into(id), soci::into(zh),
       soci::into(en), soci::into(starts), soci::into(orgs));
  st.execute(false);
  while (st.fetch()) {
    core::KpiRecord r;
    r.type = "event";
    r.id = id;
    r.title = {zh, en};
    r.date = local_date(starts, p.utc_offset_minutes);
    r.link = "/events/" + std::to_string(id);
    for (const auto& w : words(orgs)) organisers[id].push_back(std::stoll(w));
    out.push_back(std::move(r));
  }
  attribute_parties(sql, backend, out, organisers);
  return out;
}

std::vector<core::KpiRecord> delegations_received(soci::session& sql, const Period& p) {
  std::vector<core::KpiRecord> out;
  long long id = 0;
  std::string zh, en, start, country, sectors, sdgs;
  soci::statement st =
      (sql.prepare << "SELECT id, name_zh, name_en, start_date, country, sectors, sdgs FROM "
                      "delegations WHERE archived = 0 AND start_date >= :f AND start_date <= :t "
                      "ORDER BY start_date, id",
       soci::use(p.from, "f"), soci::use(p.to, "t"), soci::into(id), soci::into(zh), soci::into(en),
       soci::into(start), soci::into(country), soci::into(sectors), soci::into(sdgs));
  st.execute(false);
  while (st.fetch()) {
    out.push_back({"delegation",
                   id,
                   {zh, en},
                   start,
                   country,
                   words(sectors),
                   numbers(sdgs),
                   "/delegations/" + std::to_string(id)});
  }
  return out;
}

std::vector<core::KpiRecord> organisations_with(soci::session& sql, const Period& p,
                                                bool visits_only, bool foreign_associations) {
  std::vector<core::KpiRecord> out;
  long long id = 0;
  std::string zh, en, first, country, sectors, sdgs;
  std::string where = " AND i.date >= :f AND i.date <= :t";
  if (visits_only) where += " AND i.type = 'visit_received'";
  if (foreign_associations) where += " AND o.kind = 'association' AND o.country <> 'CN'";
  // The join order is spelled out (SQLite takes CROSS JOIN as the order; PostgreSQL plans
  // it as any inner join): foreign associations are few, so they come first; visits start
  // from the period's interactions. Left to itself, SQLite without statistics tried every
  // association against every interaction of the period.
  const std::string from =
      foreign_associations
          ? "organisations o CROSS JOIN interaction_organisations io CROSS JOIN interactions i"
          : "interactions i CROSS JOIN interaction_organisations io CROSS JOIN organisations o";
  soci::statement st =
      (sql.prepare << "SELECT o.id, o.name_zh, o.name_en, MIN(i.date), o.country, o.sectors, "
                      "o.sdgs FROM " +
                          from +
                          " WHERE io.interaction_id = i.id AND o.id = io.organisation_id AND "
                          "i.archived = 0 AND o.archived = 0" +
                          where +
                          " GROUP BY o.id, o.name_zh, o.name_en, o.country, o.sectors, o.sdgs "
                          "ORDER BY o.id",
       soci::use(p.from, "f"), soci::use(p.to, "t"), soci::into(id), soci::into(zh), soci::into(en),
       soci::into(first), soci::into(country), soci::into(sectors), soci::into(sdgs));
  st.execute(false);
  while (st.fetch()) {
    out.push_back({"organisation",
                   id,
                   {zh, en},
                   first,
                   country,
                   words(sectors),
                   numbers(sdgs),
                   "/partners/organisations/" + std::to_string(id)});
  }
  return out;
}

std::vector<core::KpiRecord> agreements_signed(soci::session& sql, Backend backend,
                                               const Period& p) {
  std::vector<core::KpiRecord> out;
  std::vector<core::Id> ids;
  long long id = 0;
  std::string zh, en, signed_on;
  soci::statement st =
      (sql.prepare << "SELECT id, title_zh, title_en, signed_on FROM agreements WHERE archived = "
                      "0 AND signed_on >= :f AND signed_on <= :t ORDER BY signed_on, id",
       soci::use(p.from, "f"), soci::use(p.to, "t"), soci::into(id), soci::into(zh), soci::into(en),
       soci::into(signed_on));
  st.execute(false);
  while (st.fetch()) {
    out.push_back(
        {"agreement", id, {zh, en}, signed_on, "", {}, {}, "/agreements/" + std::to_string(id)});
    ids.push_back(id);
  }
  attribute_parties(sql, backend, out,
                    parties_of(sql, backend, "agreement_parties", "agreement_id", ids));
  return out;
}

std::vector<StageRow> project_stages(soci::session& sql) {
  std::vector<StageRow> out;
  long long project = 0;
  std::string stage, at;
  soci::statement st = (sql.prepare << "SELECT s.project_id, s.stage, s.at FROM project_stages s "
                                       "JOIN projects p ON p.id = s.project_id WHERE p.archived = "
                                       "0 ORDER BY s.project_id, s.id",
                        soci::into(project), soci::into(stage), soci::into(at));
  st.execute(false);
  while (st.fetch()) out.push_back({project, stage, at});
  return out;
}

std::vector<core::KpiRecord> projects(soci::session& sql, Backend backend,
                                      const std::vector<core::Id>& ids) {
  std::vector<core::KpiRecord> out;
  if (ids.empty()) return out;
  std::map<core::Id, std::size_t> at;
  {
    SqlQuery q(backend);
    q.where_in("id", {ids.begin(), ids.end()});
    long long id = 0;
    std::string zh, en;
    soci::statement st(sql);
    st.exchange(soci::into(id));
    st.exchange(soci::into(zh));
    st.exchange(soci::into(en));
    q.bind(st);
    st.alloc();
    st.prepare("SELECT id, title_zh, title_en FROM projects WHERE 1 = 1" + q.conditions() +
               " ORDER BY id");
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) {
      at[id] = out.size();
      out.push_back({"project", id, {zh, en}, "", "", {}, {}, "/projects/" + std::to_string(id)});
    }
  }
  attribute_parties(sql, backend, out,
                    parties_of(sql, backend, "project_parties", "project_id", ids));
  // A project's own sectors and SDGs, where it has them, count rather than its party's.
  for (const auto& [table, column] :
       {std::pair{"project_sectors", "code"}, std::pair{"project_sdgs", "sdg"}}) {
    const bool is_sdg = std::string(column) == "sdg";
    std::map<core::Id, std::vector<std::string>> own;
    SqlQuery q(backend);
    q.where_in("project_id", {ids.begin(), ids.end()});
    long long project = 0;
    std::string value;
    soci::statement st(sql);
    st.exchange(soci::into(project));
    st.exchange(soci::into(value));
    q.bind(st);
    st.alloc();
    st.prepare(std::string("SELECT project_id, CAST(") + column + " AS TEXT) FROM " + table +
               " WHERE 1 = 1" + q.conditions() + " ORDER BY project_id, " + column);
    st.define_and_bind();
    st.execute(false);
    while (st.fetch()) own[project].push_back(value);
    for (auto& [project_id, values] : own) {
      auto& r = out[at[project_id]];
      if (is_sdg) {
        r.sdgs.clear();
        for (const auto& v : values) r.sdgs.push_back(std::stoi(v));
      } else {
        r.sections = values;
      }
    }
  }
  return out;
}

}  // namespace icity::store::kpis
