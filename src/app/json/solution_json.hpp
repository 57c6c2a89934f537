// JSON of the solutions library (the API's and the audit trail's).
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "core/entities.hpp"

namespace icity::app {

boost::json::object to_json(const core::Solution& s);
// Reads the writable fields; unknown fields and wrong types are reported.
void read_into(JsonReader& in, core::Solution& s);

}  // namespace icity::app
