// Which candidates a query may return, beside their score. Checked before a
// candidate is scored, so a strict filter makes a query cheaper, not dearer.
//
//   Filter f;                        // complementary sides, not my organisation
//   f.countries = {"ES", "PT"};      // only candidates in Spain or Portugal
//   f.accept = [&](std::int64_t id) { return visible(id); };
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "match/profile.hpp"

namespace icity::match {

struct Filter {
  // The sides a candidate may have; by default complements_of(query.side).
  std::optional<std::vector<Side>> sides;
  std::vector<Subject> subjects;       // empty: any
  std::vector<std::string> countries;  // where a candidate must be (alpha-2); empty: anywhere
  // Leave out the query organisation's own profiles (the query's id itself is
  // always left out). Ignored when the query has no organisation.
  bool exclude_same_organisation = true;
  // Size bounds, inclusive; a candidate of unknown size fails either.
  std::optional<int> min_employees;
  std::optional<int> max_employees;
  // A candidate must share something of substance with the query — a concept,
  // a term, a sector or an SDG: one that only is where, or what kind of
  // organisation, the query seeks is not returned (it still scores for them).
  bool require_topic = false;
  // Asked last, for rules the index cannot see (who may see what). Called
  // under the index's read lock: it must not call back into the index.
  std::function<bool(std::int64_t id)> accept;
};

}  // namespace icity::match
