// JSON of cooperation projects (the API's and the audit trail's), both ways.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "core/project.hpp"

namespace icity::app {

// {id, version, title, summary, stage, drop_reason, parties: [{organisation_id, role, name}],
//  sectors, sdgs, district, estimated_value_cny, next_action, next_action_due, owner_id,
//  introduction_id, event_id, created_by, moves, history: [{stage, at, actor, note}],
//  created_at, updated_at}. `moves`: the stages it may move to now.
boost::json::object to_json(const core::Project& project);
// What a board's card shows: {id, version, title, parties: [names], estimated_value_cny,
//  next_action_due, owner_id}.
boost::json::object card_json(const core::Project& project);
// Applies the fields present onto `project` (create starts from a default, PATCH from the
// stored one). The stage changes only through transitions; read-only fields a client
// echoes (id, created_at, history …) are ignored.
void read_into(JsonReader& in, core::Project& project);

}  // namespace icity::app
