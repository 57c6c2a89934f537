// Bad input gets a clear 4xx problem+json naming each bad field, never a 5xx,
// and loses nothing that was there before.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class BadInput : public NodeTest {};

TEST_P(BadInput, MalformedJsonIsA400Problem) {
  for (const std::string body : {"{", "[1,2,3]", "\"text\"", "{\"name\": {\"zh\": \"x\"}", "nul"}) {
    auto r = as(staff()).send("POST", "/api/organisations", body);
    EXPECT_EQ(r.status, 400u) << body;
    EXPECT_TRUE(r.is_problem()) << body;
  }
}

TEST_P(BadInput, WrongTypesAndUnknownFieldsAreNamed) {
  json::object body{
      {"name", "华为"},    {"kind", 3},     {"country", "China"},     {"sdgs", {9, "eleven", 40}},
      {"sectors", "7491"}, {"owner", "me"}, {"website", "huawei.com"}};
  auto r = as(staff()).post("/api/organisations", body);
  ASSERT_EQ(r.status, 422u) << r.raw.body;
  ASSERT_TRUE(r.is_problem());
  const auto fields = r.error_fields();
  for (const char* f : {"name", "kind", "country", "sdgs[1]", "sectors", "owner", "website"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end())
        << f << " in " << r.raw.body;
  }
  for (const auto& e : r.obj().at("errors").as_array()) {
    EXPECT_FALSE(e.at("message").as_string().empty());
  }
}

TEST_P(BadInput, MessagesFollowTheRequestLanguage) {
  auto r = as(staff()).send("POST", "/api/organisations", R"({"kind":"sme","country":"CN"})",
                            {{"Accept-Language", "zh-CN,zh;q=0.9"}});
  ASSERT_EQ(r.status, 422u);
  const std::string message(r.obj().at("errors").as_array().at(0).at("message").as_string());
  EXPECT_NE(message.find("必填"), std::string::npos) << message;
}

TEST_P(BadInput, OversizeBodiesAre413) {
  std::string huge = "{\"name\":{\"zh\":\"" + std::string(2 << 20, 'x') + "\"}}";
  auto r = as(staff()).send("POST", "/api/organisations", huge);
  EXPECT_EQ(r.status, 413u);
}

TEST_P(BadInput, BadIdsAndParametersAre4xx) {
  EXPECT_EQ(anonymous().get("/api/organisations/abc").status, 404u);
  EXPECT_EQ(anonymous().get("/api/organisations/-1").status, 404u);
  EXPECT_EQ(anonymous().get("/api/organisations/99999999").status, 404u);
  EXPECT_EQ(anonymous().get("/api/organisations/99999999999999999999999").status, 404u);
  auto limit = anonymous().get("/api/organisations?limit=0");
  EXPECT_EQ(limit.status, 422u);
  EXPECT_EQ(limit.error_fields(), std::vector<std::string>{"limit"});
  EXPECT_EQ(anonymous().get("/api/organisations?sort=colour").status, 422u);
  EXPECT_EQ(anonymous().get("/api/organisations?sdg=18").status, 422u);
  EXPECT_EQ(anonymous().get("/api/organisations?kind=company").status, 422u);
  EXPECT_EQ(anonymous().get("/api/organisations?cursor=%%%").status, 200u);  // ignored, first page
  EXPECT_EQ(as(staff()).get("/api/interactions?from=2024-13-01").status, 422u);
}

TEST_P(BadInput, WrongContentTypeIs415) {
  auto r = as(staff()).send("POST", "/api/organisations", R"({"name":{"zh":"x"}})",
                            {{"Content-Type", "text/plain"}});
  EXPECT_EQ(r.status, 415u);
}

TEST_P(BadInput, AFailedEditLosesNothing) {
  const auto path = "/api/organisations/" + std::to_string(other_org_id());
  auto before = anonymous().get(path);
  auto r = as(staff()).patch(
      path, json::object{{"version", 1}, {"country", "XX"}, {"name", {{"zh", ""}, {"en", ""}}}});
  EXPECT_EQ(r.status, 422u);
  auto after = anonymous().get(path);
  EXPECT_EQ(json::serialize(before.json), json::serialize(after.json));
}

TEST_P(BadInput, UnknownRoutesAndMethods) {
  EXPECT_EQ(anonymous().get("/api/nothing-here").status, 404u);
  auto r = as(staff()).send("PUT", "/api/organisations", "{}");
  EXPECT_EQ(r.status, 405u);
  EXPECT_TRUE(r.raw.header("Allow").has_value());
}

ICITY_ON_EVERY_DATABASE(BadInput);

}  // namespace
}  // namespace icity::testing
