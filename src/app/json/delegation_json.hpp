// JSON of delegations (the API's and the audit trail's).
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "core/entities.hpp"

namespace icity::app {

boost::json::object to_json(const core::Delegation& d);
// Reads the writable fields; unknown fields, wrong types and bad choices are reported.
void read_into(JsonReader& in, core::Delegation& d);

}  // namespace icity::app
