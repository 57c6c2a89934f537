// The solutions library over HTTP on both databases: public reading, who may
// write, bad input, the demo world's solutions, and search across languages.
#include "app/demo/world_loader.hpp"
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Solutions : public NodeTest {
 protected:
  static json::object body(const std::string& zh, const std::string& en) {
    return {{"title", {{"zh", zh}, {"en", en}}},
            {"summary", {{"en", "Restoring an urban river and opening its banks to residents."}}},
            {"body", {{"en", "## Steps\n\n- intercept sewage\n- restore the banks"}}},
            {"sdgs", {6, 11}},
            {"sectors", {"7690"}},
            {"year", 2021},
            {"source", "city report"}};
  }
};

TEST_P(Solutions, StaffWriteThePublicReads) {
  auto created =
      as(staff()).post("/api/solutions", body("茅洲河治理", "Maozhou River restoration"));
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  auto read = anonymous().get("/api/solutions/" + std::to_string(id));
  ASSERT_EQ(read.status, 200u);
  EXPECT_EQ(read.obj().at("title").at("zh").as_string(), "茅洲河治理");
  EXPECT_EQ(read.obj().at("year").as_int64(), 2021);
  auto list = anonymous().get("/api/solutions?sdg=6");
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(list.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(anonymous().get("/api/solutions?sdg=7").obj().at("items").as_array().size(), 0u);
  auto patched = as(staff()).patch("/api/solutions/" + std::to_string(id),
                                   json::object{{"version", 1}, {"year", nullptr}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_TRUE(patched.obj().at("year").is_null());
  auto stale =
      as(staff()).patch("/api/solutions/" + std::to_string(id), json::object{{"version", 1}});
  EXPECT_EQ(stale.status, 409u);
  ASSERT_EQ(as(staff()).del("/api/solutions/" + std::to_string(id)).status, 200u);
  EXPECT_EQ(anonymous().get("/api/solutions/" + std::to_string(id)).status, 404u);
}

TEST_P(Solutions, APartnerWritesOnlyForItsOwnOrganisation) {
  auto own = as(partner()).post("/api/solutions",
                                body("大公坊硬件孵化", "iMakerbase hardware incubation"));
  ASSERT_EQ(own.status, 201u) << own.raw.body;
  EXPECT_EQ(own.obj().at("organisation_id").as_int64(), partner_org_id());
  auto other = body("别人的方案", "Someone else's");
  other["organisation_id"] = other_org_id();
  EXPECT_EQ(as(partner()).post("/api/solutions", other).status, 403u);
  const auto id = own.obj().at("id").as_int64();
  auto handover =
      as(partner()).patch("/api/solutions/" + std::to_string(id),
                          json::object{{"version", 1}, {"organisation_id", other_org_id()}});
  EXPECT_EQ(handover.status, 403u);
  EXPECT_EQ(anonymous().post("/api/solutions", body("匿名", "Anonymous")).status, 401u);
}

TEST_P(Solutions, BadInputNamesEveryField) {
  auto bad = as(staff()).post("/api/solutions", json::object{{"title", {{"zh", ""}, {"en", ""}}},
                                                             {"sdgs", {0, 18}},
                                                             {"sectors", {"9999"}},
                                                             {"year", 1500},
                                                             {"organisation_id", 999999},
                                                             {"colour", "green"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  auto fields = bad.error_fields();
  for (const char* f : {"title", "sdgs[0]", "sdgs[1]", "sectors[0]", "year", "colour"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end())
        << f << " in " << bad.raw.body;
  }
  EXPECT_EQ(anonymous().get("/api/solutions?sdg=40").status, 422u);
}

TEST_P(Solutions, TheDemoWorldsPracticesAreFoundInEitherLanguage) {
  // The fixture's node already has organisations, so load the world on a fresh one.
  auto node = app::App::open(
      {fresh_database_url(GetParam()), temp_dir("demo-solutions"), 2, app::HashCost::kMinimum});
  ASSERT_TRUE(node);
  auto world = app::load_demo_world(**node);
  ASSERT_TRUE(world) << world.error().detail.en;
  EXPECT_EQ(world->solutions, 5);
  ASSERT_TRUE((*node)->search().catch_up());
  const auto ctx = app::system_context("test");
  search::Query q;
  q.q = "红树林";  // the Futian mangroves, found also through their English text
  q.type = "solution";
  auto hits = (*node)->search().search(ctx, q);
  ASSERT_TRUE(hits);
  ASSERT_FALSE(hits->hits.empty());
  EXPECT_NE(hits->hits[0].title.en.find("mangroves"), std::string::npos);
  q.q = "heritage protection";
  hits = (*node)->search().search(ctx, q);
  ASSERT_TRUE(hits);
  ASSERT_FALSE(hits->hits.empty());
  EXPECT_NE(hits->hits[0].title.zh.find("观澜版画村"), std::string::npos);
}

ICITY_ON_EVERY_DATABASE(Solutions);

}  // namespace
}  // namespace icity::testing
