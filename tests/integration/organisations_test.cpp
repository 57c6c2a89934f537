// The partner directory over HTTP: create with a Chinese name, read, find,
// page, edit with optimistic concurrency, archive — on both databases.
#include <set>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Organisations : public NodeTest {};

TEST_P(Organisations, CreateWithAChineseNameThenReadItBack) {
  auto body = org_body("深圳市龙华区新能源汽车产业协会");
  body["sectors"] = {"3612"};
  body["sdgs"] = {7, 9};
  body["city"] = {{"zh", "深圳"}, {"en", "Shenzhen"}};
  auto created = as(staff()).post("/api/organisations", body);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  EXPECT_EQ(created.obj().at("version").as_int64(), 1);
  auto read = anonymous().get("/api/organisations/" + std::to_string(id));
  ASSERT_EQ(read.status, 200u);
  EXPECT_EQ(read.obj().at("name").at("zh").as_string(), "深圳市龙华区新能源汽车产业协会");
  EXPECT_EQ(read.obj().at("sectors").as_array().at(0).as_string(), "3612");
  EXPECT_EQ(read.obj().at("sdgs").as_array().size(), 2u);
}

TEST_P(Organisations, FindsByPartOfTheNameInEitherLanguage) {
  ASSERT_EQ(as(staff())
                .post("/api/organisations", org_body("观澜版画村", "Guanlan Print Village"))
                .status,
            201u);
  auto zh = anonymous().get("/api/organisations?q=%E7%89%88%E7%94%BB");  // 版画
  ASSERT_EQ(zh.status, 200u);
  ASSERT_EQ(zh.obj().at("items").as_array().size(), 1u);
  auto en = anonymous().get("/api/organisations?q=print%20village");
  ASSERT_EQ(en.obj().at("items").as_array().size(), 1u);
}

TEST_P(Organisations, FiltersByKindCountrySectorAndSdg) {
  auto a = org_body("巴塞罗那市政府", "Barcelona City Council");
  a["kind"] = "government";
  a["country"] = "ES";
  a["sdgs"] = {11};
  auto b = org_body("宝安区工业设计协会");
  b["kind"] = "association";
  b["sectors"] = {"7491"};
  ASSERT_EQ(as(staff()).post("/api/organisations", a).status, 201u);
  ASSERT_EQ(as(staff()).post("/api/organisations", b).status, 201u);
  auto count = [&](const std::string& query) {
    return anonymous().get("/api/organisations?" + query).obj().at("items").as_array().size();
  };
  EXPECT_EQ(count("country=ES"), 1u);
  EXPECT_EQ(count("kind=government"), 1u);
  EXPECT_EQ(count("sector=74"), 1u);  // a division finds its classes
  EXPECT_EQ(count("sector=7491"), 1u);
  EXPECT_EQ(count("sdg=11"), 1u);
  EXPECT_EQ(count("sdg=1"), 0u);
}

TEST_P(Organisations, CursorPagesCoverEveryRecordOnceInOrder) {
  for (int i = 0; i < 23; ++i) {
    ASSERT_EQ(as(staff())
                  .post("/api/organisations",
                        org_body("", "Company " + std::string(1, static_cast<char>('A' + i))))
                  .status,
              201u);
  }
  for (const std::string sort : {"name", "-name", "created_at", "-updated_at"}) {
    std::set<std::int64_t> seen;
    std::string cursor;
    int pages = 0;
    std::string previous_name;
    do {
      auto page = anonymous().get("/api/organisations?limit=5&sort=" + sort +
                                  (cursor.empty() ? "" : "&cursor=" + cursor));
      ASSERT_EQ(page.status, 200u) << page.raw.body;
      for (const auto& item : page.obj().at("items").as_array()) {
        EXPECT_TRUE(seen.insert(item.at("id").as_int64()).second) << sort;
      }
      const auto& next = page.obj().at("next_cursor");
      cursor = next.is_null() ? "" : std::string(next.as_string());
      ++pages;
    } while (!cursor.empty() && pages < 20);
    EXPECT_EQ(seen.size(), 25u) << sort;  // 23 + the two of the fixture
    EXPECT_EQ(pages, 5) << sort;
  }
}

TEST_P(Organisations, AStaleVersionIsAConflictNotASilentOverwrite) {
  auto created =
      as(staff()).post("/api/organisations", org_body("坪山区人民政府", "Pingshan District"));
  const auto path = "/api/organisations/" + std::to_string(created.obj().at("id").as_int64());
  auto first = as(staff()).patch(
      path, json::object{{"version", 1}, {"website", "https://www.szpsq.gov.cn"}});
  ASSERT_EQ(first.status, 200u) << first.raw.body;
  EXPECT_EQ(first.obj().at("version").as_int64(), 2);
  auto second =
      as(admin()).patch(path, json::object{{"version", 1}, {"phone", "+86 755 1234 5678"}});
  EXPECT_EQ(second.status, 409u);
  EXPECT_TRUE(second.is_problem());
  auto now = anonymous().get(path);
  EXPECT_EQ(now.obj().at("website").as_string(), "https://www.szpsq.gov.cn");
  EXPECT_EQ(now.obj().at("phone").as_string(), "");
  auto missing = as(staff()).patch(path, json::object{{"phone", "+86 755 1234 5678"}});
  EXPECT_EQ(missing.status, 422u);
  EXPECT_EQ(missing.error_fields(), std::vector<std::string>{"version"});
}

TEST_P(Organisations, ArchivingHidesWithoutDeleting) {
  auto created = as(staff()).post("/api/organisations", org_body("待归档机构"));
  const auto id = created.obj().at("id").as_int64();
  auto archived = as(staff()).del("/api/organisations/" + std::to_string(id));
  ASSERT_EQ(archived.status, 200u);
  EXPECT_TRUE(archived.obj().at("archived").as_bool());
  auto listed = anonymous().get("/api/organisations?q=%E5%BD%92%E6%A1%A3");
  EXPECT_EQ(listed.obj().at("items").as_array().size(), 0u);
  auto with_archived = anonymous().get("/api/organisations?archived=true");
  EXPECT_EQ(with_archived.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(anonymous().get("/api/organisations/" + std::to_string(id)).status, 200u);
}

TEST_P(Organisations, RelationsShowOnBothSides) {
  auto body = org_body("芬兰商会", "Finnish Business Council");
  body["kind"] = "association";
  body["country"] = "FI";
  body["relations"] = {{{"type", "liaison"}, {"organisation_id", partner_org_id()}}};
  auto created = as(staff()).post("/api/organisations", body);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  auto other = anonymous().get("/api/organisations/" + std::to_string(partner_org_id()));
  const auto& relations = other.obj().at("relations").as_array();
  ASSERT_EQ(relations.size(), 1u);
  EXPECT_EQ(relations[0].at("direction").as_string(), "in");
  EXPECT_EQ(relations[0].at("organisation").at("name").at("en").as_string(),
            "Finnish Business Council");
  body["relations"] = {{{"type", "liaison"}, {"organisation_id", 999999}}};
  auto bad = as(staff()).post("/api/organisations", body);
  EXPECT_EQ(bad.status, 422u);
  EXPECT_EQ(bad.error_fields(), std::vector<std::string>{"relations[0].organisation_id"});
}

ICITY_ON_EVERY_DATABASE(Organisations);

}  // namespace
}  // namespace icity::testing
