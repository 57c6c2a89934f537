#include "fixture.hpp"

#include "app/demo/world_loader.hpp"
#include "http/api.hpp"

namespace icity::testing {
namespace json = boost::json;

std::vector<std::string> Answer::error_fields() const {
  std::vector<std::string> out;
  if (!json.is_object() || !obj().contains("errors")) return out;
  for (const auto& e : obj().at("errors").as_array()) {
    out.emplace_back(e.as_object().at("field").as_string());
  }
  return out;
}

bool Answer::is_problem() const {
  auto ct = raw.header("Content-Type");
  return ct && ct->starts_with("application/problem+json") && json.is_object() &&
         obj().contains("type") && obj().contains("title") && obj().contains("status");
}

Answer Caller::send(const std::string& method, const std::string& target, const std::string& body,
                    test::ClientHeaders headers) {
  test::TestClient client("127.0.0.1", port_);
  if (!body.empty()) headers.emplace_back("Content-Type", "application/json");
  if (who_ != nullptr) {
    if (!who_->bearer.empty()) {
      headers.emplace_back("Authorization", "Bearer " + who_->bearer);
    } else {
      headers.emplace_back("Cookie", who_->cookie);
      if (method != "GET") headers.emplace_back("X-CSRF-Token", who_->csrf);
    }
  }
  Answer a;
  a.raw = client.request(method, target, body, headers);
  a.status = a.raw.status;
  boost::system::error_code ec;
  a.json = json::parse(a.raw.body, ec);
  if (ec) a.json = nullptr;
  return a;
}

Answer Caller::get(const std::string& target) { return send("GET", target, ""); }
Answer Caller::post(const std::string& target, const json::value& body) {
  return send("POST", target, json::serialize(body));
}
Answer Caller::patch(const std::string& target, const json::value& body) {
  return send("PATCH", target, json::serialize(body));
}
Answer Caller::del(const std::string& target) { return send("DELETE", target, ""); }

json::object NodeTest::org_body(const std::string& zh, const std::string& en) {
  return {{"name", {{"zh", zh}, {"en", en}}}, {"kind", "enterprise"}, {"country", "CN"}};
}

Identity NodeTest::login(const std::string& email, const std::string& password) {
  test::TestClient client("127.0.0.1", port());
  auto r = client.post_json(
      "/api/auth/login", json::serialize(json::object{{"email", email}, {"password", password}}));
  Identity id;
  if (r.status != 200) return id;
  auto cookie = r.header("Set-Cookie").value_or("");
  id.cookie = cookie.substr(0, cookie.find(';'));
  auto body = json::parse(r.body).as_object();
  id.csrf = std::string(body.at("csrf_token").as_string());
  id.user.email = email;
  id.user.id = body.at("user").as_object().at("id").as_int64();
  return id;
}

Identity NodeTest::bearer_for(const Identity& session) {
  auto r = as(session).post("/api/auth/tokens", json::object{{"name", "test script"}});
  Identity id = session;
  id.bearer = std::string(r.obj().at("token").as_string());
  return id;
}

void NodeTest::SetUp() {
  auto app = app::App::open(
      {fresh_database_url(GetParam()), temp_dir("node"), 6, app::HashCost::kMinimum});
  ASSERT_TRUE(app) << app.error().detail.en;
  app_ = std::move(*app);
  app_->cases().configure(desk_config());
  app_->follow_changes();
  if (with_demo_world()) {
    auto world = app::load_demo_world(*app_);
    ASSERT_TRUE(world) << world.error().detail.en;
  }
  const auto ctx = app::system_context("test-setup");
  core::Organisation partner_org;
  partner_org.name = {"大公坊", "iMakerbase"};
  partner_org.kind = core::OrgKind::kStartup;
  partner_org.country = "CN";
  auto p = app_->organisations().create(ctx, partner_org);
  ASSERT_TRUE(p);
  partner_org_ = p->organisation.id;
  core::Organisation other;
  other.name = {"华为技术有限公司", "Huawei Technologies Co., Ltd."};
  other.kind = core::OrgKind::kEnterprise;
  other.country = "CN";
  auto o = app_->organisations().create(ctx, other);
  ASSERT_TRUE(o);
  other_org_ = o->organisation.id;
  for (auto [email, role] : {std::pair{"admin@test.icity", core::Role::kAdmin},
                             std::pair{"staff@test.icity", core::Role::kStaff},
                             std::pair{"partner@test.icity", core::Role::kPartner}}) {
    app::NewUser u;
    u.email = email;
    u.role = role;
    u.password = kPassword;
    if (role == core::Role::kPartner) u.organisation_id = partner_org_;
    ASSERT_TRUE(app_->auth().add_user(u, ctx));
  }
  http::ServerOptions options;
  options.port = 0;
  options.threads = 2;
  options.shutdown_grace = std::chrono::seconds(5);
  server_ = http::make_server(*app_, options);
  server_->start();
  admin_ = login("admin@test.icity");
  staff_ = login("staff@test.icity");
  partner_ = login("partner@test.icity");
  ASSERT_FALSE(admin_.cookie.empty());
  ASSERT_FALSE(partner_.cookie.empty());
}

void NodeTest::TearDown() {
  if (server_) server_->stop();
  server_.reset();
  app_.reset();
}

}  // namespace icity::testing
