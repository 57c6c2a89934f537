// JSON of introductions, notifications and timelines (the API's and the audit
// trail's).
#pragma once

#include <boost/json/fwd.hpp>

#include "core/introduction.hpp"

namespace icity::app {

// {id, version, status, from_organisation: {id, name}, to_organisation: {id, name},
//  opportunity: {id, title} | null, delegation_id, score, outcome, interaction_id,
//  steps: [{status, at, actor, message}], created_at, updated_at}
boost::json::object to_json(const core::IntroductionView& view);
// The stored record with its ids only (audit snapshots).
boost::json::object to_json(const core::Introduction& introduction);
// {id, kind, title, body, link, created_at, read}
boost::json::object to_json(const core::Notification& notification);
// {type: "interaction", id, date, interaction_type, summary, other_organisations}
// or {type: "introduction_step", id, at, introduction_id, status, outgoing,
//     other_organisation, actor, message}
boost::json::object to_json(const core::TimelineItem& item);

}  // namespace icity::app
