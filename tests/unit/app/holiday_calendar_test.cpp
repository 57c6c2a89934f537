// The embedded holiday calendar: it parses, covers 2023–2026, is consistent,
// and says what the State Council's notices say.
#include "app/holiday_calendar.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <string>

#include "core/instant.hpp"

namespace icity::app {
namespace {

namespace chr = std::chrono;

chr::sys_days day(const std::string& date) {
  return chr::sys_days{chr::year{std::stoi(date.substr(0, 4))} /
                       static_cast<unsigned>(std::stoi(date.substr(5, 2))) /
                       static_cast<unsigned>(std::stoi(date.substr(8, 2)))};
}

TEST(HolidayCalendar, EveryYearFrom2023To2026IsPresent) {
  const auto& cn = china_holiday_calendar();
  for (int year = 2023; year <= 2026; ++year) {
    EXPECT_TRUE(cn.calendar.years.contains(year)) << year;
    EXPECT_GE(cn.holidays_by_year.at(year).size(), 6U) << year;
    EXPECT_FALSE(cn.working_days_by_year.at(year).empty()) << year;
  }
  EXPECT_NE(cn.source.find("www.gov.cn"), std::string::npos);
  EXPECT_EQ(cn.calendar.utc_offset_minutes, 480);
  ASSERT_EQ(cn.calendar.periods.size(), 2U);
  EXPECT_EQ(cn.calendar.periods[0].start_minute, 9 * 60);
  EXPECT_EQ(cn.calendar.periods[1].start_minute, 13 * 60 + 30);
  EXPECT_EQ(cn.calendar.periods[1].end_minute, 18 * 60);
}

TEST(HolidayCalendar, EveryAdjustedWorkingDayIsAWeekendDay) {
  for (const auto& [year, days] : china_holiday_calendar().working_days_by_year) {
    for (const auto& d : days) {
      const chr::weekday wd{day(d)};
      EXPECT_TRUE(wd == chr::Saturday || wd == chr::Sunday) << d;
      EXPECT_EQ(std::stoi(d.substr(0, 4)), year) << d;
    }
  }
}

TEST(HolidayCalendar, EveryHolidayIsNamedAndRunsForwards) {
  for (const auto& [year, holidays] : china_holiday_calendar().holidays_by_year) {
    for (const auto& h : holidays) {
      EXPECT_LE(day(h.from), day(h.to)) << h.from;
      EXPECT_LE(day(h.to) - day(h.from), chr::days{8}) << h.from;  // nine days at most
      EXPECT_FALSE(h.name.zh.empty()) << h.from;
      EXPECT_FALSE(h.name.en.empty()) << h.from;
      EXPECT_TRUE(std::stoi(h.to.substr(0, 4)) == year) << h.from;
    }
  }
}

TEST(HolidayCalendar, SaysWhatTheNoticesSay) {
  const auto& c = china_holiday_calendar().calendar;
  // 2023: New Year from Saturday 2022-12-31; worked weekend after the Spring Festival.
  EXPECT_FALSE(c.is_working_day("2023-01-02"));
  EXPECT_TRUE(c.is_working_day("2023-01-28"));
  EXPECT_TRUE(c.is_working_day("2023-01-29"));
  EXPECT_FALSE(c.is_working_day("2023-10-06"));
  // 2024: Sunday 02-04 worked; the Spring Festival 02-10…17 off; National Day week.
  EXPECT_TRUE(c.is_working_day("2024-02-04"));
  EXPECT_FALSE(c.is_working_day("2024-02-16"));
  EXPECT_TRUE(c.is_working_day("2024-09-29"));
  EXPECT_FALSE(c.is_working_day("2024-10-07"));
  EXPECT_TRUE(c.is_working_day("2024-10-12"));
  // 2025: New Year one day only; the Spring Festival from the eve, 01-28…02-04.
  EXPECT_TRUE(c.is_working_day("2025-01-02"));
  EXPECT_FALSE(c.is_working_day("2025-01-28"));
  EXPECT_FALSE(c.is_working_day("2025-02-04"));
  EXPECT_TRUE(c.is_working_day("2025-02-08"));
  EXPECT_FALSE(c.is_working_day("2025-10-08"));
  // 2026: nine days of Spring Festival, 02-15…02-23; Sunday 01-04 worked.
  EXPECT_TRUE(c.is_working_day("2026-01-04"));
  EXPECT_FALSE(c.is_working_day("2026-02-23"));
  EXPECT_TRUE(c.is_working_day("2026-02-28"));
  EXPECT_TRUE(c.is_working_day("2026-09-20"));
  const auto& y2024 = china_holiday_calendar().holidays_by_year.at(2024);
  ASSERT_EQ(y2024.size(), 7U);
  EXPECT_EQ(y2024[1].name.zh, "春节");
  EXPECT_EQ(y2024[1].from, "2024-02-10");
  EXPECT_EQ(y2024[1].to, "2024-02-17");
}

TEST(HolidayCalendar, DueDatesSkipTheNationalDayWeek) {
  const auto& c = china_holiday_calendar().calendar;
  const auto start = *core::parse_instant("2025-09-30T17:00:00+08:00");
  EXPECT_EQ(core::format_instant(c.add_business_minutes(start, 120)),
            "2025-10-09T02:00:00.000Z");  // 10:00 on Thursday 10-09
}

}  // namespace
}  // namespace icity::app
