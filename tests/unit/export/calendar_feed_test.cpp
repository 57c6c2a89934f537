#include "app/export/calendar_feed.hpp"

#include <gtest/gtest.h>
#include <libical/ical.h>

#include <future>
#include <memory>
#include <sstream>

#include "support/reader_tools.hpp"

namespace icity::app {
namespace {

struct ComponentFree {
  void operator()(icalcomponent* c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

CalendarEntry forum() {
  CalendarEntry entry;
  entry.uid = "event-12-session-3@icity";
  entry.title = {"中德创新论坛：智能制造与绿色转型的合作机遇，欢迎各位企业代表参加",
                 "Sino-German innovation forum"};
  entry.description = {"议程, 签到; 交流", "Agenda, check-in; networking"};
  entry.location = {"国际会议中心 A厅", "International Conference Centre, Hall A"};
  entry.starts_at = "2023-06-05T01:00:00.000Z";
  entry.ends_at = "2023-06-05T11:30:00+08:00";
  entry.geo = {{31.2304, 121.4737}};
  entry.url = "https://icity.example/events/12";
  entry.cancelled = true;
  entry.sequence = 4;
  entry.updated_at = "2023-05-01T08:00:00.000Z";
  entry.categories = {"B2B", "论坛"};
  return entry;
}

CalendarEntry winter_visit() {
  CalendarEntry entry;
  entry.uid = "event-13@icity";
  entry.title = {"", "Delegation visit"};  // no Chinese title: the English one stands in
  entry.starts_at = "2023-12-05T09:00:00Z";
  entry.ends_at = "2023-12-05T10:00:00Z";
  entry.updated_at = "2023-11-01T00:00:00Z";
  return entry;
}

CalendarFeed feed(std::string zone, std::string locale = "zh-CN") {
  return {"国际合作中心 · Events", std::move(zone), std::move(locale), {forum(), winter_visit()}};
}

Component parsed(const std::string& ics) {
  Component calendar(icalparser_parse_string(ics.c_str()));
  EXPECT_TRUE(calendar);
  return calendar;
}

icalcomponent* event_with_uid(icalcomponent* calendar, const std::string& uid) {
  for (icalcomponent* e = icalcomponent_get_first_component(calendar, ICAL_VEVENT_COMPONENT);
       e != nullptr; e = icalcomponent_get_next_component(calendar, ICAL_VEVENT_COMPONENT)) {
    if (uid == icalcomponent_get_uid(e)) return e;
  }
  ADD_FAILURE() << "no event " << uid;
  return nullptr;
}

std::string parameter(icalproperty* property, icalparameter_kind kind) {
  icalparameter* p = icalproperty_get_first_parameter(property, kind);
  return p == nullptr ? "" : icalparameter_as_ical_string(p);
}

// Seconds since the epoch of DTSTART as libical reads it back through the feed's own
// VTIMEZONE (not its builtin zones): checks the zone data we wrote, not just the label.
std::time_t start_epoch(icalcomponent* event) {
  const icaltimetype start = icalcomponent_get_dtstart(event);
  EXPECT_NE(start.zone, nullptr);
  return icaltime_as_timet_with_zone(start, start.zone);
}

TEST(CalendarFeed, LibicalReadsItBackWithoutErrors) {
  const Component calendar = parsed(render_ics(feed("Asia/Shanghai")));
  ASSERT_TRUE(calendar);
  EXPECT_EQ(icalcomponent_count_errors(calendar.get()), 0);
  EXPECT_STREQ(icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY) != nullptr
                   ? icalproperty_get_prodid(
                         icalcomponent_get_first_property(calendar.get(), ICAL_PRODID_PROPERTY))
                   : "",
               "-//icity//events//EN");
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VEVENT_COMPONENT), 2);
}

TEST(CalendarFeed, WritesLocalTimesWithTzidAndTheZonesVtimezone) {
  const Component calendar = parsed(render_ics(feed("Asia/Shanghai")));
  ASSERT_TRUE(calendar);
  icalcomponent* zone = icalcomponent_get_first_component(calendar.get(), ICAL_VTIMEZONE_COMPONENT);
  ASSERT_NE(zone, nullptr);
  EXPECT_STREQ(icalproperty_get_tzid(icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY)),
               "Asia/Shanghai");
  icalcomponent* event = event_with_uid(calendar.get(), "event-12-session-3@icity");
  ASSERT_NE(event, nullptr);
  icalproperty* start = icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY);
  EXPECT_EQ(parameter(start, ICAL_TZID_PARAMETER), "TZID=Asia/Shanghai");
  EXPECT_STREQ(icalproperty_get_value_as_string(start), "20230605T090000");
  icalproperty* end = icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY);
  EXPECT_STREQ(icalproperty_get_value_as_string(end), "20230605T113000");
  EXPECT_EQ(start_epoch(event), 1685926800);  // 2023-06-05T01:00:00Z
}

TEST(CalendarFeed, FollowsDaylightSavingInEuropeBerlin) {
  const Component calendar = parsed(render_ics(feed("Europe/Berlin", "en")));
  ASSERT_TRUE(calendar);
  icalcomponent* summer = event_with_uid(calendar.get(), "event-12-session-3@icity");
  icalcomponent* winter = event_with_uid(calendar.get(), "event-13@icity");
  ASSERT_TRUE(summer != nullptr && winter != nullptr);
  EXPECT_STREQ(icalproperty_get_value_as_string(
                   icalcomponent_get_first_property(summer, ICAL_DTSTART_PROPERTY)),
               "20230605T030000");  // CEST, UTC+2
  EXPECT_STREQ(icalproperty_get_value_as_string(
                   icalcomponent_get_first_property(winter, ICAL_DTSTART_PROPERTY)),
               "20231205T100000");  // CET, UTC+1
  EXPECT_EQ(start_epoch(summer), 1685926800);
  EXPECT_EQ(start_epoch(winter), 1701766800);  // 2023-12-05T09:00:00Z
}

TEST(CalendarFeed, CarriesStatusGeoSequenceAndBothLanguages) {
  const Component calendar = parsed(render_ics(feed("Asia/Shanghai")));
  ASSERT_TRUE(calendar);
  icalcomponent* event = event_with_uid(calendar.get(), "event-12-session-3@icity");
  ASSERT_NE(event, nullptr);
  EXPECT_EQ(icalcomponent_get_status(event), ICAL_STATUS_CANCELLED);
  const icalgeotype geo =
      icalproperty_get_geo(icalcomponent_get_first_property(event, ICAL_GEO_PROPERTY));
  EXPECT_NEAR(geo.lat, 31.2304, 1e-6);
  EXPECT_NEAR(geo.lon, 121.4737, 1e-6);
  EXPECT_EQ(icalcomponent_get_sequence(event), 4);
  EXPECT_STREQ(icalcomponent_get_summary(event), forum().title.zh.c_str());
  const std::string description = icalcomponent_get_description(event);
  EXPECT_NE(description.find("议程, 签到; 交流"), std::string::npos);  // escaped and back
  EXPECT_NE(description.find("Sino-German innovation forum"), std::string::npos);
  EXPECT_NE(description.find("Agenda, check-in; networking"), std::string::npos);
  EXPECT_STREQ(icalcomponent_get_location(event), "国际会议中心 A厅");
  EXPECT_EQ(parameter(icalcomponent_get_first_property(event, ICAL_SUMMARY_PROPERTY),
                      ICAL_LANGUAGE_PARAMETER),
            "LANGUAGE=zh-CN");
  EXPECT_EQ(icalcomponent_count_properties(event, ICAL_CATEGORIES_PROPERTY), 2);
  EXPECT_STREQ(icalproperty_get_value_as_string(
                   icalcomponent_get_first_property(event, ICAL_DTSTAMP_PROPERTY)),
               "20230501T080000Z");

  icalcomponent* fallback = event_with_uid(calendar.get(), "event-13@icity");
  ASSERT_NE(fallback, nullptr);
  EXPECT_EQ(icalcomponent_get_status(fallback), ICAL_STATUS_CONFIRMED);
  EXPECT_STREQ(icalcomponent_get_summary(fallback), "Delegation visit");
  EXPECT_EQ(parameter(icalcomponent_get_first_property(fallback, ICAL_SUMMARY_PROPERTY),
                      ICAL_LANGUAGE_PARAMETER),
            "LANGUAGE=en");
}

TEST(CalendarFeed, EnglishFeedPutsChineseInTheDescription) {
  const Component calendar = parsed(render_ics(feed("Asia/Shanghai", "en")));
  ASSERT_TRUE(calendar);
  icalcomponent* event = event_with_uid(calendar.get(), "event-12-session-3@icity");
  ASSERT_NE(event, nullptr);
  EXPECT_STREQ(icalcomponent_get_summary(event), "Sino-German innovation forum");
  EXPECT_NE(std::string(icalcomponent_get_description(event)).find(forum().title.zh),
            std::string::npos);
}

TEST(CalendarFeed, IsStableFoldedAndCrlf) {
  const std::string first = render_ics(feed("Asia/Shanghai"));
  EXPECT_EQ(first, render_ics(feed("Asia/Shanghai")));  // same UIDs, stamps: no spurious updates
  EXPECT_TRUE(first.starts_with("BEGIN:VCALENDAR\r\n"));
  EXPECT_TRUE(first.ends_with("END:VCALENDAR\r\n"));
  std::istringstream lines(first);
  for (std::string line; std::getline(lines, line);) {
    ASSERT_TRUE(line.ends_with("\r")) << line;
    EXPECT_LE(line.size() - 1, 75u) << line;  // octets, without the CR
  }
}

TEST(CalendarFeed, UtcFeedHasNoVtimezone) {
  const std::string ics = render_ics(feed("UTC"));
  const Component calendar = parsed(ics);
  ASSERT_TRUE(calendar);
  EXPECT_EQ(icalcomponent_count_components(calendar.get(), ICAL_VTIMEZONE_COMPONENT), 0);
  EXPECT_NE(ics.find("DTSTART:20230605T010000Z\r\n"), std::string::npos);
}

TEST(CalendarFeed, RejectsWhatIsNotAFeed) {
  EXPECT_THROW(render_ics(feed("Mars/Olympus_Mons")), std::invalid_argument);
  CalendarFeed bad_time = feed("Asia/Shanghai");
  for (const char* text : {"5 June 2023", "2023-06-05T-1:00:00Z", "2023-02-30T10:00:00Z",
                           "2023-06-05T10:00:00", "2023-06-05T10:00:00+0800"}) {
    bad_time.entries[0].starts_at = text;
    EXPECT_THROW(render_ics(bad_time), std::invalid_argument) << text;
  }
  CalendarFeed no_uid = feed("Asia/Shanghai");
  no_uid.entries[1].uid.clear();
  EXPECT_THROW(render_ics(no_uid), std::invalid_argument);
}

TEST(CalendarFeed, RendersConcurrentlyAsItDoesAlone) {
  const std::vector<std::string> zones = {"Asia/Shanghai", "Europe/Berlin", "America/New_York",
                                          "Asia/Tokyo"};
  std::vector<std::future<std::string>> renders;
  for (int round = 0; round < 4; ++round) {
    for (const auto& zone : zones) {
      renders.push_back(std::async(std::launch::async, [zone] { return render_ics(feed(zone)); }));
    }
  }
  for (std::size_t i = 0; i < renders.size(); ++i) {
    EXPECT_EQ(renders[i].get(), render_ics(feed(zones[i % zones.size()])));
  }
}

// Python's icalendar (Debian's python3-icalendar) shares no code with libical.
TEST(CalendarFeed, PythonIcalendarReadsTimesAndSummaries) {
  if (!test::has_python_module("icalendar")) {
    GTEST_SKIP() << "/usr/bin/python3 lacks icalendar (scripts/setup installs python3-icalendar)";
  }
  const test::ScratchDir dir;
  const std::string path = dir.write("feed.ics", render_ics(feed("Asia/Shanghai")));
  const char* script = R"(
import icalendar, sys
cal = icalendar.Calendar.from_ical(open(sys.argv[1], "rb").read())
print(cal["X-WR-CALNAME"])
for ev in cal.walk("VEVENT"):
    start = ev.decoded("DTSTART")
    assert start.tzinfo is not None, "naive start"
    print(ev["UID"], start.isoformat(), start.tzinfo.zone, ev["STATUS"], ev["SUMMARY"], sep="|")
    print(ev.get("DESCRIPTION", "").replace("\n", " "))
)";
  const test::Run python = test::run({test::kPython, "-c", script, path});
  ASSERT_EQ(python.exit_code, 0) << python.out;
  EXPECT_EQ(python.out,
            "国际合作中心 · Events\n"
            "event-12-session-3@icity|2023-06-05T09:00:00+08:00|Asia/Shanghai|CANCELLED|" +
                forum().title.zh +
                "\n"
                "议程, 签到; 交流  Sino-German innovation forum Agenda, check-in; networking\n"
                "event-13@icity|2023-12-05T17:00:00+08:00|Asia/Shanghai|CONFIRMED|"
                "Delegation visit\n\n");
}

}  // namespace
}  // namespace icity::app
