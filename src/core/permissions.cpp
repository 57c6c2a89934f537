#include "core/permissions.hpp"

namespace icity::core {

bool can_read_people(const Actor& actor) { return actor.signed_in(); }
bool can_read_interactions(const Actor& actor) { return actor.signed_in(); }
bool can_create_organisation(const Actor& actor) { return actor.is_staff(); }

bool can_edit_organisation(const Actor& actor, Id organisation_id) {
  if (actor.is_staff()) return true;
  return actor.role == Role::kPartner && actor.organisation_id == organisation_id;
}

bool can_edit_person(const Actor& actor, std::optional<Id> organisation_id) {
  if (actor.is_staff()) return true;
  return actor.role == Role::kPartner && organisation_id.has_value() &&
         actor.organisation_id == organisation_id;
}

bool can_write_interactions(const Actor& actor) { return actor.is_staff(); }

bool can_see_contact_details(const Actor& actor, const Person& person) {
  if (actor.is_staff()) return true;
  return actor.role == Role::kPartner && person.organisation_id.has_value() &&
         actor.organisation_id == person.organisation_id;
}

bool can_read_audit(const Actor& actor) { return actor.is_admin(); }

bool can_write_solution(const Actor& actor, std::optional<Id> organisation_id) {
  if (actor.is_staff()) return true;
  return actor.role == Role::kPartner && organisation_id.has_value() &&
         actor.organisation_id == organisation_id;
}

}  // namespace icity::core
