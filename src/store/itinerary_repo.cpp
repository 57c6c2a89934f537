#include "store/itinerary_repo.hpp"

#include <soci/soci.h>

namespace icity::store::itineraries {

std::optional<Stored> find(soci::session& sql, core::Id delegation_id) {
  long long id = delegation_id, version = 0;
  Stored s;
  sql << "SELECT version, request, plan, updated_at FROM delegation_itineraries WHERE "
         "delegation_id = :d",
      soci::use(id), soci::into(version), soci::into(s.request), soci::into(s.plan),
      soci::into(s.updated_at);
  if (!sql.got_data()) return std::nullopt;
  s.version = version;
  return s;
}

void put(Tx& tx, core::Id delegation_id, Stored& s) {
  long long id = delegation_id, version = 0;
  const auto current = find(tx.sql(), delegation_id);
  s.updated_at = tx.now();
  if (current) {
    version = current->version + 1;
    tx.sql() << "UPDATE delegation_itineraries SET version = :v, request = :r, plan = :p, "
                "updated_at = :u WHERE delegation_id = :d",
        soci::use(version), soci::use(s.request), soci::use(s.plan), soci::use(s.updated_at),
        soci::use(id);
  } else {
    version = 1;
    tx.sql() << "INSERT INTO delegation_itineraries (delegation_id, version, request, plan, "
                "updated_at) VALUES (:d, :v, :r, :p, :u)",
        soci::use(id), soci::use(version), soci::use(s.request), soci::use(s.plan),
        soci::use(s.updated_at);
  }
  s.version = version;
}

}  // namespace icity::store::itineraries
