#include "app/holiday_calendar.hpp"

#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <stdexcept>
#include <string_view>

namespace icity::app {
namespace {

namespace chr = std::chrono;
namespace json = boost::json;

std::string_view file(std::string_view name) {
  for (const auto& f : holiday_files::files()) {
    if (f.name == name) return f.content;
  }
  throw std::logic_error("embedded holiday file missing: " + std::string(name));
}

[[noreturn]] void bad(const std::string& what) {
  throw std::logic_error("data/holidays/cn.json: " + what);
}

std::string text(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (v == nullptr || !v->is_string()) bad("missing string \"" + std::string(key) + "\"");
  return std::string(v->get_string());
}

const json::array& array(const json::object& o, std::string_view key) {
  const auto* v = o.if_contains(key);
  if (v == nullptr || !v->is_array()) bad("missing array \"" + std::string(key) + "\"");
  return v->get_array();
}

chr::sys_days day_of(const std::string& date) {
  int y = 0;
  unsigned m = 0;
  unsigned d = 0;
  if (date.size() != 10 || std::sscanf(date.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) {
    bad("not a date: " + date);
  }
  const chr::year_month_day ymd{chr::year{y}, chr::month{m}, chr::day{d}};
  if (!ymd.ok()) bad("not a date: " + date);
  return chr::sys_days{ymd};
}

std::string format_day(chr::sys_days day) {
  const chr::year_month_day ymd{day};
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

// "09:00" -> 540
int minute_of(const json::value& v) {
  unsigned h = 0;
  unsigned m = 0;
  if (!v.is_string() || v.get_string().size() != 5 ||
      std::sscanf(v.get_string().c_str(), "%2u:%2u", &h, &m) != 2 || h > 24 || m > 59) {
    bad("not a time of day: " + json::serialize(v));
  }
  return static_cast<int>(h * 60 + m);
}

HolidayCalendar parse(std::string_view content) {
  const json::value root = json::parse(content);
  if (!root.is_object()) bad("not an object");
  const auto& top = root.get_object();
  HolidayCalendar out;
  out.source = text(top, "source");
  if (const auto* off = top.if_contains("utc_offset_minutes"); off != nullptr && off->is_int64()) {
    out.calendar.utc_offset_minutes = static_cast<int>(off->get_int64());
  }
  if (top.contains("work_periods")) {
    out.calendar.periods.clear();
    for (const auto& p : array(top, "work_periods")) {
      if (!p.is_array() || p.get_array().size() != 2) bad("a work period is [from, to]");
      out.calendar.periods.push_back({minute_of(p.get_array()[0]), minute_of(p.get_array()[1])});
    }
  }
  const auto* years = top.if_contains("years");
  if (years == nullptr || !years->is_object()) bad("missing object \"years\"");
  for (const auto& [key, value] : years->get_object()) {
    const int year = std::stoi(std::string(key));
    if (!value.is_object()) bad("year " + std::string(key) + " is not an object");
    const auto& y = value.get_object();
    out.calendar.years.insert(year);
    auto& holidays = out.holidays_by_year[year];
    for (const auto& h : array(y, "holidays")) {
      if (!h.is_object()) bad("a holiday is an object");
      const auto& o = h.get_object();
      const auto* name = o.if_contains("name");
      if (name == nullptr || !name->is_object()) bad("a holiday has a name {zh, en}");
      Holiday holiday{text(o, "from"),
                      text(o, "to"),
                      {text(name->get_object(), "zh"), text(name->get_object(), "en")}};
      const auto first = day_of(holiday.from);
      const auto last = day_of(holiday.to);
      if (last < first) bad("holiday ends before it starts: " + holiday.from);
      for (auto d = first; d <= last; d += chr::days{1})
        out.calendar.holidays.insert(format_day(d));
      holidays.push_back(std::move(holiday));
    }
    auto& working = out.working_days_by_year[year];
    for (const auto& w : array(y, "working_days")) {
      if (!w.is_string()) bad("a working day is a date");
      std::string date(w.get_string());
      day_of(date);
      out.calendar.working_days.insert(date);
      working.push_back(std::move(date));
    }
  }
  return out;
}

}  // namespace

const HolidayCalendar& china_holiday_calendar() {
  static const HolidayCalendar kCalendar = parse(file("cn.json"));
  return kCalendar;
}

}  // namespace icity::app
