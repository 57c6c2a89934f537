// Check-in, attendance, exports and calendar feeds over HTTP on both
// databases: the QR code carries a signed token that staff check in once
// (a forged, foreign, reused, cancelled or waiting one is refused), figures
// per event and session, CSV and XLSX read back by independent readers, and
// iCalendar feeds that libical and Python's icalendar read.
#include <libical/ical.h>

#include "fixture.hpp"
#include "support/reader_tools.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class CheckIns : public NodeTest {
 protected:
  void SetUp() override {
    NodeTest::SetUp();
    auto r = as(staff()).post(
        "/api/events",
        json::object{{"title", {{"zh", "华汇中心启动仪式"}, {"en", "HUA HUB launch"}}},
                     {"type", "conference"},
                     {"starts_at", "2099-08-13T14:00:00+08:00"},
                     {"ends_at", "2099-08-13T18:00:00+08:00"},
                     {"capacity", 2},
                     {"venue", {{"zh", "深圳湾"}, {"en", "Shenzhen Bay"}}}});
    ASSERT_EQ(r.status, 201u) << r.raw.body;
    event_ = r.obj().at("id").as_int64();
    auto s = as(staff()).post(base() + "/sessions",
                              json::object{{"type", "seminar"},
                                           {"title", {{"zh", "主旨演讲"}, {"en", "Keynote"}}},
                                           {"starts_at", "2099-08-13T15:00:00+08:00"},
                                           {"ends_at", "2099-08-13T16:00:00+08:00"}});
    ASSERT_EQ(s.status, 201u) << s.raw.body;
    session_ = s.obj().at("id").as_int64();
  }
  std::string base() const { return "/api/events/" + std::to_string(event_); }
  json::object enrol(const std::string& n, const std::string& name_zh = "") {
    auto r = anonymous().post(base() + "/registrations",
                              json::object{{"name", {{"zh", name_zh}, {"en", "Guest " + n}}},
                                           {"email", "g" + n + "@example.org"},
                                           {"organisation", "HUA HUB"}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.obj();
  }
  Answer check_in(const std::string& token, std::optional<std::int64_t> session = std::nullopt) {
    json::object body{{"token", token}};
    if (session) body["session_id"] = *session;
    return as(staff()).post(base() + "/check-ins", body);
  }
  std::int64_t event_ = 0, session_ = 0;
};

TEST_P(CheckIns, TheQrCodeCarriesASignedTokenThatChecksInOnce) {
  auto guest = enrol("1", "嘉宾");
  const std::string token(guest.at("check_in_token").as_string());
  const std::string own = base() + "/registrations/" + std::to_string(guest.at("id").as_int64()) +
                          "?key=" + std::string(guest.at("key").as_string());
  // The registrant's page shows the same token, and its QR code decodes to it.
  EXPECT_EQ(anonymous().get(own).obj().at("check_in_token").as_string(), token);
  const auto qr_path = base() + "/registrations/" + std::to_string(guest.at("id").as_int64()) +
                       "/qr.svg?key=" + std::string(guest.at("key").as_string());
  auto svg = anonymous().get(qr_path);
  ASSERT_EQ(svg.status, 200u);
  EXPECT_NE(svg.raw.header("Content-Type").value_or("").find("image/svg+xml"), std::string::npos);
  if (test::has_program("/usr/bin/rsvg-convert") && test::has_program("/usr/bin/zbarimg")) {
    test::ScratchDir dir;
    const auto file = dir.write("code.svg", svg.raw.body);
    ASSERT_EQ(
        test::run({"/usr/bin/rsvg-convert", "-w", "400", file, "-o", dir.path() + "/code.png"})
            .exit_code,
        0);
    auto decoded = test::run({"/usr/bin/zbarimg", "--raw", "-q", dir.path() + "/code.png"});
    EXPECT_EQ(decoded.out.substr(0, decoded.out.find_last_not_of('\n') + 1), token);
  }
  EXPECT_EQ(
      anonymous()
          .get(base() + "/registrations/" + std::to_string(guest.at("id").as_int64()) + "/qr.svg")
          .status,
      404u);

  // Staff check in once; the same code again is refused and says when it was used.
  EXPECT_EQ(anonymous().post(base() + "/check-ins", json::object{{"token", token}}).status, 401u);
  auto first = check_in(token);
  ASSERT_EQ(first.status, 201u) << first.raw.body;
  EXPECT_EQ(first.obj().at("registration").at("name").at("zh").as_string(), "嘉宾");
  auto reused = check_in(token);
  EXPECT_EQ(reused.status, 409u);
  EXPECT_NE(reused.raw.body.find("already used"), std::string::npos) << reused.raw.body;
  // …but it opens each session once too.
  EXPECT_EQ(check_in(token, session_).status, 201u);
  EXPECT_EQ(check_in(token, session_).status, 409u);

  // A forged or altered code, and a code of another event, are refused by name.
  auto forged = token;
  forged.back() = forged.back() == 'A' ? 'B' : 'A';
  EXPECT_EQ(check_in(forged).error_fields(), std::vector<std::string>{"token"});
  EXPECT_EQ(check_in("ic1." + std::to_string(event_) + ".1.AAAAAAAAAAAAAAAAAAAAAA").error_fields(),
            std::vector<std::string>{"token"});
  EXPECT_EQ(check_in("hello").error_fields(), std::vector<std::string>{"token"});
  EXPECT_EQ(as(staff()).post("/api/events/999/check-ins", json::object{{"token", token}}).status,
            422u);
}

TEST_P(CheckIns, CancelledAndWaitingRegistrationsDoNotGetIn) {
  auto a = enrol("1"), b = enrol("2"), c = enrol("3");
  ASSERT_EQ(c.at("status").as_string(), "waitlisted");
  EXPECT_EQ(check_in(std::string(c.at("check_in_token").as_string())).status, 409u);
  auto cancelled =
      anonymous().del(base() + "/registrations/" + std::to_string(a.at("id").as_int64()) +
                      "?key=" + std::string(a.at("key").as_string()));
  ASSERT_EQ(cancelled.status, 200u);
  EXPECT_EQ(check_in(std::string(a.at("check_in_token").as_string())).status, 409u);
  // c took a's seat: now it gets in.
  EXPECT_EQ(check_in(std::string(c.at("check_in_token").as_string())).status, 201u);
  (void)b;
}

TEST_P(CheckIns, AttendanceFiguresAndExportsReadBack) {
  auto a = enrol("1", "张三"), b = enrol("2");
  ASSERT_EQ(check_in(std::string(a.at("check_in_token").as_string())).status, 201u);
  ASSERT_EQ(check_in(std::string(a.at("check_in_token").as_string()), session_).status, 201u);
  auto f = as(staff()).get(base() + "/attendance");
  ASSERT_EQ(f.status, 200u) << f.raw.body;
  EXPECT_EQ(f.obj().at("registered").as_int64(), 2);
  EXPECT_EQ(f.obj().at("checked_in").as_int64(), 1);
  EXPECT_DOUBLE_EQ(f.obj().at("attendance_rate").as_double(), 0.5);
  EXPECT_EQ(f.obj().at("sessions").as_array()[0].at("attended").as_int64(), 1);
  EXPECT_EQ(anonymous().get(base() + "/attendance").status, 401u);

  auto csv = as(staff()).get(base() + "/attendees.csv");
  ASSERT_EQ(csv.status, 200u);
  EXPECT_NE(csv.raw.body.find("张三"), std::string::npos);
  EXPECT_NE(csv.raw.body.find("g2@example.org"), std::string::npos);
  EXPECT_EQ(std::count(csv.raw.body.begin(), csv.raw.body.end(), '\n'), 3);

  auto xlsx = as(staff()).get(base() + "/attendees.xlsx");
  ASSERT_EQ(xlsx.status, 200u);
  ASSERT_EQ(xlsx.raw.body.substr(0, 2), "PK");
  if (!test::has_python_module("openpyxl")) GTEST_SKIP() << "Debian's python3-openpyxl is missing";
  test::ScratchDir dir;
  const auto file = dir.write("attendees.xlsx", xlsx.raw.body);
  auto read = test::run({test::kPython, "-c",
                         "import openpyxl, sys\n"
                         "wb = openpyxl.load_workbook(sys.argv[1])\n"
                         "ws = wb['attendees']\n"
                         "rows = list(ws.iter_rows(values_only=True))\n"
                         "print(len(rows), rows[1][3], rows[1][9] is not None, rows[1][10], "
                         "wb['sessions'].cell(2, 5).value)\n",
                         file});
  ASSERT_EQ(read.exit_code, 0);
  EXPECT_EQ(read.out, "3 张三 True 1 1\n");
  (void)b;
}

TEST_P(CheckIns, CalendarFeedsAreReadByLibicalAndPythonsIcalendar) {
  auto ics = anonymous().get(base() + "/calendar.ics?lang=en");
  ASSERT_EQ(ics.status, 200u) << ics.raw.body;
  EXPECT_NE(ics.raw.header("Content-Type").value_or("").find("text/calendar"), std::string::npos);
  icalcomponent* cal = icalparser_parse_string(ics.raw.body.c_str());
  ASSERT_NE(cal, nullptr);
  icalcomponent* ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
  ASSERT_NE(ev, nullptr);
  EXPECT_STREQ(icalcomponent_get_summary(ev), "Keynote");
  EXPECT_NE(icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT), nullptr);
  icalcomponent_free(cal);

  if (!test::has_python_module("icalendar"))
    GTEST_SKIP() << "Debian's python3-icalendar is missing";
  test::ScratchDir dir;
  const char* script =
      "import icalendar, sys\n"
      "cal = icalendar.Calendar.from_ical(open(sys.argv[1], 'rb').read())\n"
      "for e in cal.walk('VEVENT'):\n"
      "    print(e.get('summary'), e.decoded('dtstart').isoformat())\n";
  auto read = test::run({test::kPython, "-c", script, dir.write("event.ics", ics.raw.body)});
  ASSERT_EQ(read.exit_code, 0);
  EXPECT_EQ(read.out, "Keynote 2099-08-13T15:00:00+08:00\n");

  // The registrant's private feed: their events, by the key of their link.
  auto guest = enrol("1");
  const auto feed = base() + "/registrations/" + std::to_string(guest.at("id").as_int64()) +
                    "/calendar.ics?lang=zh&key=" + std::string(guest.at("key").as_string());
  auto mine = anonymous().get(feed);
  ASSERT_EQ(mine.status, 200u) << mine.raw.body;
  read = test::run({test::kPython, "-c", script, dir.write("mine.ics", mine.raw.body)});
  EXPECT_EQ(read.out, "主旨演讲 2099-08-13T15:00:00+08:00\n");
  EXPECT_EQ(anonymous().get(feed.substr(0, feed.find("&key="))).status, 404u);

  // A signed-in user's feed URL works without signing in, and only with its token.
  auto token = as(staff()).get("/api/me/calendar");
  ASSERT_EQ(token.status, 200u) << token.raw.body;
  const std::string url(token.obj().at("url").as_string());
  EXPECT_EQ(anonymous().get(url).status, 200u);
  EXPECT_EQ(anonymous().get(url.substr(0, url.size() - 6) + "x.ics").status, 404u);
}

ICITY_ON_EVERY_DATABASE(CheckIns);

}  // namespace
}  // namespace icity::testing
