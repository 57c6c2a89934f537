#include "app/export/calendar_feed.hpp"

#include <libical/ical.h>

#include <chrono>
#include <ctime>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string_view>

namespace icity::app {
namespace {

constexpr const char* kProductId = "-//icity//events//EN";

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

[[noreturn]] void bad_time(std::string_view text) {
  throw std::invalid_argument("calendar: not an RFC 3339 time: '" + std::string(text) + "'");
}

int digits(std::string_view text, std::size_t at, std::size_t count) {
  if (at + count > text.size()) bad_time(text);
  int value = 0;
  for (const char c : text.substr(at, count)) {
    if (c < '0' || c > '9') bad_time(text);  // from_chars would take a sign
    value = value * 10 + (c - '0');
  }
  return value;
}

void expect(std::string_view text, std::size_t at, std::string_view allowed) {
  if (at >= text.size() || allowed.find(text[at]) == std::string_view::npos) bad_time(text);
}

// "2023-06-05T01:00:00.000Z" or "2023-06-05T09:00:00+08:00" as seconds since the epoch.
// Hand-rolled because std::chrono::parse is missing from GCC 12's libstdc++.
std::time_t parse_rfc3339(std::string_view text) {
  using namespace std::chrono;
  expect(text, 4, "-");
  expect(text, 7, "-");
  expect(text, 10, "Tt ");
  expect(text, 13, ":");
  expect(text, 16, ":");
  const year_month_day date{year{digits(text, 0, 4)}, month(digits(text, 5, 2)),
                            day(digits(text, 8, 2))};
  const int hour = digits(text, 11, 2), minute = digits(text, 14, 2);
  const int second = digits(text, 17, 2);
  if (!date.ok() || hour > 23 || minute > 59 || second > 60) bad_time(text);
  std::size_t at = 19;
  if (at < text.size() && text[at] == '.') {
    do ++at;  // fractions of a second do not fit iCalendar's DATE-TIME
    while (at < text.size() && text[at] >= '0' && text[at] <= '9');
  }
  int offset_minutes = 0;
  if (at < text.size() && (text[at] == 'Z' || text[at] == 'z')) {
    ++at;
  } else {
    expect(text, at, "+-");
    expect(text, at + 3, ":");
    const int sign = text[at] == '-' ? -1 : 1;
    offset_minutes = sign * (digits(text, at + 1, 2) * 60 + digits(text, at + 4, 2));
    at += 6;
  }
  if (at != text.size()) bad_time(text);
  const auto local = sys_days{date} + hours{hour} + minutes{minute} + seconds{second};
  return system_clock::to_time_t(local - minutes{offset_minutes});
}

bool is_utc_name(std::string_view zone) {
  return zone.empty() || zone == "UTC" || zone == "Etc/UTC" || zone == "Z";
}

// What needs libical's zone state: the feed zone's VTIMEZONE and every time in that zone.
struct ZonedTimes {
  Component vtimezone;                     // null for UTC feeds
  std::vector<icaltimetype> starts, ends;  // ends[i] is null time when the entry has none
};

// libical fills its zone table, each zone's VTIMEZONE and its list of transitions lazily into
// process-wide state and locks only parts of that (the table's first fill is unguarded in 3.0),
// so all of it runs under one mutex here.
std::mutex& zone_mutex() {
  static std::mutex m;
  return m;
}

ZonedTimes zoned_times(const CalendarFeed& feed) {
  std::vector<std::time_t> starts;
  std::vector<std::optional<std::time_t>> ends;
  for (const CalendarEntry& entry : feed.entries) {
    starts.push_back(parse_rfc3339(entry.starts_at));
    ends.push_back(entry.ends_at.empty() ? std::nullopt
                                         : std::optional(parse_rfc3339(entry.ends_at)));
  }
  const std::lock_guard lock(zone_mutex());
  // The first call fills the zone table; afterwards the UTC zone is read-only, so event_of may
  // use it outside the lock.
  icaltimezone* zone = icaltimezone_get_utc_timezone();
  ZonedTimes result;
  if (!is_utc_name(feed.time_zone)) {
    zone = icaltimezone_get_builtin_timezone(feed.time_zone.c_str());
    icalcomponent* vtimezone = zone == nullptr ? nullptr : icaltimezone_get_component(zone);
    if (vtimezone == nullptr) {
      throw std::invalid_argument("calendar: unknown time zone '" + feed.time_zone + "'");
    }
    result.vtimezone.reset(icalcomponent_new_clone(vtimezone));
  }
  for (std::size_t i = 0; i < starts.size(); ++i) {
    result.starts.push_back(icaltime_from_timet_with_zone(starts[i], 0, zone));
    const std::optional<std::time_t>& end = ends[i];
    result.ends.push_back(end.has_value() ? icaltime_from_timet_with_zone(end.value(), 0, zone)
                                          : icaltime_null_time());
  }
  return result;
}

// A DTSTART/DTEND: UTC times carry "Z"; zone times are written as local time with a TZID
// naming the IANA zone, which clients know even without reading the VTIMEZONE.
icalproperty* zoned_property(icalproperty* property, const std::string& tzid) {
  if (!tzid.empty()) icalproperty_add_parameter(property, icalparameter_new_tzid(tzid.c_str()));
  return property;
}

icaltimetype local_time(icaltimetype time, bool utc) {
  if (!utc) time.zone = nullptr;  // written as floating, the TZID parameter says where
  return time;
}

std::string language_of(const core::LocalizedText& text, std::string_view locale) {
  const bool zh = locale.starts_with("zh");
  const bool shown_zh = zh ? !text.zh.empty() : text.en.empty();
  return shown_zh ? "zh-CN" : "en";
}

// The description in the feed's language, then the title and description in the other one,
// so a bilingual audience finds both in the one event.
std::string description_of(const CalendarEntry& entry, std::string_view locale) {
  const bool zh = locale.starts_with("zh");
  std::string text = entry.description.in(locale);
  const std::string& other_title = zh ? entry.title.en : entry.title.zh;
  const std::string& other_description = zh ? entry.description.en : entry.description.zh;
  std::string other;
  if (!other_title.empty() && other_title != entry.title.in(locale)) other = other_title;
  if (!other_description.empty() && other_description != text) {
    if (!other.empty()) other += "\n";
    other += other_description;
  }
  if (!other.empty()) {
    if (!text.empty()) text += "\n\n";
    text += other;
  }
  return text;
}

void add_text(icalcomponent* event, icalproperty* property, const std::string& language) {
  if (!language.empty()) {
    icalproperty_add_parameter(property, icalparameter_new_language(language.c_str()));
  }
  icalcomponent_add_property(event, property);
}

Component event_of(const CalendarEntry& entry, const CalendarFeed& feed, icaltimetype start,
                   icaltimetype end, const std::string& tzid) {
  if (entry.uid.empty()) throw std::invalid_argument("calendar: an entry without uid");
  Component event(icalcomponent_new(ICAL_VEVENT_COMPONENT));
  icalcomponent* e = event.get();
  icaltimezone* utc = icaltimezone_get_utc_timezone();
  const std::time_t stamp =
      entry.updated_at.empty() ? std::time(nullptr) : parse_rfc3339(entry.updated_at);
  icalcomponent_add_property(e, icalproperty_new_uid(entry.uid.c_str()));
  icalcomponent_add_property(
      e, icalproperty_new_dtstamp(icaltime_from_timet_with_zone(stamp, 0, utc)));
  if (!entry.updated_at.empty()) {
    icalcomponent_add_property(
        e, icalproperty_new_lastmodified(icaltime_from_timet_with_zone(stamp, 0, utc)));
  }
  const bool is_utc = tzid.empty();
  icalcomponent_add_property(
      e, zoned_property(icalproperty_new_dtstart(local_time(start, is_utc)), tzid));
  if (!icaltime_is_null_time(end)) {
    icalcomponent_add_property(
        e, zoned_property(icalproperty_new_dtend(local_time(end, is_utc)), tzid));
  }
  icalcomponent_add_property(e, icalproperty_new_sequence(static_cast<int>(entry.sequence)));
  icalcomponent_add_property(
      e, icalproperty_new_status(entry.cancelled ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
  const std::string& summary = entry.title.in(feed.locale);
  if (!summary.empty()) {
    add_text(e, icalproperty_new_summary(summary.c_str()), language_of(entry.title, feed.locale));
  }
  const std::string description = description_of(entry, feed.locale);
  if (!description.empty()) add_text(e, icalproperty_new_description(description.c_str()), "");
  const std::string& location = entry.location.in(feed.locale);
  if (!location.empty()) {
    add_text(e, icalproperty_new_location(location.c_str()),
             language_of(entry.location, feed.locale));
  }
  if (entry.geo) {
    icalcomponent_add_property(e, icalproperty_new_geo({entry.geo->first, entry.geo->second}));
  }
  if (!entry.url.empty()) icalcomponent_add_property(e, icalproperty_new_url(entry.url.c_str()));
  for (const std::string& category : entry.categories) {
    icalcomponent_add_property(e, icalproperty_new_categories(category.c_str()));
  }
  return event;
}

void add_x(icalcomponent* calendar, const char* name, const std::string& value) {
  icalproperty* property = icalproperty_new_x(value.c_str());
  icalproperty_set_x_name(property, name);
  icalcomponent_add_property(calendar, property);
}

}  // namespace

std::string render_ics(const CalendarFeed& feed) {
  ZonedTimes times = zoned_times(feed);
  const std::string tzid = is_utc_name(feed.time_zone) ? "" : feed.time_zone;

  Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
  icalcomponent* c = calendar.get();
  icalcomponent_add_property(c, icalproperty_new_prodid(kProductId));
  icalcomponent_add_property(c, icalproperty_new_version("2.0"));
  icalcomponent_add_property(c, icalproperty_new_calscale("GREGORIAN"));
  icalcomponent_add_property(c, icalproperty_new_method(ICAL_METHOD_PUBLISH));
  if (!feed.name.empty()) add_x(c, "X-WR-CALNAME", feed.name);
  if (!tzid.empty()) add_x(c, "X-WR-TIMEZONE", tzid);
  if (times.vtimezone) {
    // libical names system zones "/freeassociation.sourceforge.net/Asia/Shanghai"; the plain
    // IANA name is what Google, Outlook and Apple map without reading the VTIMEZONE.
    icalproperty* id = icalcomponent_get_first_property(times.vtimezone.get(), ICAL_TZID_PROPERTY);
    if (id != nullptr) icalproperty_set_tzid(id, tzid.c_str());
    icalcomponent_add_component(c, times.vtimezone.release());
  }
  for (std::size_t i = 0; i < feed.entries.size(); ++i) {
    icalcomponent_add_component(
        c, event_of(feed.entries[i], feed, times.starts[i], times.ends[i], tzid).release());
  }
  char* text = icalcomponent_as_ical_string_r(c);
  if (text == nullptr) throw std::runtime_error("calendar: libical could not write the feed");
  std::string result(text);
  icalmemory_free_buffer(text);
  return result;
}

bool is_known_time_zone(const std::string& name) {
  if (is_utc_name(name)) return true;
  const std::lock_guard lock(zone_mutex());
  icaltimezone* zone = icaltimezone_get_builtin_timezone(name.c_str());
  return zone != nullptr && icaltimezone_get_component(zone) != nullptr;
}

}  // namespace icity::app
