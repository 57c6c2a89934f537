// The server over loopback, as a client sees it.
#include "http/server.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <future>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "test_client.hpp"

namespace icity::http {
namespace {

using test::TestClient;
using namespace std::chrono_literals;

class ServerTest : public ::testing::Test {
 protected:
  void SetUp() override { start({}); }

  void start(ServerOptions options) {
    if (server_) server_->stop();
    options.host = "127.0.0.1";
    options.port = 0;
    options.threads = 2;
    options.max_body_bytes = 1024;
    options.shutdown_grace = 5s;
    server_ = std::make_unique<Server>(std::move(options), router(), hooks());
    server_->start();
  }

  void TearDown() override { server_->stop(); }

  Router router() {
    Router r;
    r.add("GET", "/api/things/{id}", [](Request& q) -> HandlerResult {
      return Response::json(200, R"({"id":")" + std::string(*q.param("id")) + R"("})");
    });
    r.add("POST", "/api/things",
          [](Request& q) -> HandlerResult { return Response::json(201, q.body); });
    r.add("GET", "/api/slow", [](Request&) -> HandlerResult {
      std::this_thread::sleep_for(600ms);
      return Response::json(200, R"({"slow":true})");
    });
    r.add("GET", "/api/boom",
          [](Request&) -> HandlerResult { throw std::runtime_error("handler bug"); });
    r.add("GET", "/api/missing", [](Request&) -> HandlerResult {
      return core::fail(core::Error::not_found({"没有这个东西", "no such thing"}));
    });
    return r;
  }

  ServerHooks hooks() {
    ServerHooks h;
    h.authenticate = [](const Request& q) -> core::Result<AuthContext> {
      AuthContext auth;
      auth.actor.user_id = 7;
      auth.actor.role = core::Role::kStaff;
      if (auto a = q.headers.get("Authorization")) {
        if (*a == "Bearer good") return auth;
        return core::fail(core::Error::unauthenticated({"令牌无效", "bad token"}));
      }
      if (q.headers.get("Cookie") == "icity_session=s1") {
        auth.via_cookie = true;
        auth.csrf_token = "csrf-secret";
        auth.session_id = "s1";
        return auth;
      }
      return AuthContext{};
    };
    h.ready = [this] { return ready_.load(); };
    h.log = [this](const std::string& line) {
      std::lock_guard lock(log_mutex_);
      log_.push_back(line);
    };
    h.thread_start = [this] {
      std::lock_guard lock(log_mutex_);
      warmed_.insert(std::this_thread::get_id());
    };
    return h;
  }

  std::vector<std::string> log_lines() {
    std::lock_guard lock(log_mutex_);
    return log_;
  }

  TestClient client() { return TestClient("127.0.0.1", server_->port()); }

  static boost::json::object json(const std::string& body) {
    return boost::json::parse(body).as_object();
  }

  std::unique_ptr<Server> server_;
  std::atomic<bool> ready_{true};
  std::mutex log_mutex_;
  std::vector<std::string> log_;
  std::set<std::thread::id> warmed_;  // guarded by log_mutex_
};

TEST_F(ServerTest, EachWorkerRunsTheThreadStartHookBeforeServing) {
  TestClient c = client();
  EXPECT_EQ(c.get("/api/things/1").status, 200u);
  const auto deadline = std::chrono::steady_clock::now() + 2s;
  std::size_t warmed = 0;
  while (std::chrono::steady_clock::now() < deadline) {
    {
      std::lock_guard lock(log_mutex_);
      warmed = warmed_.size();
    }
    if (warmed == 2) break;
    std::this_thread::sleep_for(10ms);
  }
  EXPECT_EQ(warmed, 2u);  // options.threads, each its own thread
}

TEST_F(ServerTest, KeepsTheConnectionForSeveralRequests) {
  TestClient c = client();
  auto first = c.get("/api/things/1");
  auto second = c.get("/api/things/2");
  EXPECT_EQ(first.status, 200U);
  EXPECT_EQ(second.status, 200U);
  EXPECT_EQ(json(second.body).at("id").as_string(), "2");
  EXPECT_TRUE(second.keep_alive);
  EXPECT_TRUE(c.is_open());
}

TEST_F(ServerTest, OversizeBodyIs413ProblemBeforeReadingIt) {
  TestClient c = client();
  auto r = c.post_json("/api/things", std::string(4096, 'x'));
  EXPECT_EQ(r.status, 413U);
  EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(json(r.body).at("type").as_string(), "https://icity.dev/problems/payload-too-large");
  EXPECT_FALSE(c.is_open());
  auto small = client().post_json("/api/things", R"({"a":1})");
  EXPECT_EQ(small.status, 201U);
  EXPECT_EQ(small.body, R"({"a":1})");
}

TEST_F(ServerTest, HugeBodyStillGetsTheAnswerInsteadOfAReset) {
  TestClient c = client();
  auto r = c.post_json("/api/things", std::string(std::size_t{3} << 20, 'x'));
  EXPECT_EQ(r.status, 413U) << r.error;
}

TEST_F(ServerTest, OversizeChunkedBodyIs413) {
  TestClient c = client();
  std::string chunk(2000, 'x');
  auto r = c.raw(
      "POST /api/things HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
      "Transfer-Encoding: chunked\r\n\r\n7d0\r\n" +
      chunk + "\r\n0\r\n\r\n");
  EXPECT_EQ(r.status, 413U);
}

TEST_F(ServerTest, OversizeHeadersAreRefusedWithAProblem) {
  TestClient c = client();
  auto r = c.get("/api/things/1", {{"X-Big", std::string(20000, 'a')}});
  EXPECT_EQ(r.status, 400U);
  EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
}

TEST_F(ServerTest, UnknownApiPathIs404ProblemAndWrongMethod405) {
  TestClient c = client();
  auto missing = c.get("/api/nothing-here");
  EXPECT_EQ(missing.status, 404U);
  EXPECT_EQ(missing.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(json(missing.body).at("type").as_string(), "https://icity.dev/problems/not-found");
  auto wrong = c.request("DELETE", "/api/things/3");
  EXPECT_EQ(wrong.status, 405U);
  EXPECT_EQ(wrong.header("Allow"), "GET, HEAD");
  EXPECT_TRUE(c.is_open());
}

TEST_F(ServerTest, ErrorsSpeakTheRequestLanguage) {
  TestClient c = client();
  auto zh = c.get("/api/missing", {{"Accept-Language", "zh-CN,zh;q=0.9"}});
  EXPECT_EQ(json(zh.body).at("detail").as_string(), "没有这个东西");
  auto en = c.get("/api/missing", {{"Accept-Language", "en-GB"}});
  EXPECT_EQ(json(en.body).at("detail").as_string(), "no such thing");
}

TEST_F(ServerTest, EchoesOrCreatesTheRequestIdAndLogsIt) {
  TestClient c = client();
  auto given = c.get("/api/things/1", {{"X-Request-Id", "trace-42"}});
  EXPECT_EQ(given.header("X-Request-Id"), "trace-42");
  auto made = c.get("/api/things/1");
  ASSERT_TRUE(made.header("X-Request-Id"));
  EXPECT_EQ(made.header("X-Request-Id")->size(), 16U);

  bool found = false;
  for (const auto& line : log_lines()) {
    auto entry = json(line);
    if (entry.at("request_id").as_string() != "trace-42") continue;
    found = true;
    EXPECT_EQ(entry.at("method").as_string(), "GET");
    EXPECT_EQ(entry.at("path").as_string(), "/api/things/1");
    EXPECT_EQ(entry.at("route").as_string(), "/api/things/{id}");
    EXPECT_EQ(entry.at("status").as_int64(), 200);
    EXPECT_EQ(entry.at("remote").as_string(), "127.0.0.1");
    EXPECT_TRUE(entry.contains("ts") && entry.contains("duration_ms") && entry.contains("bytes"));
    EXPECT_TRUE(entry.at("user_id").is_null()) << "anonymous has no user";
  }
  EXPECT_TRUE(found);

  c.get("/api/things/1", {{"X-Request-Id", "signed-in"}, {"Authorization", "Bearer good"}});
  bool user_logged = false;
  for (const auto& line : log_lines()) {
    auto entry = json(line);
    if (entry.at("request_id").as_string() == "signed-in") {
      user_logged = entry.at("user_id").as_int64() == 7;
    }
  }
  EXPECT_TRUE(user_logged);
}

TEST_F(ServerTest, SecurityHeadersOnEveryAnswer) {
  TestClient c = client();
  for (const char* target : {"/api/things/1", "/api/nothing", "/healthz"}) {
    auto r = c.get(target);
    EXPECT_EQ(r.header("X-Content-Type-Options"), "nosniff") << target;
    EXPECT_EQ(r.header("X-Frame-Options"), "DENY") << target;
    EXPECT_EQ(r.header("Referrer-Policy"), "same-origin") << target;
    auto csp = r.header("Content-Security-Policy");
    ASSERT_TRUE(csp) << target;
    EXPECT_NE(csp->find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_NE(csp->find("default-src 'self'"), std::string::npos);
  }
}

TEST_F(ServerTest, CookieSessionsNeedTheCsrfTokenOnUnsafeMethods) {
  TestClient c = client();
  const test::ClientHeaders cookie = {{"Cookie", "icity_session=s1"}};
  auto refused = c.post_json("/api/things", "{}", cookie);
  EXPECT_EQ(refused.status, 403U);
  EXPECT_EQ(json(refused.body).at("type").as_string(), "https://icity.dev/problems/csrf");
  auto wrong = c.post_json("/api/things", "{}",
                           {{"Cookie", "icity_session=s1"}, {"X-CSRF-Token", "csrf-secreT"}});
  EXPECT_EQ(wrong.status, 403U);
  auto accepted = c.post_json("/api/things", "{}",
                              {{"Cookie", "icity_session=s1"}, {"X-CSRF-Token", "csrf-secret"}});
  EXPECT_EQ(accepted.status, 201U);
  EXPECT_EQ(c.get("/api/things/1", cookie).status, 200U);  // safe methods need no token
}

TEST_F(ServerTest, BearerTokensAndAnonymousRequestsAreNotCsrfChecked) {
  TestClient c = client();
  EXPECT_EQ(c.post_json("/api/things", "{}", {{"Authorization", "Bearer good"}}).status, 201U);
  EXPECT_EQ(c.post_json("/api/things", "{}").status, 201U);
  auto bad = c.post_json("/api/things", "{}", {{"Authorization", "Bearer nope"}});
  EXPECT_EQ(bad.status, 401U);
  EXPECT_EQ(json(bad.body).at("type").as_string(), "https://icity.dev/problems/unauthenticated");
}

TEST_F(ServerTest, NonJsonBodyIs415) {
  TestClient c = client();
  auto r = c.request("POST", "/api/things", "a=1", {{"Content-Type", "text/plain"}});
  EXPECT_EQ(r.status, 415U);
  auto ok =
      c.request("POST", "/api/things", "{}", {{"Content-Type", "Application/JSON; charset=utf-8"}});
  EXPECT_EQ(ok.status, 201U);
}

TEST_F(ServerTest, AnExceptionIsA500ProblemAndTheConnectionLives) {
  TestClient c = client();
  auto r = c.get("/api/boom", {{"X-Request-Id", "boom-1"}});
  EXPECT_EQ(r.status, 500U);
  EXPECT_EQ(r.header("Content-Type"), "application/problem+json");
  EXPECT_EQ(json(r.body).at("detail").as_string().find("handler bug"), std::string::npos)
      << "no internals leak to the client";
  EXPECT_EQ(c.get("/api/things/1").status, 200U);
  bool logged = false;
  for (const auto& line : log_lines()) {
    logged = logged || (line.find("handler bug") != std::string::npos &&
                        line.find("boom-1") != std::string::npos);
  }
  EXPECT_TRUE(logged);
}

TEST_F(ServerTest, HealthReadinessAndMetrics) {
  TestClient c = client();
  auto health = c.get("/healthz");
  EXPECT_EQ(health.status, 200U);
  EXPECT_EQ(health.body, R"({"status":"ok"})");
  EXPECT_EQ(c.get("/readyz").body, R"({"status":"ready"})");
  ready_ = false;
  auto unready = c.get("/readyz");
  EXPECT_EQ(unready.status, 503U);
  EXPECT_EQ(unready.header("Content-Type"), "application/problem+json");
  c.get("/api/nothing");
  auto metrics = c.get("/metrics");
  EXPECT_EQ(metrics.status, 200U);
  EXPECT_EQ(metrics.header("Content-Type")->rfind("text/plain; version=0.0.4", 0), 0U);
  EXPECT_NE(metrics.body.find(
                R"(icity_http_requests_total{route="/healthz",method="GET",status="200"} 1)"),
            std::string::npos);
  EXPECT_NE(metrics.body.find(R"(route="unmatched",method="GET",status="404"} 1)"),
            std::string::npos);
  EXPECT_NE(metrics.body.find("icity_http_requests_in_flight 1"), std::string::npos);
}

TEST_F(ServerTest, HeadAnswersHeadersOnly) {
  TestClient c = client();
  auto r = c.request("HEAD", "/api/things/5");
  EXPECT_EQ(r.status, 200U);
  EXPECT_TRUE(r.body.empty());
  EXPECT_EQ(r.header("Content-Length"), "10");
  EXPECT_EQ(c.get("/api/things/5").status, 200U);
}

TEST_F(ServerTest, BuiltInRoutesAreListed) {
  bool has_metrics = false;
  for (const auto& route : server_->routes()) {
    has_metrics = has_metrics || (route.method == "GET" && route.pattern == "/metrics");
  }
  EXPECT_TRUE(has_metrics);
}

TEST_F(ServerTest, GracefulStopFinishesTheRequestInFlight) {
  TestClient idle = client();
  EXPECT_EQ(idle.get("/healthz").status, 200U);
  auto slow = std::async(std::launch::async, [this] {
    TestClient c("127.0.0.1", server_->port());
    return c.get("/api/slow");
  });
  std::this_thread::sleep_for(200ms);
  const auto before = std::chrono::steady_clock::now();
  server_->stop();
  const auto took = std::chrono::steady_clock::now() - before;

  auto answer = slow.get();
  EXPECT_EQ(answer.status, 200U);
  EXPECT_EQ(answer.body, R"({"slow":true})");
  EXPECT_FALSE(answer.keep_alive) << "answered with Connection: close";
  EXPECT_LT(took, 3s) << "idle keep-alive connections do not hold the stop";
  EXPECT_EQ(idle.get("/healthz").status, 0U) << "the idle connection was closed";
  EXPECT_THROW(TestClient("127.0.0.1", server_->port(), 1s), std::exception);
}

}  // namespace
}  // namespace icity::http
