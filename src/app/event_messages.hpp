// The messages an event sends to people (through the outbox), in both
// languages: confirmation of a seat or a place on the waiting list, a seat
// that became free, an invitation and its reminder. Links are paths of the
// web app; the mailer puts the site's address before them.
#pragma once

#include <string>

#include "core/event.hpp"
#include "core/registration.hpp"
#include "store/invitation_repo.hpp"

namespace icity::app {

// "/events/12/registrations/345?key=…": the registrant's private page.
std::string registration_link(const core::Registration& r, const std::string& key);
// "/events/12/register?invitation=…": the invitee's registration form.
std::string invitation_link(const core::Invitation& i, const std::string& key);

store::outbox::Message registered_message(const core::Event& e, const core::Registration& r,
                                          const std::string& key);
store::outbox::Message promoted_message(const core::Event& e, const core::Registration& r);
store::outbox::Message invitation_message(const core::Event& e, const core::Invitation& i,
                                          const std::string& key, bool reminder);

}  // namespace icity::app
