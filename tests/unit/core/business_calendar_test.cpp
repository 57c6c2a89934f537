// Business time with the real 2024 holiday calendar of mainland China (the
// State Council's notice of 2023-10-25), written out here so core's tests need
// no data file.
#include "core/business_calendar.hpp"

#include <gtest/gtest.h>

#include <chrono>

namespace icity::core {
namespace {

BusinessCalendar china_2024() {
  BusinessCalendar c;
  c.years = {2024};
  const std::pair<const char*, int> ranges[] = {
      {"2024-01-01", 1}, {"2024-02-10", 8}, {"2024-04-04", 3}, {"2024-05-01", 5},
      {"2024-06-10", 1}, {"2024-09-15", 3}, {"2024-10-01", 7}};
  for (const auto& [from, days] : ranges) {
    const auto first =
        std::chrono::sys_days{std::chrono::year{2024} / std::stoi(std::string(from).substr(5, 2)) /
                              std::stoi(std::string(from).substr(8, 2))};
    for (int i = 0; i < days; ++i) {
      const std::chrono::year_month_day d{first + std::chrono::days{i}};
      char buf[32];
      std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(d.year()),
                    static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
      c.holidays.insert(buf);
    }
  }
  c.working_days = {"2024-02-04", "2024-02-18", "2024-04-07", "2024-04-28",
                    "2024-05-11", "2024-09-14", "2024-09-29", "2024-10-12"};
  return c;
}

Instant at(const char* text) { return *parse_instant(text); }
std::string local(Instant t) { return format_instant(t + 8 * 60 * 60 * 1000); }  // "…Z" = +08:00

TEST(BusinessCalendar, AdjustedWorkingDaysAndHolidays) {
  const auto c = china_2024();
  EXPECT_TRUE(c.is_working_day("2024-02-04"));   // a Sunday, worked for the Spring Festival
  EXPECT_FALSE(c.is_working_day("2024-02-03"));  // an ordinary Saturday
  for (const char* d : {"2024-02-10", "2024-02-12", "2024-02-15", "2024-02-17"}) {
    EXPECT_FALSE(c.is_working_day(d)) << d;  // the Spring Festival, weekdays included
  }
  EXPECT_TRUE(c.is_working_day("2024-02-18"));
  EXPECT_TRUE(c.is_working_day("2024-02-19"));
  EXPECT_FALSE(c.is_working_day("2024-10-07"));  // a Monday of the National Day week
  EXPECT_TRUE(c.is_working_day("2024-10-12"));   // a Saturday, worked
  EXPECT_TRUE(c.is_working_day("2025-01-02"));   // another year: weekdays only
  EXPECT_FALSE(c.is_working_day("2025-01-04"));
  EXPECT_FALSE(c.is_working_day("2024-02-30"));
  EXPECT_FALSE(c.is_working_day("2024-2-04"));
  EXPECT_FALSE(c.is_working_day(""));
}

TEST(BusinessCalendar, EightHoursFromFridayAfternoonLandOnTheWorkedSunday) {
  // Friday 2024-09-27 16:00: 2 h on Friday, Saturday off, Sunday 09-29 is an
  // adjusted working day: 3 h in the morning, 3 h from 13:30.
  const auto c = china_2024();
  const Instant due = c.add_business_minutes(at("2024-09-27T16:00:00+08:00"), 8 * 60);
  EXPECT_EQ(local(due), "2024-09-29T16:30:00.000Z");
  // Without the holiday data the weekend is off and it lands on Monday.
  const BusinessCalendar plain;
  EXPECT_EQ(local(plain.add_business_minutes(at("2024-09-27T16:00:00+08:00"), 8 * 60)),
            "2024-09-30T16:30:00.000Z");
}

TEST(BusinessCalendar, TheNationalDayWeekIsSkipped) {
  const auto c = china_2024();
  // One hour on Monday 09-30, then 10-01…10-07 off: the second hour is on Tuesday 10-08.
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-30T17:00:00+08:00"), 120)),
            "2024-10-08T10:00:00.000Z");
  // Two working days (15 h) from Monday 09-30 09:00: Monday, then Tuesday 10-08.
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-30T09:00:00+08:00"), 15 * 60)),
            "2024-10-08T18:00:00.000Z");
}

TEST(BusinessCalendar, AStartOutsideBusinessTimeCountsFromTheNextPeriod) {
  const auto c = china_2024();
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-26T12:30:00+08:00"), 60)),
            "2024-09-26T14:30:00.000Z");  // lunch: from 13:30
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-26T07:00:00+08:00"), 30)),
            "2024-09-26T09:30:00.000Z");
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-26T18:00:00+08:00"), 30)),
            "2024-09-27T09:30:00.000Z");
  EXPECT_EQ(local(c.add_business_minutes(at("2024-02-09T20:00:00+08:00"), 30)),
            "2024-02-18T09:30:00.000Z");  // Spring Festival eve to the worked Sunday
  // A period's end is business time.
  EXPECT_EQ(local(c.add_business_minutes(at("2024-09-26T10:00:00+08:00"), 120 + 270)),
            "2024-09-26T18:00:00.000Z");
}

TEST(BusinessCalendar, NothingToAddIsTheStart) {
  const auto c = china_2024();
  const Instant t = at("2024-09-28T03:00:00+08:00");
  EXPECT_EQ(c.add_business_minutes(t, 0), t);
  EXPECT_EQ(c.add_business_minutes(t, -5), t);
}

TEST(BusinessCalendar, MinutesBetweenCountOnlyBusinessTime) {
  const auto c = china_2024();
  EXPECT_EQ(
      c.business_minutes_between(at("2024-09-27T16:00:00+08:00"), at("2024-09-29T16:30:00+08:00")),
      8 * 60);
  EXPECT_EQ(
      c.business_minutes_between(at("2024-09-26T12:00:00+08:00"), at("2024-09-26T13:30:00+08:00")),
      0);
  EXPECT_EQ(
      c.business_minutes_between(at("2024-09-30T18:00:00+08:00"), at("2024-10-08T09:00:00+08:00")),
      0);
  EXPECT_EQ(
      c.business_minutes_between(at("2024-09-27T16:00:00+08:00"), at("2024-09-27T15:00:00+08:00")),
      0);
  EXPECT_EQ(
      c.business_minutes_between(at("2024-09-26T00:00:00+08:00"), at("2024-09-27T00:00:00+08:00")),
      450);  // one whole working day: 3 h + 4.5 h
}

TEST(BusinessCalendar, AddAndBetweenRoundTrip) {
  const auto c = china_2024();
  for (const char* start : {"2024-09-27T16:00:00+08:00", "2024-02-08T11:59:00+08:00",
                            "2024-12-31T17:45:00+08:00", "2024-06-08T12:00:00+08:00"}) {
    const Instant s = at(start);
    for (const std::int64_t m : {1, 29, 180, 181, 450, 451, 8 * 60, 5 * 450, 40 * 450 + 7}) {
      const Instant due = c.add_business_minutes(s, m);
      EXPECT_EQ(c.business_minutes_between(s, due), m) << start << " + " << m;
      // And nothing earlier would do: one minute before, one business minute is missing.
      EXPECT_EQ(c.business_minutes_between(s, due - 60 * 1000), m - 1) << start << " + " << m;
    }
  }
}

TEST(BusinessCalendar, ADayMaySpanUtcMidnight) {
  // 09:00 in UTC+08:00 is 01:00Z; a calendar in UTC-05:00 works 14:00Z–23:00Z.
  BusinessCalendar c;
  c.utc_offset_minutes = -300;
  EXPECT_EQ(format_instant(c.add_business_minutes(at("2024-09-27T17:30:00-05:00"), 60)),
            "2024-09-30T14:30:00.000Z");  // Friday's last half hour, then Monday 09:30 local
}

TEST(BusinessCalendar, ManyDueDatesAreCheap) {
  const auto c = china_2024();
  const Instant s = at("2024-01-02T08:00:00+08:00");
  std::int64_t sum = 0;
  for (int i = 0; i < 100000; ++i) {
    sum += c.add_business_minutes(s + static_cast<Instant>(i) * 300 * 1000, 3 * 450);
  }
  EXPECT_GT(sum, 0);  // 100k due dates, three business days out, in well under a second
}

}  // namespace
}  // namespace icity::core
