// Registration for events: a public form, seats up to the capacity and a
// waiting list after them, promotion when someone cancels (in the same
// transaction, in order of arrival), invitations and reminders for
// invitation-only events, and each registrant's private link (to see their
// place, their QR code, cancel). Registrations for one event are written one
// at a time (the event's row is held), so seats are never given twice.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "app/signing_key.hpp"
#include "core/error.hpp"
#include "core/registration.hpp"
#include "store/database.hpp"
#include "store/invitation_repo.hpp"

namespace icity::app {

struct RegistrationAnswer {
  core::Registration registration;  // position filled in while waiting
  std::string key;                  // the private link's key: only in register()'s answer
  std::string check_in_token;       // for the QR code: to the registrant and staff
  std::string event_title_en, event_title_zh;
};

struct InvitationAnswer {
  core::Invitation invitation;
  std::string key;  // the invitation link's key: only in invite()'s answer
};

class RegistrationService {
 public:
  RegistrationService(store::Database& db, const ReferenceData& reference, SigningKey& key)
      : db_(db), reference_(reference), key_(key) {}

  // Anyone, for a public event whose registration is open; with the key of an
  // invitation ("invitation") for an invitation-only one; staff for any event
  // not cancelled, at any time. 409 with the reason when registration is
  // closed or the email is already registered.
  core::Result<RegistrationAnswer> register_for(const Context& ctx, core::Id event_id,
                                                const boost::json::object& body);
  // The registrant (with the private link's key) or staff.
  core::Result<RegistrationAnswer> get(const Context& ctx, core::Id event_id, core::Id id,
                                       const std::string& key);
  // Cancels and gives the seat to the first on the waiting list.
  core::Result<RegistrationAnswer> cancel(const Context& ctx, core::Id event_id, core::Id id,
                                          const std::string& key);
  // Staff: every registration in order of arrival.
  core::Result<std::vector<core::Registration>> list(const Context& ctx, core::Id event_id);

  // Staff: invites people ({"invitations":[{"name","email","person_id"}]}); one
  // message each in the outbox with the invitation link.
  core::Result<std::vector<InvitationAnswer>> invite(const Context& ctx, core::Id event_id,
                                                     const boost::json::object& body);
  core::Result<std::vector<core::Invitation>> invitations(const Context& ctx, core::Id event_id);
  // Staff: a reminder to each invitee who has not registered and was not
  // reminded in the last 20 hours. The number queued.
  core::Result<int> remind(const Context& ctx, core::Id event_id);
  // Staff: messages waiting for the mailer (of one event, or all).
  core::Result<std::vector<store::outbox::Message>> outbox(const Context& ctx,
                                                           std::optional<core::Id> event_id);

 private:
  store::Database& db_;
  const ReferenceData& reference_;
  SigningKey& key_;
};

// The registration `id` of the event, if `key` (its private link's) opens it
// or the actor is staff; a 404 otherwise (ids are guessable). Waiting
// positions filled in.
core::Result<core::Registration> open_registration(soci::session& sql, const Context& ctx,
                                                   core::Id event_id, core::Id id,
                                                   const std::string& key);

// Gives free seats of `event` to the waiting list in order of arrival and tells
// each promoted registrant (outbox). REQUIRES: the event's row is held by `tx`.
void fill_seats(store::Tx& tx, const Context& ctx, const core::Event& event);

}  // namespace icity::app
