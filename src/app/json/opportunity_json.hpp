// JSON of opportunities (the API's and the audit trail's).
#pragma once

#include <boost/json/fwd.hpp>
#include <string>
#include <utility>
#include <vector>

#include "app/json/reader.hpp"
#include "core/opportunity.hpp"

namespace icity::app {

// What the text seems to be about, offered to the author, never stored by itself.
struct OpportunitySuggestions {
  std::vector<int> sdgs;                                              // best first
  std::vector<std::pair<std::string, core::LocalizedText>> concepts;  // id, label
};

boost::json::object to_json(const core::Opportunity& o);
// With "suggestions": {"sdgs": [...], "concepts": [{"id", "label"}]}.
boost::json::object to_json(const core::Opportunity& o, const OpportunitySuggestions& s);
// Reads the writable fields; unknown fields, wrong types and bad choices are reported.
void read_into(JsonReader& in, core::Opportunity& o);

}  // namespace icity::app
