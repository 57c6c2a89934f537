// iCalendar (RFC 5545) feeds of events for calendar apps to subscribe to, built with libical.
// Usage: std::string ics = render_ics({.name = "...", .time_zone = "Asia/Shanghai",
//                                      .locale = "zh-CN", .entries = {...}});
//
// Times are written in the feed's zone with TZID=<IANA name> and that zone's VTIMEZONE, which
// libical builds from the system's tzdata (/usr/share/zoneinfo; Debian's libical does not ship
// its own zone files), so a tzdata update changes the feeds without a rebuild. An empty zone,
// "UTC" or "Etc/UTC" writes UTC times ("...Z") and no VTIMEZONE.
//
// Thread-safe: libical loads and expands zones lazily into process-wide state, so zone lookup
// and time conversion run under one mutex here; the rest of the rendering runs in parallel.
// Other code calling libical's zone functions directly would bypass that mutex.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::app {

struct CalendarEntry {
  std::string uid;            // stable across renders, e.g. "event-12-session-3@icity"
  core::LocalizedText title;  // SUMMARY in the feed's language, the other in DESCRIPTION
  core::LocalizedText description;
  core::LocalizedText location;
  std::string starts_at, ends_at;  // RFC 3339 with "Z" or an offset; ends_at may be empty
  std::optional<std::pair<double, double>> geo;  // latitude, longitude
  std::string url;                               // optional
  bool cancelled = false;                        // STATUS:CANCELLED (else CONFIRMED)
  std::int64_t sequence = 0;            // SEQUENCE: pass the row's version so clients take changes
  std::string updated_at;               // DTSTAMP and LAST-MODIFIED (RFC 3339); empty: now
  std::vector<std::string> categories;  // optional
};

struct CalendarFeed {
  std::string name;       // X-WR-CALNAME
  std::string time_zone;  // IANA name, e.g. "Asia/Shanghai"
  std::string locale;     // "zh-CN" or "en": the language of SUMMARY and LOCATION
  std::vector<CalendarEntry> entries;
};

// The feed as text: PRODID "-//icity//events//EN", VERSION 2.0, CRLF line ends, lines folded
// at 75 octets. Throws std::invalid_argument for an unknown time zone, an entry without uid or
// a time that is not RFC 3339 (bugs in the caller: the store holds valid ones).
std::string render_ics(const CalendarFeed& feed);

// Whether render_ics knows the IANA zone `name` (the system's tzdata); thread-safe.
bool is_known_time_zone(const std::string& name);

}  // namespace icity::app
