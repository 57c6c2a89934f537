// What the desk tells people, in both languages: the requester through the
// outbox (their request received, a reply from the centre, the case resolved),
// staff through in-app notifications (a new case for their team, a case
// assigned to them, the requester's reply).
#pragma once

#include <string>

#include "core/desk.hpp"
#include "core/introduction.hpp"
#include "store/invitation_repo.hpp"

namespace icity::app {

// "/desk/cases/12?key=…": the requester's page.
std::string case_link(core::Id id, const std::string& key);
// "/desk/cases/12": the staff page.
std::string staff_case_link(core::Id id);

store::outbox::Message received_message(const core::CaseView& view, const std::string& link);
store::outbox::Message reply_message(const core::CaseView& view, const std::string& link);
// The centre needs something from the requester (`what`, when staff said).
store::outbox::Message waiting_message(const core::CaseView& view, const std::string& link,
                                       const std::string& what);
store::outbox::Message resolved_message(const core::CaseView& view, const std::string& link,
                                        int reopen_days);

core::Notice new_case_notice(const core::CaseView& view);
core::Notice assigned_notice(const core::CaseView& view);
core::Notice requester_reply_notice(const core::CaseView& view);

}  // namespace icity::app
