// JSON of event series, events, sessions and sites (the API's and the audit
// trail's).
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "core/event.hpp"

namespace icity::app {

boost::json::object to_json(const core::EventSeries& s);
boost::json::object to_json(const core::Event& e);
boost::json::object to_json(const core::EventSession& s);
boost::json::object to_json(const core::SiteDetails& s);
// Each reads the writable fields; unknown fields, wrong types and bad choices are reported.
void read_into(JsonReader& in, core::EventSeries& s);
void read_into(JsonReader& in, core::Event& e);
void read_into(JsonReader& in, core::EventSession& s);
void read_into(JsonReader& in, core::SiteDetails& s);

}  // namespace icity::app
