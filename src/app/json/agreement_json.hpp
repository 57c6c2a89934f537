// JSON of agreements (the API's and the audit trail's), both ways.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/json/reader.hpp"
#include "core/agreement.hpp"

namespace icity::app {

// {id, version, kind, title, summary, parties: [{organisation_id, name, signatory_name,
//  signatory_title}], signed_on, signed_place, expires_on, renewal_notice_days, remind_on,
//  status, project_id, event_id, introduction_id, created_by, created_at, updated_at}
boost::json::object to_json(const core::Agreement& agreement, core::AgreementStatus status);
// Applies the fields present onto `agreement`; read-only fields a client echoes are ignored.
void read_into(JsonReader& in, core::Agreement& agreement);

}  // namespace icity::app
