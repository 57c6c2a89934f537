// Validation of events, their sessions and sites (core/event.hpp).
#include <set>
#include <utility>

#include "core/event.hpp"
#include "core/field_checker.hpp"
#include "core/instant.hpp"

namespace icity::core {
namespace {

constexpr std::size_t kMaxTitle = 300;
constexpr std::size_t kMaxSummary = 20000;
constexpr std::size_t kMaxShort = 300;
constexpr std::size_t kMaxTimeZone = 64;

// A stored instant (the codec normalises what it reads): report a bad one.
void instant(FieldChecker& c, const std::string& field, const std::string& value, bool required) {
  if (value.empty()) {
    if (required) c.add(field, "必填", "required");
    return;
  }
  if (!parse_instant(value)) {
    c.add(field, "时间格式应为 RFC 3339(如 2023-06-05T09:00:00+08:00)",
          "a time is written in RFC 3339 (such as 2023-06-05T09:00:00+08:00)");
  }
}

// `end` is after `start` when both are valid.
void ordered(FieldChecker& c, const std::string& end_field, const std::string& start,
             const std::string& end) {
  auto s = parse_instant(start), e = parse_instant(end);
  if (s && e && *e <= *s) c.add(end_field, "应晚于开始时间", "must be after the start");
}

bool plausible_time_zone(std::string_view tz) {
  if (tz.empty() || tz.size() > kMaxTimeZone) return false;
  for (char ch : tz) {
    const bool ok = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z') ||
                    (ch >= '0' && ch <= '9') || ch == '/' || ch == '_' || ch == '-' || ch == '+';
    if (!ok) return false;
  }
  return true;
}

}  // namespace

bool is_valid_clock_time(std::string_view t) {
  if (t.size() != 5 || t[2] != ':') return false;
  for (std::size_t i : {0, 1, 3, 4}) {
    if (t[i] < '0' || t[i] > '9') return false;
  }
  const int h = (t[0] - '0') * 10 + (t[1] - '0'), m = (t[3] - '0') * 10 + (t[4] - '0');
  return (h < 24 && m < 60) || (h == 24 && m == 0);
}

std::vector<FieldError> validate(const EventSeries& s) {
  FieldChecker c;
  c.text("title", s.title, kMaxTitle, true);
  c.text("summary", s.summary, kMaxSummary, false);
  return c.take();
}

std::vector<FieldError> validate(const Event& e) {
  FieldChecker c;
  c.text("title", e.title, kMaxTitle, true);
  c.text("summary", e.summary, kMaxSummary, false);
  c.text("venue", e.venue, kMaxShort, false);
  instant(c, "starts_at", e.starts_at, true);
  instant(c, "ends_at", e.ends_at, true);
  ordered(c, "ends_at", e.starts_at, e.ends_at);
  if (!plausible_time_zone(e.time_zone)) {
    c.add("time_zone", "应为 IANA 时区名(如 Asia/Shanghai)",
          "an IANA time zone name (such as Asia/Shanghai)");
  }
  if (e.capacity && (*e.capacity < 1 || *e.capacity > 1000000)) {
    c.add("capacity", "应为 1 到 1000000 的整数,或留空表示不限",
          "a whole number from 1 to 1,000,000, or null for no limit");
  }
  instant(c, "registration_opens_at", e.registration_opens_at, false);
  instant(c, "registration_closes_at", e.registration_closes_at, false);
  ordered(c, "registration_closes_at", e.registration_opens_at, e.registration_closes_at);
  std::set<Id> seen;
  for (std::size_t i = 0; i < e.organisers.size(); ++i) {
    if (!seen.insert(e.organisers[i]).second) {
      c.add("organisers[" + std::to_string(i) + "]", "重复", "duplicate");
    }
  }
  if (e.organisers.size() > 50) c.add("organisers", "最多 50 个", "at most 50");
  // B2B rounds: all or nothing.
  const bool any_b2b =
      e.meeting_slots || e.meeting_minutes || e.meeting_tables || !e.meetings_start_at.empty();
  if (any_b2b) {
    // The scheduler holds a participant's day in 64 bits (schedule::kMaxMeetingSlots).
    if (e.meeting_slots < 1 || e.meeting_slots > 64) {
      c.add("meetings.slots", "应为 1 到 64", "from 1 to 64");
    }
    if (e.meeting_minutes < 5 || e.meeting_minutes > 240) {
      c.add("meetings.minutes", "应为 5 到 240 分钟", "from 5 to 240 minutes");
    }
    if (e.meeting_tables < 1 || e.meeting_tables > 5000) {
      c.add("meetings.tables", "应为 1 到 5000", "from 1 to 5,000");
    }
    instant(c, "meetings.start_at", e.meetings_start_at, true);
  }
  return c.take();
}

std::vector<FieldError> validate(const EventSession& s, const Event& e) {
  FieldChecker c;
  c.text("title", s.title, kMaxTitle, true);
  c.text("summary", s.summary, kMaxSummary, false);
  c.text("location", s.location, kMaxShort, false);
  instant(c, "starts_at", s.starts_at, true);
  instant(c, "ends_at", s.ends_at, true);
  ordered(c, "ends_at", s.starts_at, s.ends_at);
  auto start = parse_instant(s.starts_at), end = parse_instant(s.ends_at);
  auto event_start = parse_instant(e.starts_at), event_end = parse_instant(e.ends_at);
  if (start && event_start && event_end && (*start < *event_start || *start > *event_end)) {
    c.add("starts_at", "不在活动时间之内", "outside the event's dates");
  }
  if (end && event_end && event_start && (*end > *event_end || *end < *event_start)) {
    c.add("ends_at", "不在活动时间之内", "outside the event's dates");
  }
  if (s.speakers.size() > 50) c.add("speakers", "最多 50 位", "at most 50");
  for (std::size_t i = 0; i < s.speakers.size(); ++i) {
    const auto field = "speakers[" + std::to_string(i) + "]";
    c.text(field + ".name", s.speakers[i].name, kMaxShort, true);
    c.text(field + ".title", s.speakers[i].title, kMaxShort, false);
  }
  return c.take();
}

std::vector<FieldError> validate(const SiteDetails& s) {
  FieldChecker c;
  c.text("address", s.address, kMaxShort, false);
  if (s.latitude.has_value() != s.longitude.has_value()) {
    c.add(s.latitude ? "longitude" : "latitude", "经纬度须同时填写",
          "give latitude and longitude together");
  }
  if (s.latitude && (*s.latitude < -90 || *s.latitude > 90)) {
    c.add("latitude", "应在 -90 到 90 之间", "between -90 and 90");
  }
  if (s.longitude && (*s.longitude < -180 || *s.longitude > 180)) {
    c.add("longitude", "应在 -180 到 180 之间", "between -180 and 180");
  }
  if (s.visit_minutes < 10 || s.visit_minutes > 600) {
    c.add("visit_minutes", "应为 10 到 600 分钟", "from 10 to 600 minutes");
  }
  if (s.group_capacity && (*s.group_capacity < 1 || *s.group_capacity > 10000)) {
    c.add("group_capacity", "应为 1 到 10000", "from 1 to 10,000");
  }
  if (s.opening_hours.size() > 50) c.add("opening_hours", "最多 50 段", "at most 50 intervals");
  for (std::size_t i = 0; i < s.opening_hours.size(); ++i) {
    const auto& h = s.opening_hours[i];
    const auto field = "opening_hours[" + std::to_string(i) + "]";
    if (h.weekday < 1 || h.weekday > 7) {
      c.add(field + ".weekday", "星期应为 1(周一)到 7(周日)", "1 (Monday) to 7 (Sunday)");
    }
    const bool opens = is_valid_clock_time(h.opens), closes = is_valid_clock_time(h.closes);
    if (!opens) c.add(field + ".opens", "时间格式应为 HH:MM", "a time of day, HH:MM");
    if (!closes) c.add(field + ".closes", "时间格式应为 HH:MM", "a time of day, HH:MM");
    if (opens && closes && h.closes <= h.opens) {
      c.add(field + ".closes", "应晚于开门时间", "must be after the opening time");
    }
  }
  return c.take();
}

}  // namespace icity::core
