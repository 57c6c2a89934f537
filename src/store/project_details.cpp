#include "store/project_details.hpp"

#include <algorithm>
#include <map>

namespace icity::store::projects {

void load_project_details(soci::session& sql, Backend backend, std::vector<core::Project>& projects,
                          bool with_history) {
  if (projects.empty()) return;
  std::vector<long long> ids;
  std::map<long long, core::Project*> by_id;
  for (auto& p : projects) {
    ids.push_back(p.id);
    by_id[p.id] = &p;
  }
  {
    SqlQuery q(backend);
    q.where_in("pp.project_id", ids);
    long long project = 0, org = 0;
    std::string role, zh, en;
    each_row(
        sql, q,
        "SELECT pp.project_id, pp.organisation_id, pp.role, o.name_zh, o.name_en FROM "
        "project_parties pp JOIN organisations o ON o.id = pp.organisation_id WHERE 1 = 1",
        " ORDER BY pp.project_id, pp.position",
        [&](soci::statement& st) {
          st.exchange(soci::into(project));
          st.exchange(soci::into(org));
          st.exchange(soci::into(role));
          st.exchange(soci::into(zh));
          st.exchange(soci::into(en));
        },
        [&] {
          by_id[project]->parties.push_back(
              {org, core::parse_party_role(role).value_or(core::PartyRole::kPartner), {zh, en}});
        });
  }
  {
    SqlQuery q(backend);
    q.where_in("project_id", ids);
    long long project = 0;
    std::string code;
    each_row(
        sql, q, "SELECT project_id, code FROM project_sectors WHERE 1 = 1", "",
        [&](soci::statement& st) {
          st.exchange(soci::into(project));
          st.exchange(soci::into(code));
        },
        [&] { by_id[project]->sectors.push_back(code); });
  }
  {
    SqlQuery q(backend);
    q.where_in("project_id", ids);
    long long project = 0;
    int goal = 0;
    each_row(
        sql, q, "SELECT project_id, sdg FROM project_sdgs WHERE 1 = 1", "",
        [&](soci::statement& st) {
          st.exchange(soci::into(project));
          st.exchange(soci::into(goal));
        },
        [&] { by_id[project]->sdgs.push_back(goal); });
  }
  for (auto& p : projects) {
    std::sort(p.sectors.begin(), p.sectors.end());
    std::sort(p.sdgs.begin(), p.sdgs.end());
  }
  if (!with_history) return;
  SqlQuery q(backend);
  q.where_in("project_id", ids);
  long long id = 0, project = 0, user = 0;
  soci::indicator user_ind = soci::i_null;
  std::string stage, at, actor, zh, en;
  each_row(
      sql, q,
      "SELECT id, project_id, stage, at, user_id, actor_email, note_zh, note_en FROM "
      "project_stages WHERE 1 = 1",
      " ORDER BY project_id, id",
      [&](soci::statement& st) {
        st.exchange(soci::into(id));
        st.exchange(soci::into(project));
        st.exchange(soci::into(stage));
        st.exchange(soci::into(at));
        st.exchange(soci::into(user, user_ind));
        st.exchange(soci::into(actor));
        st.exchange(soci::into(zh));
        st.exchange(soci::into(en));
      },
      [&] {
        core::ProjectStep s;
        s.id = id;
        s.stage = core::parse_project_stage(stage).value_or(core::ProjectStage::kReserve);
        s.at = at;
        if (user_ind == soci::i_ok) s.user_id = user;
        s.actor = actor;
        s.note = {zh, en};
        by_id[project]->history.push_back(std::move(s));
      });
}

}  // namespace icity::store::projects
