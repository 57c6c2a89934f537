// The JSON shapes of the partner directory (docs/api.md), both ways. Used by
// the HTTP handlers for bodies and by the services for audit snapshots.
#pragma once

#include <boost/json/fwd.hpp>
#include <string>

#include "app/json/reader.hpp"
#include "core/views.hpp"

namespace icity::app {

boost::json::object to_json(const core::LocalizedText& text);
boost::json::object to_json(const core::OrganisationView& view);
boost::json::object to_json(const core::Organisation& org);  // without read-model extras
// `contact_details`: whether email, phone and nationality may be shown.
boost::json::object to_json(const core::Person& person, bool contact_details);
boost::json::object to_json(const core::InteractionView& view);
boost::json::object to_json(const core::Interaction& interaction);
boost::json::object to_json(const core::User& user);
boost::json::object to_json(const core::AuditEntry& entry);
std::string json_text(const boost::json::object& object);

// Apply the fields present in the reader's object onto an entity (create
// starts from a default value, PATCH from the stored one). `version`, `id` and
// read-only output fields are accepted and ignored where a client echoes them.
void read_into(JsonReader& in, core::Organisation& org);
void read_into(JsonReader& in, core::Person& person);
void read_into(JsonReader& in, core::Interaction& interaction);

}  // namespace icity::app
