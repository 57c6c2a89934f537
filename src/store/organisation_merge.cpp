#include "store/organisation_merge.hpp"

#include <soci/soci.h>

#include <set>
#include <string>
#include <tuple>

namespace icity::store::organisations {
namespace {

std::vector<core::Id> ids_of(soci::session& sql, const std::string& query, long long key) {
  std::vector<core::Id> out;
  long long id = 0;
  soci::statement st = (sql.prepare << query, soci::use(key), soci::into(id));
  st.execute(false);
  while (st.fetch()) out.push_back(id);
  return out;
}

}  // namespace

Moved merge(Tx& tx, core::Id from_id, core::Id into_id) {
  auto& sql = tx.sql();
  long long from = from_id, into = into_id;
  Moved moved;
  moved.people = ids_of(sql, "SELECT id FROM people WHERE organisation_id = :f", from);
  sql << "UPDATE people SET organisation_id = :i, updated_at = :t WHERE organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  moved.solutions = ids_of(sql, "SELECT id FROM solutions WHERE organisation_id = :f", from);
  sql << "UPDATE solutions SET organisation_id = :i, version = version + 1, updated_at = :t "
         "WHERE organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  moved.opportunities =
      ids_of(sql, "SELECT id FROM opportunities WHERE organisation_id = :f", from);
  sql << "UPDATE opportunities SET organisation_id = :i, version = version + 1, updated_at = :t "
         "WHERE organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  moved.delegations =
      ids_of(sql, "SELECT id FROM delegations WHERE origin_organisation_id = :f", from);
  sql << "UPDATE delegations SET origin_organisation_id = :i, version = version + 1, updated_at = "
         ":t WHERE origin_organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  moved.introductions =
      ids_of(sql, "SELECT id FROM introductions WHERE from_organisation_id = :f", from);
  for (auto id : ids_of(sql, "SELECT id FROM introductions WHERE to_organisation_id = :f", from)) {
    moved.introductions.push_back(id);
  }
  sql << "UPDATE introductions SET from_organisation_id = :i, version = version + 1, updated_at = "
         ":t WHERE from_organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  sql << "UPDATE introductions SET to_organisation_id = :i, version = version + 1, updated_at = "
         ":t WHERE to_organisation_id = :f",
      soci::use(into, "i"), soci::use(tx.now(), "t"), soci::use(from, "f");
  // One between the two merged organisations now introduces the kept one to itself.
  sql << "UPDATE introductions SET archived = 1 WHERE from_organisation_id = to_organisation_id";
  moved.users = ids_of(sql, "SELECT id FROM users WHERE organisation_id = :f", from);
  sql << "UPDATE users SET organisation_id = :i WHERE organisation_id = :f", soci::use(into, "i"),
      soci::use(from, "f");

  // Interactions: a link to `from` becomes a link to `into` unless it has one.
  moved.interactions = ids_of(
      sql, "SELECT interaction_id FROM interaction_organisations WHERE organisation_id = :f", from);
  sql << "DELETE FROM interaction_organisations WHERE organisation_id = :f AND interaction_id IN "
         "(SELECT interaction_id FROM interaction_organisations WHERE organisation_id = :i)",
      soci::use(from, "f"), soci::use(into, "i");
  sql << "UPDATE interaction_organisations SET organisation_id = :i WHERE organisation_id = :f",
      soci::use(into, "i"), soci::use(from, "f");

  // Cooperation projects' and agreements' parties (migration 010), like interactions' links;
  // the records whose parties change get a new version.
  for (const auto& [records, parties, key, ids] :
       {std::tuple{"projects", "project_parties", "project_id", &moved.projects},
        std::tuple{"agreements", "agreement_parties", "agreement_id", &moved.agreements}}) {
    const std::string table(parties), column(key);
    *ids = ids_of(sql, "SELECT " + column + " FROM " + table + " WHERE organisation_id = :f", from);
    sql << "UPDATE " + std::string(records) + " SET version = version + 1, updated_at = :t " +
               "WHERE id IN (SELECT " + column + " FROM " + table + " WHERE organisation_id = :f)",
        soci::use(tx.now(), "t"), soci::use(from, "f");
    sql << "DELETE FROM " + table + " WHERE organisation_id = :f AND " + column + " IN (SELECT " +
               column + " FROM " + table + " WHERE organisation_id = :i)",
        soci::use(from, "f"), soci::use(into, "i");
    sql << "UPDATE " + table + " SET organisation_id = :i WHERE organisation_id = :f",
        soci::use(into, "i"), soci::use(from, "f");
  }

  // Relations, both directions, rewritten onto `into`.
  std::set<std::tuple<long long, long long, std::string>> relations;
  {
    long long a = 0, b = 0;
    std::string type;
    soci::statement st = (sql.prepare << "SELECT from_id, to_id, type FROM organisation_relations "
                                         "WHERE from_id = :f OR to_id = :g",
                          soci::use(from, "f"), soci::use(from, "g"), soci::into(a), soci::into(b),
                          soci::into(type));
    st.execute(false);
    while (st.fetch()) {
      const long long x = a == from ? into : a;
      const long long y = b == from ? into : b;
      if (x != y) relations.insert({x, y, type});
      moved.related.push_back(a == from ? b : a);
    }
  }
  sql << "DELETE FROM organisation_relations WHERE from_id = :f OR to_id = :g",
      soci::use(from, "f"), soci::use(from, "g");
  for (auto [x, y, type] : relations) {
    sql << "INSERT INTO organisation_relations (from_id, to_id, type) VALUES (:x, :y, :t) "
           "ON CONFLICT DO NOTHING",
        soci::use(x, "x"), soci::use(y, "y"), soci::use(type, "t");
  }
  sql << "UPDATE organisations SET archived = 1, version = version + 1, updated_at = :t "
         "WHERE id = :f",
      soci::use(tx.now(), "t"), soci::use(from, "f");
  sql << "UPDATE organisations SET version = version + 1, updated_at = :t WHERE id = :i",
      soci::use(tx.now(), "t"), soci::use(into, "i");
  return moved;
}

}  // namespace icity::store::organisations
