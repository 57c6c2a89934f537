#include "core/business_calendar.hpp"

#include <algorithm>
#include <chrono>
#include <cstdio>

namespace icity::core {
namespace {

namespace chr = std::chrono;

constexpr std::int64_t kMsPerMinute = std::int64_t{60} * 1000;
constexpr std::int64_t kMsPerDay = std::int64_t{24} * 60 * kMsPerMinute;

std::int64_t floor_div(std::int64_t a, std::int64_t b) {
  const std::int64_t q = a / b;
  return (a % b != 0 && (a < 0) != (b < 0)) ? q - 1 : q;
}

// "YYYY-MM-DD" of a day counted from 1970-01-01. The buffer is big enough for
// any year an int64 day count can reach through year_month_day.
std::string format_day(std::int64_t day) {
  const chr::year_month_day ymd{chr::sys_days{chr::days{day}}};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

bool parse_day(std::string_view date, std::int64_t& day) {
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return false;
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  for (std::size_t i = 0; i < 10; ++i) {
    if (i == 4 || i == 7) continue;
    if (date[i] < '0' || date[i] > '9') return false;
  }
  for (std::size_t i = 0; i < 4; ++i) y = y * 10 + (date[i] - '0');
  m = static_cast<unsigned>((date[5] - '0') * 10 + (date[6] - '0'));
  d = static_cast<unsigned>((date[8] - '0') * 10 + (date[9] - '0'));
  const chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) return false;
  day = chr::sys_days{ymd}.time_since_epoch().count();
  return true;
}

// Business milliseconds of a working day between local times [lo, hi).
std::int64_t overlap(const std::vector<WorkPeriod>& periods, std::int64_t lo, std::int64_t hi) {
  std::int64_t total = 0;
  for (const auto& p : periods) {
    const std::int64_t begin = std::max(lo, p.start_minute * kMsPerMinute);
    const std::int64_t end = std::min(hi, p.end_minute * kMsPerMinute);
    if (end > begin) total += end - begin;
  }
  return total;
}

// Whether `day` (since 1970-01-01), written `key`, is a working day of `cal`.
bool working(const BusinessCalendar& cal, std::int64_t day, const std::string& key) {
  if (cal.holidays.contains(key)) return false;
  if (cal.working_days.contains(key)) return true;
  const chr::weekday wd{chr::sys_days{chr::days{day}}};
  return wd != chr::Saturday && wd != chr::Sunday;
}
bool working(const BusinessCalendar& cal, std::int64_t day) {
  return working(cal, day, format_day(day));
}

}  // namespace

bool BusinessCalendar::is_working_day(std::string_view date) const {
  std::int64_t day = 0;
  if (!parse_day(date, day)) return false;
  return working(*this, day, std::string(date));
}

Instant BusinessCalendar::add_business_minutes(Instant start, std::int64_t minutes) const {
  const std::int64_t per_day = overlap(periods, 0, kMsPerDay);
  if (minutes <= 0 || per_day <= 0) return start;
  const std::int64_t offset = utc_offset_minutes * kMsPerMinute;
  const Instant local = start + offset;
  std::int64_t day = floor_div(local, kMsPerDay);
  std::int64_t from = local - day * kMsPerDay;  // local ms into `day`
  std::int64_t left = minutes * kMsPerMinute;
  for (;; ++day, from = 0) {
    if (!working(*this, day)) continue;
    if (from == 0 && left > per_day) {  // a whole working day
      left -= per_day;
      continue;
    }
    for (const auto& p : periods) {
      const std::int64_t end = p.end_minute * kMsPerMinute;
      if (from >= end) continue;
      const std::int64_t begin = std::max(from, p.start_minute * kMsPerMinute);
      if (left <= end - begin) return day * kMsPerDay + begin + left - offset;
      left -= end - begin;
    }
  }
}

std::int64_t BusinessCalendar::business_minutes_between(Instant from, Instant to) const {
  if (to <= from || periods.empty()) return 0;
  const std::int64_t offset = utc_offset_minutes * kMsPerMinute;
  const std::int64_t first = floor_div(from + offset, kMsPerDay);
  const std::int64_t last = floor_div(to + offset, kMsPerDay);
  const std::int64_t per_day = overlap(periods, 0, kMsPerDay);
  std::int64_t total = 0;
  for (std::int64_t day = first; day <= last; ++day) {
    if (!working(*this, day)) continue;
    const std::int64_t lo = day == first ? from + offset - day * kMsPerDay : 0;
    const std::int64_t hi = day == last ? to + offset - day * kMsPerDay : kMsPerDay;
    total += (lo == 0 && hi == kMsPerDay) ? per_day : overlap(periods, lo, hi);
  }
  return total / kMsPerMinute;
}

}  // namespace icity::core
