// The service desk's records as JSON, shared by the handlers and the audit
// trail's snapshots.
#pragma once

#include <boost/json/fwd.hpp>
#include <string>

#include "core/desk.hpp"

namespace icity::app {

struct PublicCase;  // app/case_service.hpp
struct StaffCase;

boost::json::object to_json(const core::Team& team);
boost::json::object to_json(const core::DeskService& service);
boost::json::object to_json(const core::CaseMessage& message);
// A queue's row: what a list shows.
boost::json::object summary_json(const core::CaseView& view, const std::string& now);
// The whole case as staff see it, with the statuses they may move it to and the business time
// left.
boost::json::object staff_json(const StaffCase& c, const std::string& now);
// The case as its requester sees it (no internal note, what they may do next).
boost::json::object public_json(const PublicCase& view);
boost::json::object to_json(const core::CaseCounts& counts);
// What the audit trail keeps of a case (no key digest, no conversation).
std::string snapshot(const core::Case& c);

}  // namespace icity::app
