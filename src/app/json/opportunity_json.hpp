// JSON of opportunities (the API's and the audit trail's).
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "app/text_suggestions.hpp"
#include "core/opportunity.hpp"

namespace icity::app {

boost::json::object to_json(const core::Opportunity& o);
// With "suggestions": {"sdgs": [...], "concepts": [{"id", "label"}]}.
boost::json::object to_json(const core::Opportunity& o, const TextSuggestions& s);
// Reads the writable fields; unknown fields, wrong types and bad choices are reported.
void read_into(JsonReader& in, core::Opportunity& o);

}  // namespace icity::app
