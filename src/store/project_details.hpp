// Reading a project's lists (parties with their names, sectors, SDGs, stage
// history) for a set of projects at once. Internal to src/store: includes SOCI.
#pragma once

#include <soci/soci.h>

#include <string>
#include <vector>

#include "core/project.hpp"
#include "store/database.hpp"
#include "store/sql_query.hpp"

namespace icity::store::projects {

// Runs `query` (with the project ids bound through `q`) and calls `each` per row.
// `tail` follows the conditions (ORDER BY, GROUP BY).
template <class Bind, class Each>
void each_row(soci::session& sql, SqlQuery& q, const std::string& query, const std::string& tail,
              Bind bind, Each each) {
  soci::statement st(sql);
  bind(st);
  q.bind(st);
  st.alloc();
  st.prepare(query + q.conditions() + tail);
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) each();
}

// Fills the parties (with names, in the order given), sectors and SDGs of
// `projects`, and their history (oldest first) when `with_history`.
void load_project_details(soci::session& sql, Backend backend, std::vector<core::Project>& projects,
                          bool with_history);

}  // namespace icity::store::projects
