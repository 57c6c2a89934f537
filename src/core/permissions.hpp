// Who may do what in the partner directory. The server enforces every one of
// these; the web app only hides buttons.
#pragma once

#include "core/actor.hpp"
#include "core/entities.hpp"

namespace icity::core {

// The public reads organisations; people and interactions need an account.
bool can_read_people(const Actor& actor);
bool can_read_interactions(const Actor& actor);
// Staff and admins edit everything; a partner only its own organisation.
bool can_create_organisation(const Actor& actor);
bool can_edit_organisation(const Actor& actor, Id organisation_id);
// People follow their organisation.
bool can_edit_person(const Actor& actor, std::optional<Id> organisation_id);
bool can_write_interactions(const Actor& actor);
// Email, phone and nationality: staff, or the person's own organisation.
bool can_see_contact_details(const Actor& actor, const Person& person);
bool can_read_audit(const Actor& actor);
// Solutions: the public reads; staff write all, a partner those of its organisation.
bool can_write_solution(const Actor& actor, std::optional<Id> organisation_id);

}  // namespace icity::core
