// Events over HTTP on both databases: series, events with the contract body,
// who sees what, the programme's sessions as a timetable, sites, and bad
// input named field by field.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Events : public NodeTest {
 protected:
  // The contract body of issue 5.
  static json::object contract(const std::string& visibility = "public") {
    return {{"title", {{"zh", "可持续城市工作坊"}, {"en", "Sustainable cities workshop"}}},
            {"type", "workshop"},
            {"starts_at", "2099-06-05T09:00:00+08:00"},
            {"ends_at", "2099-06-05T17:00:00+08:00"},
            {"capacity", 50},
            {"visibility", visibility},
            {"registration_opens_at", "2020-01-01T00:00:00Z"},
            {"registration_closes_at", "2099-06-04T23:59:00+08:00"}};
  }
  std::int64_t create(const json::object& body) {
    auto r = as(staff()).post("/api/events", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  static std::string path(std::int64_t id) { return "/api/events/" + std::to_string(id); }
};

TEST_P(Events, StaffCreateAnEventFromTheContractBodyAndAnyoneReadsAPublicOne) {
  const auto id = create(contract());
  auto e = anonymous().get(path(id));
  ASSERT_EQ(e.status, 200u) << e.raw.body;
  const auto& o = e.obj();
  EXPECT_EQ(o.at("title").at("en").as_string(), "Sustainable cities workshop");
  EXPECT_EQ(o.at("starts_at").as_string(), "2099-06-05T01:00:00.000Z");  // stored in UTC
  EXPECT_EQ(o.at("time_zone").as_string(), "Asia/Shanghai");
  EXPECT_EQ(o.at("capacity").as_int64(), 50);
  EXPECT_EQ(o.at("registrations").at("seats_left").as_int64(), 50);
  EXPECT_TRUE(o.at("sessions").as_array().empty());
  // Listed for everyone; an invitation-only event only for staff (its page opens by link).
  const auto private_id = create(contract("invitation"));
  EXPECT_EQ(anonymous().get("/api/events").obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(as(staff()).get("/api/events").obj().at("items").as_array().size(), 2u);
  EXPECT_EQ(anonymous().get(path(private_id)).status, 200u);
  // Writes are staff's.
  EXPECT_EQ(anonymous().post("/api/events", contract()).status, 401u);
  EXPECT_EQ(as(partner()).post("/api/events", contract()).status, 403u);
  // The change is audited.
  auto audit = as(admin()).get("/api/audit?entity=event&entity_id=" + std::to_string(id));
  ASSERT_EQ(audit.status, 200u) << audit.raw.body;
  EXPECT_EQ(audit.obj().at("items").as_array().size(), 1u);
}

TEST_P(Events, BadInputNamesEveryBadFieldAndWritesNothing) {
  auto bad = contract();
  bad["title"] = json::object{{"zh", ""}, {"en", ""}};
  bad["type"] = "party";
  bad["starts_at"] = "next tuesday";
  bad["ends_at"] = "2099-06-05T08:00:00+08:00";
  bad["capacity"] = 0;
  bad["registration_closes_at"] = "2019-01-01T00:00:00Z";
  bad["organisers"] = json::array{999999};
  auto r = as(staff()).post("/api/events", bad);
  ASSERT_EQ(r.status, 422u) << r.raw.body;
  auto fields = r.error_fields();
  for (const char* f : {"type", "starts_at"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f << " " << r.raw.body;
  }
  auto second = contract();
  second["title"] = json::object{{"zh", ""}, {"en", ""}};
  second["ends_at"] = "2099-06-05T08:00:00+08:00";
  second["capacity"] = 0;
  second["registration_closes_at"] = "2019-01-01T00:00:00Z";
  second["meetings"] = json::object{{"slots", 0}, {"minutes", 20}, {"tables", 5}};
  second["time_zone"] = "Mars/Olympus_Mons";  // looks like a zone, is none
  r = as(staff()).post("/api/events", second);
  ASSERT_EQ(r.status, 422u) << r.raw.body;
  fields = r.error_fields();
  for (const char* f : {"title", "ends_at", "capacity", "registration_closes_at", "meetings.slots",
                        "meetings.start_at", "time_zone"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f << " " << r.raw.body;
  }
  auto third = contract();
  third["organisers"] = json::array{999999};
  r = as(staff()).post("/api/events", third);
  ASSERT_EQ(r.status, 422u) << r.raw.body;
  EXPECT_EQ(r.error_fields(), std::vector<std::string>{"organisers[0]"});
  EXPECT_TRUE(as(staff()).get("/api/events").obj().at("items").as_array().empty());
}

TEST_P(Events, AProgrammeIsATimetableOfSessionsAtSites) {
  auto org =
      as(staff()).post("/api/organisations", org_body("观澜版画村", "Guanlan Print Village"));
  ASSERT_EQ(org.status, 201u) << org.raw.body;
  const auto site_id = org.obj().at("id").as_int64();
  auto patch_kind = as(staff()).patch("/api/organisations/" + std::to_string(site_id),
                                      json::object{{"version", 1}, {"kind", "site"}});
  ASSERT_EQ(patch_kind.status, 200u) << patch_kind.raw.body;
  auto site = as(staff()).send(
      "PUT", "/api/organisations/" + std::to_string(site_id) + "/site",
      json::serialize(json::object{
          {"version", 0},
          {"address", {{"zh", "深圳市龙华区观澜街道"}, {"en", "Guanlan, Longhua, Shenzhen"}}},
          {"latitude", 22.7216},
          {"longitude", 114.0620},
          {"opening_hours", json::array{{{"weekday", 2}, {"opens", "09:00"}, {"closes", "17:30"}}}},
          {"visit_minutes", 120},
          {"group_capacity", 40}}),
      {{"Content-Type", "application/json"}});
  ASSERT_EQ(site.status, 200u) << site.raw.body;
  EXPECT_EQ(site.obj().at("version").as_int64(), 1);
  EXPECT_EQ(anonymous().get("/api/sites").obj().at("items").as_array().size(), 1u);

  auto camp = contract();
  camp["type"] = "exchange_camp";
  camp["starts_at"] = "2099-06-05T09:00:00+08:00";
  camp["ends_at"] = "2099-06-11T18:00:00+08:00";
  const auto id = create(camp);
  auto later = as(staff()).post(path(id) + "/sessions",
                                json::object{{"type", "cultural_experience"},
                                             {"title", {{"zh", "版画体验"}, {"en", "Printmaking"}}},
                                             {"starts_at", "2099-06-09T14:00:00+08:00"},
                                             {"ends_at", "2099-06-09T16:00:00+08:00"},
                                             {"site_id", site_id}});
  ASSERT_EQ(later.status, 201u) << later.raw.body;
  EXPECT_EQ(later.obj().at("site").at("name").at("en").as_string(), "Guanlan Print Village");
  auto first =
      as(staff()).post(path(id) + "/sessions",
                       json::object{{"type", "opening_ceremony"},
                                    {"title", {{"zh", "开营仪式"}, {"en", "Opening ceremony"}}},
                                    {"starts_at", "2099-06-05T09:30:00+08:00"},
                                    {"ends_at", "2099-06-05T10:30:00+08:00"},
                                    {"speakers", json::array{{{"name", {{"en", "Director"}}}}}}});
  ASSERT_EQ(first.status, 201u) << first.raw.body;
  auto outside = as(staff()).post(path(id) + "/sessions",
                                  json::object{{"type", "seminar"},
                                               {"title", {{"en", "Too late"}}},
                                               {"starts_at", "2099-07-01T09:00:00+08:00"},
                                               {"ends_at", "2099-07-01T08:00:00+08:00"}});
  ASSERT_EQ(outside.status, 422u);
  auto fields = outside.error_fields();
  EXPECT_NE(std::find(fields.begin(), fields.end(), "starts_at"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "ends_at"), fields.end());

  auto e = anonymous().get(path(id));
  const auto& sessions = e.obj().at("sessions").as_array();
  ASSERT_EQ(sessions.size(), 2u);
  EXPECT_EQ(sessions[0].at("type").as_string(), "opening_ceremony");  // by start
  EXPECT_EQ(sessions[0].at("type_label").at("zh").as_string(), "开幕式");
  EXPECT_EQ(sessions[1].at("site").at("id").as_int64(), site_id);

  const auto sid = sessions[0].at("id").as_int64();
  EXPECT_EQ(as(staff()).del(path(id) + "/sessions/" + std::to_string(sid)).status, 204u);
  EXPECT_EQ(anonymous().get(path(id)).obj().at("sessions").as_array().size(), 1u);
}

TEST_P(Events, OnlyPlacesAndCompaniesAreSites) {
  auto gov = org_body("深圳市外事办公室", "Shenzhen Foreign Affairs Office");
  gov["kind"] = "government";
  auto org = as(staff()).post("/api/organisations", gov);
  ASSERT_EQ(org.status, 201u) << org.raw.body;
  auto site = as(staff()).send(
      "PUT", "/api/organisations/" + std::to_string(org.obj().at("id").as_int64()) + "/site",
      R"({"version":0,"visit_minutes":60})", {{"Content-Type", "application/json"}});
  EXPECT_EQ(site.status, 422u) << site.raw.body;
}

ICITY_ON_EVERY_DATABASE(Events);

}  // namespace
}  // namespace icity::testing
