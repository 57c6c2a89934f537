// Merging one organisation into another (duplicates): everything that points
// at the one moves to the other, in the caller's transaction.
#pragma once

#include <vector>

#include "core/entities.hpp"
#include "store/database.hpp"

namespace icity::store::organisations {

struct Moved {
  std::vector<core::Id> people;
  std::vector<core::Id> interactions;
  std::vector<core::Id> related;  // organisations whose relations now name `into`
  std::vector<core::Id> users;
  std::vector<core::Id> solutions;
  std::vector<core::Id> opportunities;
  std::vector<core::Id> delegations;    // whose origin it was
  std::vector<core::Id> introductions;  // either side
  std::vector<core::Id> projects;       // whose parties it was among
  std::vector<core::Id> agreements;     // likewise
};

// Moves the people, relations (both directions; none to itself, no
// duplicates), interaction links, solutions, opportunities, delegations' origins,
// introductions (either side; one between the two themselves is archived) and partner
// accounts of `from` to `into`, and archives `from`. REQUIRES: both exist.
Moved merge(Tx& tx, core::Id from, core::Id into);

}  // namespace icity::store::organisations
