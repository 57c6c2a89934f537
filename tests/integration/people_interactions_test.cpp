// People and the interaction timeline over HTTP, and the dashboard figures
// that count them.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class PeopleAndInteractions : public NodeTest {
 protected:
  std::int64_t add_person(const std::string& zh, const std::string& en, core::Id org) {
    auto r = as(staff()).post("/api/people",
                              json::object{{"name", {{"zh", zh}, {"en", en}}},
                                           {"organisation_id", org},
                                           {"title", {{"zh", "总经理"}, {"en", "General Manager"}}},
                                           {"languages", {"zh", "en"}},
                                           {"nationality", "CN"}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.obj().at("id").as_int64();
  }
  std::int64_t add_interaction(const std::string& type, const std::string& date, json::array orgs,
                               json::array people = {}) {
    auto r = as(staff()).post(
        "/api/interactions",
        json::object{{"type", type},
                     {"date", date},
                     {"organisation_ids", std::move(orgs)},
                     {"person_ids", std::move(people)},
                     {"summary", {{"zh", "接待来访"}, {"en", "Received a visit"}}}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.obj().at("id").as_int64();
  }
};

TEST_P(PeopleAndInteractions, PeopleAreListedByOrganisationAndEditable) {
  const auto id = add_person("王芳", "Wang Fang", partner_org_id());
  add_person("张伟", "Zhang Wei", other_org_id());
  auto mine = as(staff()).get("/api/people?organisation_id=" + std::to_string(partner_org_id()));
  ASSERT_EQ(mine.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(as(staff()).get("/api/people?q=Zhang").obj().at("items").as_array().size(), 1u);
  auto patched = as(partner()).patch(
      "/api/people/" + std::to_string(id),
      json::object{{"version", 1}, {"email", "wang.fang@imakerbase.example.com"}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(patched.obj().at("version").as_int64(), 2);
  auto moved =
      as(partner()).patch("/api/people/" + std::to_string(id),
                          json::object{{"version", 2}, {"organisation_id", other_org_id()}});
  EXPECT_EQ(moved.status, 422u);
  auto org = anonymous().get("/api/organisations/" + std::to_string(partner_org_id()));
  EXPECT_EQ(org.obj().at("people_count").as_int64(), 1);
}

TEST_P(PeopleAndInteractions, TheTimelineOfAnOrganisationIsNewestFirst) {
  const auto person = add_person("白雅婷", "Beate Trankmann", other_org_id());
  add_interaction("event", "2023-06-05", {partner_org_id(), other_org_id()});
  add_interaction("visit_received", "2024-08-13", {partner_org_id()}, {person});
  add_interaction("meeting", "2023-10-27", {other_org_id()});
  auto timeline =
      as(staff()).get("/api/interactions?organisation_id=" + std::to_string(partner_org_id()));
  ASSERT_EQ(timeline.status, 200u) << timeline.raw.body;
  const auto& items = timeline.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("date").as_string(), "2024-08-13");
  EXPECT_EQ(items[1].at("date").as_string(), "2023-06-05");
  EXPECT_EQ(items[1].at("organisations").as_array().size(), 2u);
  EXPECT_EQ(as(staff()).get("/api/interactions?type=meeting").obj().at("items").as_array().size(),
            1u);
  EXPECT_EQ(as(staff())
                .get("/api/interactions?from=2024-01-01&to=2024-12-31")
                .obj()
                .at("items")
                .as_array()
                .size(),
            1u);
  EXPECT_EQ(as(staff())
                .get("/api/interactions?person_id=" + std::to_string(person))
                .obj()
                .at("items")
                .as_array()
                .size(),
            1u);
  EXPECT_EQ(as(partner()).post("/api/interactions", json::object{{"type", "call"}}).status, 403u);
}

TEST_P(PeopleAndInteractions, InteractionsNameExistingOrganisationsOnly) {
  auto r = as(staff()).post("/api/interactions",
                            json::object{{"type", "call"},
                                         {"date", "2024-02-30"},
                                         {"organisation_ids", {999999}},
                                         {"summary", {{"zh", "电话"}, {"en", ""}}}});
  EXPECT_EQ(r.status, 422u);
  const auto fields = r.error_fields();
  EXPECT_NE(std::find(fields.begin(), fields.end(), "date"), fields.end());
}

TEST_P(PeopleAndInteractions, DashboardFiguresEqualTheRecords) {
  add_person("甲", "", partner_org_id());
  add_interaction("visit_received", "2024-08-13", {partner_org_id()});
  add_interaction("visit_received", "2024-07-01", {other_org_id()});
  add_interaction("meeting", "2024-07-02", {other_org_id()});
  auto s = as(staff()).get("/api/dashboard/summary");
  ASSERT_EQ(s.status, 200u) << s.raw.body;
  EXPECT_EQ(s.obj().at("organisations").as_int64(), 2);
  EXPECT_EQ(s.obj().at("people").as_int64(), 1);
  EXPECT_EQ(s.obj().at("interactions").as_int64(), 3);
  EXPECT_EQ(s.obj().at("visits_received").as_int64(), 2);
  const auto& months = s.obj().at("interactions_by_month").as_array();
  ASSERT_EQ(months.size(), 2u);
  EXPECT_EQ(months[0].at("month").as_string(), "2024-07");
  EXPECT_EQ(months[0].at("count").as_int64(), 2);
  EXPECT_EQ(anonymous().get("/api/dashboard/summary").status, 401u);
}

TEST_P(PeopleAndInteractions, ReferenceDataAndOperations) {
  auto sectors = anonymous().get("/api/reference/sectors?q=7491");
  ASSERT_EQ(sectors.status, 200u);
  EXPECT_EQ(sectors.obj().at("items").as_array().at(0).at("name").at("zh").as_string(),
            "工业设计服务");
  EXPECT_EQ(anonymous().get("/api/reference/sdgs").obj().at("items").as_array().size(), 17u);
  EXPECT_GT(anonymous().get("/api/reference/countries").obj().at("items").as_array().size(), 240u);
  EXPECT_EQ(anonymous().get("/healthz").status, 200u);
  EXPECT_EQ(anonymous().get("/readyz").status, 200u);
  auto metrics = anonymous().get("/metrics");
  EXPECT_NE(metrics.raw.body.find("icity_http_requests_total{route=\"/api/reference/sdgs\""),
            std::string::npos);
  auto doc = anonymous().get("/api/openapi.yaml");
  EXPECT_EQ(doc.status, 200u);
  EXPECT_NE(doc.raw.body.find("openapi: 3.1"), std::string::npos);
}

ICITY_ON_EVERY_DATABASE(PeopleAndInteractions);

}  // namespace
}  // namespace icity::testing
