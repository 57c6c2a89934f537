#include <gtest/gtest.h>

#include <algorithm>

#include "core/event.hpp"

namespace icity::core {
namespace {

std::vector<std::string> fields(const std::vector<FieldError>& errors) {
  std::vector<std::string> out;
  for (const auto& e : errors) out.push_back(e.field);
  std::sort(out.begin(), out.end());
  return out;
}

Event camp() {
  Event e;
  e.title = {"创新城市国际交流营", "Innovative cities international exchange camp"};
  e.type = EventType::kExchangeCamp;
  e.starts_at = "2023-06-05T01:00:00.000Z";
  e.ends_at = "2023-06-11T10:00:00.000Z";
  e.capacity = 20;
  return e;
}

TEST(EventValidation, AGoodEventPasses) { EXPECT_TRUE(validate(camp()).empty()); }

TEST(EventValidation, EveryBadFieldIsNamed) {
  auto e = camp();
  e.title = {};
  e.ends_at = "2023-06-01T00:00:00.000Z";
  e.capacity = 0;
  e.time_zone = "Shanghai time";
  e.organisers = {3, 3};
  e.meeting_slots = 12;  // B2B settings are all or nothing
  EXPECT_EQ(fields(validate(e)), (std::vector<std::string>{
                                     "capacity", "ends_at", "meetings.minutes", "meetings.start_at",
                                     "meetings.tables", "organisers[1]", "time_zone", "title"}));
}

TEST(EventValidation, SessionsStayWithinTheirEvent) {
  const auto e = camp();
  EventSession s;
  s.title = {"", "Company visit: Mindray"};
  s.starts_at = "2023-06-07T01:00:00.000Z";
  s.ends_at = "2023-06-07T03:00:00.000Z";
  EXPECT_TRUE(validate(s, e).empty());
  s.starts_at = "2023-06-12T01:00:00.000Z";
  s.ends_at = "2023-06-12T00:00:00.000Z";
  s.speakers = {{{}, {}}};
  EXPECT_EQ(fields(validate(s, e)),
            (std::vector<std::string>{"ends_at", "ends_at", "speakers[0].name", "starts_at"}));
}

TEST(EventValidation, SitesHaveCoordinatesInPairsAndOpeningHoursThatMakeSense) {
  SiteDetails s;
  EXPECT_TRUE(validate(s).empty());
  s.latitude = 22.5;
  s.visit_minutes = 5;
  s.opening_hours = {{1, "09:00", "17:30"}, {8, "9:00", "08:00"}, {2, "14:00", "12:00"}};
  EXPECT_EQ(
      fields(validate(s)),
      (std::vector<std::string>{"longitude", "opening_hours[1].opens", "opening_hours[1].weekday",
                                "opening_hours[2].closes", "visit_minutes"}));
  EXPECT_TRUE(is_valid_clock_time("24:00"));
  EXPECT_FALSE(is_valid_clock_time("24:01"));
}

}  // namespace
}  // namespace icity::core
