// The centre's figures over HTTP on both databases. The test writes a small
// known history through the API — visits, meetings, cases resolved, events held
// and cancelled, a delegation, an agreement, projects in and out of reserve —
// and counts each figure itself from what it wrote; the server's figures must
// be those counts, each figure's records must number as many, the breakdowns
// must add up, and the exports must hold the same rows.
#include <algorithm>
#include <map>
#include <set>

#include "core/instant.hpp"
#include "core/kpi.hpp"
#include "desk_fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

// Today in Beijing: the centre's dates.
std::string beijing_today() {
  const auto now = *core::parse_instant(store::Database::now_rfc3339());
  return core::format_instant(now + std::int64_t{8} * 3600 * 1000).substr(0, 10);
}

class Kpis : public DeskTest {
 protected:
  std::int64_t org(const std::string& en, const std::string& kind, const std::string& country,
                   const std::string& sectors = "") {
    auto body = org_body(en + " 中文", en);
    body["kind"] = kind;
    body["country"] = country;
    if (!sectors.empty()) body["sectors"] = json::array{json::value(sectors)};
    auto r = as(staff()).post("/api/organisations", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::int64_t interaction(const std::string& type, const std::string& date, std::int64_t org_id) {
    auto r = as(staff()).post("/api/interactions",
                              json::object{{"type", type},
                                           {"date", date},
                                           {"summary", {{"en", type + " on " + date}}},
                                           {"organisation_ids", json::array{org_id}}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  std::int64_t event(const std::string& type, const std::string& day, bool cancel = false) {
    auto r = as(staff()).post(
        "/api/events", json::object{{"title", {{"zh", "活动 " + day}, {"en", "Event " + day}}},
                                    {"type", type},
                                    {"starts_at", day + "T09:00:00+08:00"},
                                    {"ends_at", day + "T17:00:00+08:00"},
                                    {"visibility", "public"}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    const auto id = r.status == 201 ? r.obj().at("id").as_int64() : 0;
    if (cancel) {
      auto c = as(staff()).patch("/api/events/" + std::to_string(id),
                                 json::object{{"version", 1}, {"status", "cancelled"}});
      EXPECT_EQ(c.status, 200u) << c.raw.body;
    }
    return id;
  }
  void mou(std::int64_t a, std::int64_t b, const std::string& signed_on) {
    auto r = as(staff()).post(
        "/api/agreements",
        json::object{{"kind", "mou"},
                     {"title", {{"en", "MoU signed on " + signed_on}}},
                     {"parties", json::array{json::object{{"organisation_id", a}},
                                             json::object{{"organisation_id", b}}}},
                     {"signed_on", signed_on}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
  }
  // A figure's count for one key of one breakdown (0 when the key is not there).
  static std::int64_t count_of(const json::object& f, const std::string& figure,
                               const std::string& dimension, const std::string& key) {
    for (const auto& c : f.at("details").at(figure).at(dimension).as_array()) {
      if (c.at("key").as_string() == key) return c.at("count").as_int64();
    }
    return 0;
  }
  json::object kpis(const std::string& query) {
    auto r = as(staff()).get("/api/dashboard/kpis" + query);
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    return r.status == 200 ? r.obj() : json::object{};
  }
};

TEST_P(Kpis, EachFigureIsTheCountOfItsRecords) {
  const std::string today = beijing_today();
  const std::string from = "2024-01-01";
  // Organisations: two foreign associations, a Chinese enterprise.
  const auto finnish = org("Finnish Business Council", "association", "FI", "7310");
  const auto french = org("French Chamber", "association", "FR");
  const auto maker = org("Longhua Maker Co", "enterprise", "CN", "3922");
  interaction("visit_received", "2024-03-05", finnish);
  interaction("visit_received", "2024-03-20", maker);
  interaction("visit_received", "2024-05-01", maker);  // the same organisation again
  interaction("meeting", "2024-04-10", french);
  interaction("visit_received", "2023-06-01", french);  // before the period
  // Matters: three requests from Germany, two resolved.
  std::vector<OpenedCase> cases;
  for (int i = 0; i < 3; ++i) cases.push_back(open_case());
  for (int i = 0; i < 2; ++i) {
    ASSERT_EQ(move(cases[i], "assigned").status, 200u);
    ASSERT_EQ(move(cases[i], "in_progress").status, 200u);
    ASSERT_EQ(move(cases[i], "resolved").status, 200u);
  }
  // Events: a camp and a workshop held, a conference cancelled, one before the period.
  event("exchange_camp", "2024-06-05");
  event("workshop", "2024-07-01");
  event("conference", "2024-08-01", true);
  event("workshop", "2023-12-01");
  // A delegation from Spain, an agreement, three projects (one moved on).
  auto d = as(staff()).post("/api/delegations",
                            json::object{{"name", {{"en", "Barcelona delegation"}}},
                                         {"origin_city", "Barcelona"},
                                         {"country", "ES"},
                                         {"interests", {{"en", "industrial design"}}},
                                         {"start_date", "2024-09-01"},
                                         {"end_date", "2024-09-03"}});
  ASSERT_EQ(d.status, 201u) << d.raw.body;
  mou(maker, finnish, "2024-06-10");
  std::vector<std::int64_t> projects;
  for (const char* title : {"Smart lamp posts", "Heritage archive", "EV charging"}) {
    auto p = as(staff()).post(
        "/api/projects",
        json::object{
            {"title", {{"en", title}}},
            {"parties", json::array{json::object{{"organisation_id", maker}, {"role", "lead"}}}}});
    ASSERT_EQ(p.status, 201u) << p.raw.body;
    projects.push_back(p.obj().at("id").as_int64());
  }
  auto moved = as(staff()).post("/api/projects/" + std::to_string(projects[2]) + "/transitions",
                                json::object{{"to", "negotiating"}});
  ASSERT_EQ(moved.status, 200u) << moved.raw.body;

  // Counted here from what was written.
  const std::map<std::string, std::int64_t> expected = {
      {"matters_handled", 2},          // two resolved
      {"events_held", 2},              // camp and workshop; not the cancelled, not 2023
      {"exchange_activities", 2},      // the camp and the delegation
      {"projects_in_reserve", 2},      // three created, one moved on
      {"organisations_received", 2},   // Finnish council, the maker (once)
      {"associations_in_liaison", 2},  // Finnish (visit) and French (meeting)
      {"agreements_signed", 1},
      {"countries_reached", 5},  // DE (cases), FI, CN, FR, ES
  };
  const auto f = kpis("?from=" + from + "&to=" + today);
  ASSERT_FALSE(f.empty());
  EXPECT_EQ(f.at("from").as_string(), from);
  for (const auto& [name, count] : expected) {
    EXPECT_EQ(f.at(name).as_int64(), count) << name;
    // The records behind the number number as many, and the months add up.
    auto records = as(staff()).get("/api/dashboard/kpis/" + name +
                                   "/records?limit=500&from=" + from + "&to=" + today);
    ASSERT_EQ(records.status, 200u) << records.raw.body;
    EXPECT_EQ(records.obj().at("total").as_int64(), count) << name;
    EXPECT_EQ(records.obj().at("items").as_array().size(), static_cast<std::size_t>(count)) << name;
    const auto& detail = f.at("details").at(name).as_object();
    EXPECT_FALSE(detail.at("label").at("zh").as_string().empty());
    std::int64_t by_country = 0;
    for (const auto& c : detail.at("by_country").as_array()) by_country += c.at("count").as_int64();
    EXPECT_EQ(by_country, count) << name;
    if (name != "projects_in_reserve") {
      std::int64_t by_month = 0;
      for (const auto& m : detail.at("by_month").as_array()) by_month += m.at("count").as_int64();
      EXPECT_EQ(by_month, count) << name;
    }
  }
  // The organisations received, by month: March has both (the maker's first visit), May none.
  std::map<std::string, std::int64_t> months;
  for (const auto& m : f.at("details").at("organisations_received").at("by_month").as_array()) {
    months[std::string(m.at("key").as_string())] = m.at("count").as_int64();
  }
  EXPECT_EQ(months["2024-03"], 2);
  EXPECT_EQ(months["2024-05"], 0);
  EXPECT_EQ(months.size(), core::months_between(from, today).size());
  // By sector: the Finnish council's 7310 is in section M, the maker's 3922 in C.
  std::set<std::string> sections;
  for (const auto& s : f.at("details").at("organisations_received").at("by_sector").as_array()) {
    sections.emplace(s.at("key").as_string());
  }
  EXPECT_EQ(sections, (std::set<std::string>{"C", "M"}));
  // A drill-down by country names just those.
  auto finland = as(staff()).get(
      "/api/dashboard/kpis/associations_in_liaison/records?country=FI&from=" + from +
      "&to=" + today);
  ASSERT_EQ(finland.obj().at("total").as_int64(), 1);
  EXPECT_EQ(finland.obj().at("items").at(0).at("id").as_int64(), finnish);
  EXPECT_EQ(finland.obj().at("items").at(0).at("link").as_string(),
            "/partners/organisations/" + std::to_string(finnish));
  // Paging covers the records once.
  auto first = as(staff()).get(
      "/api/dashboard/kpis/countries_reached/records?limit=3&from=" + from + "&to=" + today);
  ASSERT_TRUE(first.obj().at("next_cursor").is_string());
  auto rest = as(staff()).get("/api/dashboard/kpis/countries_reached/records?limit=3&from=" + from +
                              "&to=" + today +
                              "&cursor=" + std::string(first.obj().at("next_cursor").as_string()));
  EXPECT_EQ(rest.obj().at("items").as_array().size(), 2u);

  // The exports hold the same: a line per breakdown row, a line per record.
  auto csv = as(staff()).get("/api/dashboard/kpis/matters_handled/records.csv?from=" + from +
                             "&to=" + today);
  ASSERT_EQ(csv.status, 200u);
  EXPECT_EQ(std::count(csv.raw.body.begin(), csv.raw.body.end(), '\n'), 3);  // header + 2
  auto all = as(staff()).get("/api/dashboard/kpis.csv?from=" + from + "&to=" + today);
  ASSERT_EQ(all.status, 200u);
  EXPECT_NE(
      all.raw.body.find("matters_handled,办理涉外事务,Foreign-related matters handled,total,,2"),
      std::string::npos)
      << all.raw.body.substr(0, 400);
  auto xlsx = as(staff()).get("/api/dashboard/kpis.xlsx?from=" + from + "&to=" + today);
  ASSERT_EQ(xlsx.status, 200u);
  EXPECT_EQ(xlsx.raw.body.substr(0, 2), "PK");

  // A period before any of it counts nothing but the projects then in reserve (none yet).
  const auto before = kpis("?from=2020-01-01&to=2020-12-31");
  for (const auto& [name, _] : expected) EXPECT_EQ(before.at(name).as_int64(), 0) << name;
}

TEST_P(Kpis, BadPeriodsAndStrangersAreRefused) {
  EXPECT_EQ(as(staff()).get("/api/dashboard/kpis?from=2024-13-01").error_fields(),
            std::vector<std::string>{"from"});
  EXPECT_EQ(as(staff()).get("/api/dashboard/kpis?from=2024-05-01&to=2024-04-01").error_fields(),
            std::vector<std::string>{"from"});
  EXPECT_EQ(as(staff()).get("/api/dashboard/kpis/nothing/records").status, 404u);
  EXPECT_EQ(as(staff()).get("/api/dashboard/kpis/events_held/records?sdg=18").error_fields(),
            std::vector<std::string>{"sdg"});
  EXPECT_EQ(as(partner()).get("/api/dashboard/kpis").status, 403u);
  EXPECT_EQ(anonymous().get("/api/dashboard/kpis").status, 401u);
  // Without a period: this year so far.
  const auto f = kpis("");
  EXPECT_EQ(f.at("from").as_string(), beijing_today().substr(0, 4) + "-01-01");
}

// The figures are counted from facts kept in memory: each write must reach them
// before its answer is sent, whatever it changed.
TEST_P(Kpis, FiguresFollowEveryWrite) {
  const std::string period = "?from=2024-01-01&to=" + beijing_today();
  const auto maker = org("Aalto Makers", "enterprise", "FI", "3922");
  const auto visit = interaction("visit_received", "2024-03-05", maker);
  auto c = open_case();
  for (const char* to : {"assigned", "in_progress", "resolved"})
    ASSERT_EQ(move(c, to).status, 200u);
  const auto camp = event("exchange_camp", "2024-06-05");
  auto f = kpis(period);
  EXPECT_EQ(f.at("organisations_received").as_int64(), 1);
  EXPECT_EQ(count_of(f, "organisations_received", "by_country", "FI"), 1);
  EXPECT_EQ(f.at("matters_handled").as_int64(), 1);
  EXPECT_EQ(f.at("events_held").as_int64(), 1);

  // Several writes between two asks reach the figures together (one read per kind of record).
  interaction("visit_received", "2024-04-01", org("Tallinn Port", "enterprise", "EE"));
  interaction("visit_received", "2024-04-02", org("Riga Design", "association", "LV"));
  f = kpis(period);
  EXPECT_EQ(f.at("organisations_received").as_int64(), 3);
  EXPECT_EQ(f.at("associations_in_liaison").as_int64(), 1);
  EXPECT_EQ(count_of(f, "organisations_received", "by_month", "2024-04"), 2);

  // The organisation moves to Sweden: every figure it stands behind follows.
  auto moved = as(staff()).patch("/api/organisations/" + std::to_string(maker),
                                 json::object{{"version", 1}, {"country", "SE"}});
  ASSERT_EQ(moved.status, 200u) << moved.raw.body;
  f = kpis(period);
  EXPECT_EQ(count_of(f, "organisations_received", "by_country", "SE"), 1);
  EXPECT_EQ(count_of(f, "organisations_received", "by_country", "FI"), 0);
  // The visit archived, the case reopened, the camp cancelled: none counts any more.
  ASSERT_EQ(as(staff()).del("/api/interactions/" + std::to_string(visit)).status, 200u);
  ASSERT_EQ(move(c, "in_progress").status, 200u);
  auto cancelled = as(staff()).patch("/api/events/" + std::to_string(camp),
                                     json::object{{"version", 1}, {"status", "cancelled"}});
  ASSERT_EQ(cancelled.status, 200u) << cancelled.raw.body;
  f = kpis(period);
  EXPECT_EQ(f.at("organisations_received").as_int64(), 2);
  EXPECT_EQ(f.at("matters_handled").as_int64(), 0);
  EXPECT_EQ(f.at("events_held").as_int64(), 0);
  EXPECT_EQ(f.at("exchange_activities").as_int64(), 0);
  auto records = as(staff()).get("/api/dashboard/kpis/matters_handled/records" + period);
  EXPECT_EQ(records.obj().at("total").as_int64(), 0);

  // An agreement of Longhua with a duplicate record of a Dutch company counts under the
  // Netherlands; merged into the Swedish record, it counts under Sweden.
  const auto duplicate = org("Aalto Makers NL", "enterprise", "NL");
  const auto longhua = org("Longhua Tech", "enterprise", "CN");
  mou(longhua, duplicate, "2024-06-10");
  EXPECT_EQ(count_of(kpis(period), "agreements_signed", "by_country", "NL"), 1);
  auto merged = as(staff()).post("/api/organisations/" + std::to_string(duplicate) + "/merge",
                                 json::object{{"into", maker}});
  ASSERT_EQ(merged.status, 200u) << merged.raw.body;
  f = kpis(period);
  EXPECT_EQ(count_of(f, "agreements_signed", "by_country", "NL"), 0);
  EXPECT_EQ(count_of(f, "agreements_signed", "by_country", "SE"), 1);
}

ICITY_ON_EVERY_DATABASE(Kpis);

}  // namespace
}  // namespace icity::testing
