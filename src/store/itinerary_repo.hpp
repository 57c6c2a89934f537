// Delegations' planned itineraries, kept as JSON documents (app/itinerary_service.hpp).
#pragma once

#include <optional>
#include <string>

#include "core/event.hpp"
#include "store/database.hpp"

namespace icity::store::itineraries {

struct Stored {
  std::int64_t version = 0;
  std::string request, plan;  // JSON
  std::string updated_at;
};

std::optional<Stored> find(soci::session& sql, core::Id delegation_id);
// Inserts or replaces; sets the stored version and time.
void put(Tx& tx, core::Id delegation_id, Stored& itinerary);

}  // namespace icity::store::itineraries
