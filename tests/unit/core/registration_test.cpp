#include "core/registration.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

Event workshop(std::optional<int> capacity) {
  Event e;
  e.starts_at = "2099-06-05T01:00:00.000Z";
  e.ends_at = "2099-06-05T09:00:00.000Z";
  e.capacity = capacity;
  return e;
}

constexpr const char* kNow = "2099-01-01T00:00:00.000Z";

TEST(Registration, SeatsUpToTheCapacityThenTheWaitingList) {
  const auto e = workshop(2);
  EXPECT_EQ(admit(e, 0), RegistrationStatus::kRegistered);
  EXPECT_EQ(admit(e, 1), RegistrationStatus::kRegistered);
  EXPECT_EQ(admit(e, 2), RegistrationStatus::kWaitlisted);
  EXPECT_EQ(admit(workshop(std::nullopt), 1000000), RegistrationStatus::kRegistered);
}

TEST(Registration, FreeSeatsGoToAsManyWaitingAsThereAre) {
  EXPECT_EQ(seats_to_fill(workshop(2), 1, 5), 1);
  EXPECT_EQ(seats_to_fill(workshop(5), 1, 2), 2);
  EXPECT_EQ(seats_to_fill(workshop(2), 2, 5), 0);
  EXPECT_EQ(seats_to_fill(workshop(2), 3, 5), 0);  // capacity lowered below the registered
  EXPECT_EQ(seats_to_fill(workshop(std::nullopt), 10, 4), 4);
}

TEST(Registration, TheWindowOpensAndClosesAndDefaultsToTheStart) {
  auto e = workshop(10);
  EXPECT_FALSE(registration_refused(e, kNow, false));
  EXPECT_TRUE(registration_refused(e, "2099-06-05T01:00:00.000Z", false));  // started
  e.registration_opens_at = "2099-02-01T00:00:00.000Z";
  EXPECT_EQ(registration_refused(e, kNow, false)->en, "registration has not opened yet");
  e.registration_opens_at.clear();
  e.registration_closes_at = "2098-12-31T00:00:00.000Z";
  EXPECT_EQ(registration_refused(e, kNow, false)->en, "registration has closed");
  e.registration_closes_at.clear();
  EXPECT_EQ(registration_refused(e, "2099-06-06T00:00:00.000Z", false)->en, "the event is over");
  e.status = EventStatus::kCancelled;
  EXPECT_EQ(registration_refused(e, kNow, false)->en, "the event was cancelled");
}

TEST(Registration, AnInvitationOnlyEventNeedsAnInvitation) {
  auto e = workshop(10);
  e.visibility = Visibility::kInvitation;
  EXPECT_TRUE(registration_refused(e, kNow, false));
  EXPECT_FALSE(registration_refused(e, kNow, true));
}

}  // namespace
}  // namespace icity::core
