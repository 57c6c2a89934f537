#include "core/permissions.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

Actor partner_of(Id org) {
  Actor a;
  a.user_id = 3;
  a.role = Role::kPartner;
  a.organisation_id = org;
  return a;
}

TEST(Permissions, PartnerEditsOnlyItsOwnOrganisationAndPeople) {
  const Actor p = partner_of(10);
  EXPECT_TRUE(can_edit_organisation(p, 10));
  EXPECT_FALSE(can_edit_organisation(p, 11));
  EXPECT_TRUE(can_edit_person(p, Id{10}));
  EXPECT_FALSE(can_edit_person(p, Id{11}));
  EXPECT_FALSE(can_edit_person(p, std::nullopt));
  EXPECT_FALSE(can_create_organisation(p));
  EXPECT_FALSE(can_write_interactions(p));
}

TEST(Permissions, PublicSeesNoPersonalData) {
  const Actor anyone = Actor::anonymous();
  EXPECT_FALSE(can_read_people(anyone));
  EXPECT_FALSE(can_read_interactions(anyone));
  EXPECT_FALSE(can_edit_organisation(anyone, 1));
}

TEST(Permissions, ContactDetailsOnlyForStaffOrTheSameOrganisation) {
  Person person;
  person.organisation_id = 10;
  EXPECT_TRUE(can_see_contact_details(partner_of(10), person));
  EXPECT_FALSE(can_see_contact_details(partner_of(11), person));
  Actor staff;
  staff.role = Role::kStaff;
  EXPECT_TRUE(can_see_contact_details(staff, person));
  EXPECT_FALSE(can_read_audit(staff));
  staff.role = Role::kAdmin;
  EXPECT_TRUE(can_read_audit(staff));
}

TEST(Kinds, WireNamesRoundTrip) {
  for (auto name : org_kind_names()) EXPECT_EQ(to_string(*parse_org_kind(name)), name);
  for (auto name : interaction_type_names()) {
    EXPECT_EQ(to_string(*parse_interaction_type(name)), name);
  }
  EXPECT_FALSE(parse_org_kind("company").has_value());
  EXPECT_EQ(parse_role("admin"), Role::kAdmin);
  EXPECT_FALSE(parse_role("public").has_value());
}

}  // namespace
}  // namespace icity::core
