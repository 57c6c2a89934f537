// Business time: the working periods of working days in one fixed UTC offset,
// with a holiday calendar (days off on weekdays, adjusted working days on
// weekends) given as data. Due dates are counted in business minutes.
//
//   core::BusinessCalendar cal;  // 09:00–12:00, 13:30–18:00, UTC+08:00
//   cal.holidays.insert("2024-10-01");
//   Instant due = cal.add_business_minutes(*parse_instant(created_at), 8 * 60);
//
// Pure and cheap: it walks whole days, never minutes. Thread-safe to read.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/instant.hpp"

namespace icity::core {

struct WorkPeriod {
  int start_minute;  // minutes after local midnight
  int end_minute;
};

struct BusinessCalendar {
  int utc_offset_minutes = 480;  // Asia/Shanghai has no DST
  // REQUIRES: in order, not overlapping, each start < end, within 0..1440.
  std::vector<WorkPeriod> periods = {{9 * 60, 12 * 60}, {13 * 60 + 30, 18 * 60}};
  std::set<std::string> holidays;      // "YYYY-MM-DD": days off even on a weekday
  std::set<std::string> working_days;  // "YYYY-MM-DD": adjusted working days on a weekend
  std::set<int> years;                 // years the data covers (others: weekends only)

  // Whether the local date "YYYY-MM-DD" is a working day: a holiday is not, an
  // adjusted working day is, otherwise Monday to Friday. False for a malformed date.
  bool is_working_day(std::string_view date) const;
  // The instant `minutes` business minutes after `start` (ms since 1970); a start outside
  // business time counts from the next working period's start. A period's end is
  // business time (8 hours from 10:00 lands on 18:00, not the next morning).
  // `minutes` <= 0, or no working periods: `start`.
  Instant add_business_minutes(Instant start, std::int64_t minutes) const;
  // Business minutes between two instants, whole minutes rounded down (0 if to <= from).
  std::int64_t business_minutes_between(Instant from, Instant to) const;
};

}  // namespace icity::core
