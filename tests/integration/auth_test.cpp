// Accounts and security: sessions with CSRF, bearer tokens, rate-limited
// logins, roles, and the audit trail.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Auth : public NodeTest {};

TEST_P(Auth, LoginSetsAnHttpOnlySameSiteCookieAndReturnsACsrfToken) {
  test::TestClient client("127.0.0.1", port());
  auto r = client.post_json("/api/auth/login",
                            R"({"email":"STAFF@test.icity","password":"correct horse 2024"})");
  ASSERT_EQ(r.status, 200u) << r.body;
  const auto cookie = r.header("Set-Cookie").value_or("");
  EXPECT_NE(cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(cookie.find("SameSite=Lax"), std::string::npos);
  auto body = json::parse(r.body).as_object();
  EXPECT_FALSE(body.at("csrf_token").as_string().empty());
  EXPECT_EQ(body.at("user").at("role").as_string(), "staff");
}

TEST_P(Auth, WrongPasswordsAreRefusedThenRateLimited) {
  test::TestClient client("127.0.0.1", port());
  for (int i = 0; i < 5; ++i) {
    auto r = client.post_json("/api/auth/login",
                              R"({"email":"staff@test.icity","password":"wrong password!"})");
    EXPECT_EQ(r.status, 401u);
  }
  auto blocked = client.post_json(
      "/api/auth/login", R"({"email":"staff@test.icity","password":"correct horse 2024"})");
  EXPECT_EQ(blocked.status, 429u);
}

TEST_P(Auth, UnsafeCookieRequestsNeedTheCsrfToken) {
  test::TestClient client("127.0.0.1", port());
  auto forged = client.request("POST", "/api/organisations", json::serialize(org_body("伪造")),
                               {{"Content-Type", "application/json"},
                                {"Cookie", staff().cookie},
                                {"X-CSRF-Token", "forged"}});
  EXPECT_EQ(forged.status, 403u);
  auto none = client.request("POST", "/api/organisations", json::serialize(org_body("无令牌")),
                             {{"Content-Type", "application/json"}, {"Cookie", staff().cookie}});
  EXPECT_EQ(none.status, 403u);
  EXPECT_EQ(as(staff()).post("/api/organisations", org_body("带令牌")).status, 201u);
}

TEST_P(Auth, BearerTokensWorkWithoutCsrf) {
  const auto script = bearer_for(staff());
  auto r = as(script).post("/api/organisations", org_body("脚本创建的机构"));
  EXPECT_EQ(r.status, 201u) << r.raw.body;
  Identity bad;
  bad.bearer = "not-a-token";
  EXPECT_EQ(as(bad).get("/api/people").status, 401u);
}

TEST_P(Auth, LoginRotatesTheSessionAndLogoutEndsIt) {
  const auto first = login("staff@test.icity");
  test::TestClient client("127.0.0.1", port());
  auto again = client.request("POST", "/api/auth/login",
                              R"({"email":"staff@test.icity","password":"correct horse 2024"})",
                              {{"Content-Type", "application/json"}, {"Cookie", first.cookie}});
  ASSERT_EQ(again.status, 200u);
  EXPECT_EQ(as(first).get("/api/auth/me").status, 401u);  // the old session is gone
  const auto second = login("staff@test.icity");
  EXPECT_EQ(as(second).get("/api/auth/me").status, 200u);
  EXPECT_EQ(as(second).post("/api/auth/logout", json::object{}).status, 204u);
  EXPECT_EQ(as(second).get("/api/auth/me").status, 401u);
}

TEST_P(Auth, TheLanguageChoiceIsRememberedPerUser) {
  auto r = as(staff()).patch("/api/auth/me", json::object{{"locale", "en"}});
  ASSERT_EQ(r.status, 200u) << r.raw.body;
  EXPECT_EQ(as(staff()).get("/api/auth/me").obj().at("user").at("locale").as_string(), "en");
  EXPECT_EQ(as(staff()).patch("/api/auth/me", json::object{{"locale", "fr"}}).status, 422u);
}

TEST_P(Auth, SecurityHeadersOnEveryAnswer) {
  auto r = anonymous().get("/api/organisations");
  EXPECT_TRUE(r.raw.header("Content-Security-Policy").has_value());
  EXPECT_NE(r.raw.header("Content-Security-Policy")->find("frame-ancestors 'none'"),
            std::string::npos);
  EXPECT_EQ(r.raw.header("X-Content-Type-Options").value_or(""), "nosniff");
  EXPECT_TRUE(r.raw.header("X-Request-Id").has_value());
}

TEST_P(Auth, PartnersEditOnlyTheirOwnOrganisation) {
  const auto own = "/api/organisations/" + std::to_string(partner_org_id());
  const auto other = "/api/organisations/" + std::to_string(other_org_id());
  EXPECT_EQ(as(partner())
                .patch(own, json::object{{"version", 1}, {"website", "https://www.imakerbase.com"}})
                .status,
            200u);
  EXPECT_EQ(as(partner())
                .patch(other, json::object{{"version", 1}, {"website", "https://evil.example.com"}})
                .status,
            403u);
  EXPECT_EQ(as(partner()).post("/api/organisations", org_body("新机构")).status, 403u);
  EXPECT_EQ(as(partner()).del(own).status, 403u);
  EXPECT_EQ(anonymous().patch(own, json::object{{"version", 2}}).status, 401u);
}

TEST_P(Auth, ThePublicSeesOrganisationsButNoPersonalData) {
  auto person =
      as(partner()).post("/api/people", json::object{{"name", {{"zh", "李明"}, {"en", "Li Ming"}}},
                                                     {"organisation_id", partner_org_id()},
                                                     {"email", "li.ming@imakerbase.example.com"},
                                                     {"phone", "+86 755 8888 0000"}});
  ASSERT_EQ(person.status, 201u) << person.raw.body;
  const auto path = "/api/people/" + std::to_string(person.obj().at("id").as_int64());
  EXPECT_EQ(anonymous().get("/api/organisations").status, 200u);
  EXPECT_EQ(anonymous().get("/api/people").status, 401u);
  EXPECT_EQ(anonymous().get(path).status, 401u);
  EXPECT_EQ(anonymous().get("/api/interactions").status, 401u);
  EXPECT_TRUE(as(partner()).get(path).obj().contains("email"));
  EXPECT_TRUE(as(staff()).get(path).obj().contains("email"));
  // Another partner organisation's user sees the name, not the contact details.
  app::NewUser u;
  u.email = "huawei@test.icity";
  u.role = core::Role::kPartner;
  u.organisation_id = other_org_id();
  u.password = kPassword;
  ASSERT_TRUE(app().auth().add_user(u, app::system_context("test")));
  const auto huawei = login("huawei@test.icity");
  auto seen = as(huawei).get(path);
  ASSERT_EQ(seen.status, 200u);
  EXPECT_FALSE(seen.obj().contains("email"));
  EXPECT_FALSE(seen.obj().contains("phone"));
  EXPECT_EQ(as(huawei)
                .patch(path, json::object{{"version", 1}, {"title", {{"zh", "改"}, {"en", ""}}}})
                .status,
            403u);
}

TEST_P(Auth, EveryWriteIsInTheAuditTrailForAdminsOnly) {
  auto created = as(staff()).post("/api/organisations", org_body("审计测试机构"));
  const auto id = created.obj().at("id").as_int64();
  as(staff()).patch("/api/organisations/" + std::to_string(id),
                    json::object{{"version", 1}, {"city", {{"zh", "深圳"}, {"en", "Shenzhen"}}}});
  auto trail = as(admin()).get("/api/audit?entity=organisation&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u) << trail.raw.body;
  const auto& items = trail.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0].at("action").as_string(), "update");  // newest first
  EXPECT_EQ(items[0].at("user_email").as_string(), "staff@test.icity");
  EXPECT_EQ(items[0].at("before").at("city").at("en").as_string(), "");
  EXPECT_EQ(items[0].at("after").at("city").at("en").as_string(), "Shenzhen");
  EXPECT_EQ(items[1].at("action").as_string(), "create");
  EXPECT_EQ(as(staff()).get("/api/audit").status, 403u);
  EXPECT_EQ(anonymous().get("/api/audit").status, 401u);
}

ICITY_ON_EVERY_DATABASE(Auth);

}  // namespace
}  // namespace icity::testing
