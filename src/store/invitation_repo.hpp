// Invitations to events, the outbox of messages to people without an
// account, and the server's signing keys.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/registration.hpp"
#include "store/database.hpp"

namespace icity::store::invitations {

std::vector<core::Invitation> of_event(soci::session& sql, core::Id event_id);
std::optional<core::Invitation> find_by_key(soci::session& sql, const std::string& key_digest);
// false: the event already has an invitation for that email.
bool insert(Tx& tx, core::Invitation& invitation);
void set_registration(Tx& tx, core::Id invitation_id, core::Id registration_id);
void reminded(Tx& tx, core::Id invitation_id);  // one reminder more, at now

}  // namespace icity::store::invitations

namespace icity::store::outbox {

struct Message {
  core::Id id = 0;
  std::string kind;  // invitation | reminder | promoted | registered
  std::optional<core::Id> event_id;
  std::string to_email, to_name;
  core::LocalizedText subject, body;
  std::string created_at, sent_at;
};
void queue(Tx& tx, Message& message);
// Newest first; only the unsent ones when `unsent`.
std::vector<Message> list(soci::session& sql, std::optional<core::Id> event_id, bool unsent,
                          int limit);

}  // namespace icity::store::outbox

namespace icity::store::signing_keys {

// The key called `name`, made from `fresh` (random bytes from the caller) on first use.
std::string get_or_create(Tx& tx, const std::string& name, const std::string& fresh);

}  // namespace icity::store::signing_keys
