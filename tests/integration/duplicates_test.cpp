// Duplicates across scripts and merging, over HTTP on both databases.
#include <set>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Duplicates : public NodeTest {
 protected:
  std::int64_t create(json::object body) {
    auto r = as(staff()).post("/api/organisations", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
};

TEST_P(Duplicates, TheChineseAndTheEnglishNameOfOneCompanyAreFound) {
  auto zh = org_body("深圳市华创科技有限公司");
  zh["website"] = "https://www.huachuang-tech.cn";
  const auto a = create(zh);
  auto en = org_body("", "Shenzhen Huachuang Technology Co., Ltd.");
  en["website"] = "http://huachuang-tech.cn/en/";
  const auto b = create(en);
  const auto unrelated =
      create(org_body("深圳市鹏程电子有限公司", "Shenzhen Pengcheng Electronics"));
  auto r = as(staff()).get("/api/organisations/" + std::to_string(a) + "/duplicates");
  ASSERT_EQ(r.status, 200u) << r.raw.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 1u) << r.raw.body;
  EXPECT_EQ(items[0].at("organisation").at("id").as_int64(), b);
  EXPECT_GE(items[0].at("score").to_number<double>(), 0.9);
  std::set<std::string> kinds;
  for (const auto& reason : items[0].at("reasons").as_array()) {
    kinds.insert(std::string(reason.at("kind").as_string()));
  }
  EXPECT_TRUE(kinds.contains("name"));
  EXPECT_TRUE(kinds.contains("website"));
  auto pairs = as(staff()).get("/api/duplicates");
  ASSERT_EQ(pairs.status, 200u);
  ASSERT_FALSE(pairs.obj().at("items").as_array().empty());
  const auto& top = pairs.obj().at("items").as_array()[0];
  std::set<std::int64_t> ids{top.at("a").at("id").as_int64(), top.at("b").at("id").as_int64()};
  EXPECT_EQ(ids, (std::set<std::int64_t>{a, b}));
  (void)unrelated;
}

TEST_P(Duplicates, ThePairsFollowEachChange) {
  auto pair_of = [&](std::int64_t x, std::int64_t y) {
    auto r = as(staff()).get("/api/duplicates?limit=100");
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    for (const auto& p : r.obj().at("items").as_array()) {
      const std::set<std::int64_t> ids{p.at("a").at("id").as_int64(),
                                       p.at("b").at("id").as_int64()};
      if (ids == std::set<std::int64_t>{x, y}) return true;
    }
    return false;
  };
  const auto zh = create(org_body("深圳市瑞思光电有限公司"));
  const auto en = create(org_body("", "Shenzhen Ruisi Optoelectronics Co., Ltd."));
  // One brand in another trade is another company.
  const auto other_trade = create(org_body("深圳市瑞思物流有限公司"));
  EXPECT_TRUE(pair_of(zh, en));
  EXPECT_FALSE(pair_of(zh, other_trade));
  // Renamed, the English one is no longer a likely duplicate; named back, it is again.
  auto renamed =
      as(staff()).patch("/api/organisations/" + std::to_string(en),
                        json::object{{"version", 1}, {"name", {{"en", "Aurora Optics Ltd."}}}});
  ASSERT_EQ(renamed.status, 200u) << renamed.raw.body;
  EXPECT_FALSE(pair_of(zh, en));
  auto back = as(staff()).patch(
      "/api/organisations/" + std::to_string(en),
      json::object{{"version", 2}, {"name", {{"en", "Ruisi Optoelectronics (Shenzhen)"}}}});
  ASSERT_EQ(back.status, 200u) << back.raw.body;
  EXPECT_TRUE(pair_of(zh, en));
  // Archived, it leaves the list.
  ASSERT_EQ(as(staff()).del("/api/organisations/" + std::to_string(en)).status, 200u);
  EXPECT_FALSE(pair_of(zh, en));
}

TEST_P(Duplicates, OnlyStaffSeeThem) {
  const auto a = create(org_body("重复测试机构"));
  EXPECT_EQ(anonymous().get("/api/organisations/" + std::to_string(a) + "/duplicates").status,
            401u);
  EXPECT_EQ(as(partner()).get("/api/duplicates").status, 403u);
  EXPECT_EQ(as(partner())
                .post("/api/organisations/" + std::to_string(a) + "/merge",
                      json::object{{"into", partner_org_id()}})
                .status,
            403u);
}

TEST_P(Duplicates, MergingMovesPeopleRelationsAndInteractionsInOneAuditedStep) {
  const auto keep = create(org_body("观澜版画村", "Guanlan Print Village"));
  const auto dup = create(org_body("", "Guanlan Printmaking Village"));
  auto person = as(staff()).post(
      "/api/people", json::object{{"name", {{"en", "Ada Lin"}}}, {"organisation_id", dup}});
  ASSERT_EQ(person.status, 201u) << person.raw.body;
  auto visit = as(staff()).post("/api/interactions",
                                json::object{{"type", "visit_received"},
                                             {"date", "2023-06-09"},
                                             {"organisation_ids", json::array{dup, keep}},
                                             {"summary", {{"en", "Printmaking workshop"}}}});
  ASSERT_EQ(visit.status, 201u) << visit.raw.body;
  auto related = as(staff()).patch(
      "/api/organisations/" + std::to_string(other_org_id()),
      json::object{
          {"version", 1},
          {"relations", json::array{json::object{{"type", "partner"}, {"organisation_id", dup}}}}});
  ASSERT_EQ(related.status, 200u) << related.raw.body;

  auto merged = as(staff()).post("/api/organisations/" + std::to_string(dup) + "/merge",
                                 json::object{{"into", keep}});
  ASSERT_EQ(merged.status, 200u) << merged.raw.body;
  EXPECT_EQ(merged.obj().at("id").as_int64(), keep);
  EXPECT_EQ(merged.obj().at("people_count").as_int64(), 1);
  EXPECT_EQ(merged.obj().at("interactions_count").as_int64(), 1);
  bool relation_moved = false;
  for (const auto& r : merged.obj().at("relations").as_array()) {
    relation_moved |= r.at("organisation_id").as_int64() == other_org_id();
  }
  EXPECT_TRUE(relation_moved);
  auto gone = as(staff()).get("/api/organisations/" + std::to_string(dup));
  ASSERT_EQ(gone.status, 200u);
  EXPECT_TRUE(gone.obj().at("archived").as_bool());
  auto moved = as(staff()).get("/api/people/" + std::to_string(person.obj().at("id").as_int64()));
  EXPECT_EQ(moved.obj().at("organisation_id").as_int64(), keep);
  auto audit = as(admin()).get("/api/audit?entity=organisation&entity_id=" + std::to_string(dup));
  ASSERT_EQ(audit.status, 200u);
  EXPECT_NE(audit.raw.body.find("\"merge\""), std::string::npos) << audit.raw.body;
  // Merging again, into itself, or into nothing is refused and changes nothing.
  EXPECT_EQ(as(staff())
                .post("/api/organisations/" + std::to_string(dup) + "/merge",
                      json::object{{"into", keep}})
                .status,
            409u);
  auto self = as(staff()).post("/api/organisations/" + std::to_string(keep) + "/merge",
                               json::object{{"into", keep}});
  EXPECT_EQ(self.status, 422u);
  auto bad = as(staff()).post("/api/organisations/" + std::to_string(keep) + "/merge",
                              json::object{{"into", "x"}, {"why", 1}});
  ASSERT_EQ(bad.status, 422u);
  auto fields = bad.error_fields();
  EXPECT_NE(std::find(fields.begin(), fields.end(), "into"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "why"), fields.end());
}

ICITY_ON_EVERY_DATABASE(Duplicates);

}  // namespace
}  // namespace icity::testing
