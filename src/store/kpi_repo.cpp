#include "store/kpi_repo.hpp"

#include <soci/soci.h>

#include <set>
#include <sstream>

#include "store/sql_query.hpp"

namespace icity::store::kpis {
namespace {

std::vector<core::Id> ids_in(const std::string& spaced) {
  std::vector<core::Id> out;
  std::istringstream in(spaced);
  for (long long id = 0; in >> id;) out.push_back(id);
  return out;
}

core::Bits sdg_bits(const std::string& spaced) {
  core::Bits out = 0;
  std::istringstream in(spaced);
  for (int goal = 0; in >> goal;) out |= core::sdg_bit(goal);
  return out;
}

// `select`, with " AND <key> IN (<only>)" unless `only` is empty, then `order`.
template <typename Bind, typename Row>
void each_row(soci::session& sql, Backend backend, const std::string& select, std::string_view key,
              const std::vector<core::Id>& only, std::string_view order, Bind bind, Row row) {
  SqlQuery q(backend);
  if (!only.empty()) q.where_in(key, {only.begin(), only.end()});
  store::each_row(sql, q, select, " " + std::string(order), bind, row);
}

// The organisations of each record of `table` (agreement or project parties), in order.
std::map<core::Id, std::vector<core::Id>> parties_of(soci::session& sql, Backend backend,
                                                     const std::string& table,
                                                     const std::string& key,
                                                     const std::vector<core::Id>& only) {
  std::map<core::Id, std::vector<core::Id>> out;
  long long owner = 0, org = 0;
  each_row(
      sql, backend, "SELECT " + key + ", organisation_id FROM " + table + " WHERE 1 = 1", key, only,
      "ORDER BY " + key + ", position, organisation_id",
      [&](soci::statement& st) {
        st.exchange(soci::into(owner));
        st.exchange(soci::into(org));
      },
      [&] { out[owner].push_back(org); });
  return out;
}

// Puts every fact of `found`, and for each record asked for that is not
// there, that it no longer counts.
template <typename Fact, typename Put>
void put_all(std::map<core::Id, Fact>& found, const std::vector<core::Id>& only, Put put) {
  for (auto id : only) {
    if (!found.contains(id)) put(id, std::nullopt);
  }
  for (auto& [id, fact] : found) put(id, std::optional<Fact>(std::move(fact)));
}

}  // namespace

void Loader::organisations(const std::vector<core::Id>& only) {
  long long id = 0;
  int archived = 0;
  std::string country, kind, sectors, sdgs;
  std::set<core::Id> missing(only.begin(), only.end());
  each_row(
      sql, backend,
      "SELECT id, country, kind, archived, sectors, sdgs FROM organisations WHERE 1 = 1", "id",
      only, "ORDER BY id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(country));
        st.exchange(soci::into(kind));
        st.exchange(soci::into(archived));
        st.exchange(soci::into(sectors));
        st.exchange(soci::into(sdgs));
      },
      [&] {
        missing.erase(id);
        facts.put_organisation(
            id, core::OrgFacts{facts.countries().intern(country), sections_of(sectors),
                               sdg_bits(sdgs), kind == "association", archived != 0});
      });
  for (auto gone : missing) facts.put_organisation(gone, std::nullopt);
}

void Loader::interactions(const std::vector<core::Id>& only) {
  long long interaction = 0, org = 0;
  std::string date, type;
  std::vector<core::Contact> contacts;
  std::set<core::Id> missing(only.begin(), only.end());  // gone or archived: no contacts
  core::Id current = 0;
  const auto flush = [&] {
    if (current != 0) facts.put_contacts(current, std::move(contacts));
    contacts.clear();
  };
  each_row(
      sql, backend,
      "SELECT io.interaction_id, io.organisation_id, i.date, i.type FROM "
      "interaction_organisations io JOIN interactions i ON i.id = io.interaction_id WHERE "
      "i.archived = 0",
      "io.interaction_id", only, "ORDER BY io.interaction_id, io.organisation_id",
      [&](soci::statement& st) {
        st.exchange(soci::into(interaction));
        st.exchange(soci::into(org));
        st.exchange(soci::into(date));
        st.exchange(soci::into(type));
      },
      [&] {
        if (interaction != current) {
          flush();
          current = interaction;
          missing.erase(interaction);
        }
        contacts.push_back({interaction, org, core::day_of(date), type == "visit_received"});
      });
  flush();
  for (auto gone : missing) facts.put_contacts(gone, {});
}

void Loader::cases(const std::vector<core::Id>& only) {
  std::map<core::Id, core::Fact> found;
  long long id = 0, org = 0;
  std::string resolved, country;
  soci::indicator org_ind = soci::i_null;
  each_row(
      sql, backend,
      "SELECT id, resolved_at, country, organisation_id FROM cases WHERE resolved_at <> ''", "id",
      only, "ORDER BY id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(resolved));
        st.exchange(soci::into(country));
        st.exchange(soci::into(org, org_ind));
      },
      [&] {
        auto& f = found[id];
        f.day = core::local_day(core::stored_instant(resolved), utc_offset_minutes);
        f.country = facts.countries().intern(country);
        if (org_ind == soci::i_ok) f.parties = {org};
      });
  put_all(found, only, [&](core::Id key, auto fact) { facts.put_case(key, std::move(fact)); });
}

void Loader::events(const std::vector<core::Id>& only) {
  std::map<core::Id, core::Fact> found;
  long long id = 0;
  std::string starts, type, organisers;
  each_row(
      sql, backend,
      "SELECT id, starts_at, type, organisers FROM events WHERE archived = 0 AND status <> "
      "'cancelled'",
      "id", only, "ORDER BY id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(starts));
        st.exchange(soci::into(type));
        st.exchange(soci::into(organisers));
      },
      [&] {
        auto& f = found[id];
        f.day = core::local_day(core::stored_instant(starts), utc_offset_minutes);
        f.parties = ids_in(organisers);
        f.exchange = type == "exchange_camp" || type == "visit_programme" || type == "cultural";
      });
  put_all(found, only, [&](core::Id key, auto fact) { facts.put_event(key, std::move(fact)); });
}

void Loader::delegations(const std::vector<core::Id>& only) {
  std::map<core::Id, core::Fact> found;
  long long id = 0;
  std::string start, country, sectors, sdgs;
  each_row(
      sql, backend,
      "SELECT id, start_date, country, sectors, sdgs FROM delegations WHERE archived = 0", "id",
      only, "ORDER BY id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(start));
        st.exchange(soci::into(country));
        st.exchange(soci::into(sectors));
        st.exchange(soci::into(sdgs));
      },
      [&] {
        auto& f = found[id];
        f.day = core::day_of(start);
        f.country = facts.countries().intern(country);
        f.sections = sections_of(sectors);
        f.sdgs = sdg_bits(sdgs);
      });
  put_all(found, only,
          [&](core::Id key, auto fact) { facts.put_delegation(key, std::move(fact)); });
}

void Loader::agreements(const std::vector<core::Id>& only) {
  std::map<core::Id, core::Fact> found;
  long long id = 0;
  std::string signed_on;
  each_row(
      sql, backend, "SELECT id, signed_on FROM agreements WHERE archived = 0 AND signed_on <> ''",
      "id", only, "ORDER BY id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(signed_on));
      },
      [&] { found[id].day = core::day_of(signed_on); });
  for (auto& [agreement, parties] :
       parties_of(sql, backend, "agreement_parties", "agreement_id", only)) {
    if (auto it = found.find(agreement); it != found.end()) it->second.parties = std::move(parties);
  }
  put_all(found, only, [&](core::Id key, auto fact) { facts.put_agreement(key, std::move(fact)); });
}

void Loader::projects(const std::vector<core::Id>& only) {
  std::map<core::Id, core::ProjectFacts> found;
  long long id = 0;
  std::string stage, at, code;
  int sdg = 0;
  each_row(
      sql, backend, "SELECT id FROM projects WHERE archived = 0", "id", only, "ORDER BY id",
      [&](soci::statement& st) { st.exchange(soci::into(id)); }, [&] { found.try_emplace(id); });
  const auto of = [&](core::Id project) -> core::ProjectFacts* {
    auto it = found.find(project);
    return it == found.end() ? nullptr : &it->second;
  };
  each_row(
      sql, backend, "SELECT project_id, stage, at FROM project_stages WHERE 1 = 1", "project_id",
      only, "ORDER BY project_id, id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(stage));
        st.exchange(soci::into(at));
      },
      [&] {
        if (auto* p = of(id)) p->stages.emplace_back(core::stored_instant(at), stage == "reserve");
      });
  for (auto& [project, parties] : parties_of(sql, backend, "project_parties", "project_id", only)) {
    if (auto* p = of(project)) p->fact.parties = std::move(parties);
  }
  // A project's own sectors and SDGs, where it has them, count rather than its party's.
  each_row(
      sql, backend, "SELECT project_id, code FROM project_sectors WHERE 1 = 1", "project_id", only,
      "ORDER BY project_id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(code));
      },
      [&] {
        if (auto* p = of(id)) p->fact.sections = p->fact.sections.value_or(0) | sections_of(code);
      });
  each_row(
      sql, backend, "SELECT project_id, sdg FROM project_sdgs WHERE 1 = 1", "project_id", only,
      "ORDER BY project_id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(sdg));
      },
      [&] {
        if (auto* p = of(id)) p->fact.sdgs = p->fact.sdgs.value_or(0) | core::sdg_bit(sdg);
      });
  put_all(found, only, [&](core::Id key, auto p) { facts.put_project(key, std::move(p)); });
}

std::map<core::Id, core::LocalizedText> titles(soci::session& sql, Backend backend,
                                               core::RecordType type,
                                               const std::vector<core::Id>& ids) {
  using core::RecordType;
  std::map<core::Id, core::LocalizedText> out;
  if (ids.empty()) return out;
  std::string select;
  switch (type) {
    case RecordType::kCase:
      select =
          "SELECT c.id, s.name_zh, s.name_en, c.subject FROM cases c JOIN desk_services s ON s.id "
          "= c.service_id WHERE 1 = 1";
      break;
    case RecordType::kEvent:
      select = "SELECT id, title_zh, title_en, CAST('' AS TEXT) FROM events WHERE 1 = 1";
      break;
    case RecordType::kDelegation:
      select = "SELECT id, name_zh, name_en, CAST('' AS TEXT) FROM delegations WHERE 1 = 1";
      break;
    case RecordType::kProject:
      select = "SELECT id, title_zh, title_en, CAST('' AS TEXT) FROM projects WHERE 1 = 1";
      break;
    case RecordType::kOrganisation:
      select = "SELECT id, name_zh, name_en, CAST('' AS TEXT) FROM organisations WHERE 1 = 1";
      break;
    case RecordType::kCountry:
      return out;
    case RecordType::kAgreement:
      select = "SELECT id, title_zh, title_en, CAST('' AS TEXT) FROM agreements WHERE 1 = 1";
      break;
  }
  SqlQuery q(backend);
  q.where_in(type == RecordType::kCase ? "c.id" : "id", {ids.begin(), ids.end()});
  long long id = 0;
  std::string zh, en, subject;
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::into(zh));
  st.exchange(soci::into(en));
  st.exchange(soci::into(subject));
  q.bind(st);
  st.alloc();
  st.prepare(select + q.conditions());
  st.define_and_bind();
  st.execute(false);
  // A case is titled by its subject, else by its service.
  while (st.fetch())
    out[id] = subject.empty() ? core::LocalizedText{zh, en} : core::LocalizedText{subject, subject};
  return out;
}

}  // namespace icity::store::kpis
