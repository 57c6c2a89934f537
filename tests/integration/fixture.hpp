// A whole icity node for a test: the real App on a fresh database (SQLite file
// or a new PostgreSQL database), the real server on an ephemeral loopback
// port, and signed-in users of each role. Parameterised over the databases.
//
//   class Organisations : public icity::testing::NodeTest {};
//   TEST_P(Organisations, ...) { auto r = as(admin()).post("/api/organisations", body); }
//   ICITY_ON_EVERY_DATABASE(Organisations);
#pragma once

#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <memory>
#include <string>

#include "app/app.hpp"
#include "http/server.hpp"
#include "support/test_db.hpp"
#include "test_client.hpp"

namespace icity::testing {

// A signed-in browser session (cookie + CSRF token) or a bearer token.
struct Identity {
  std::string cookie;  // "icity_session=..."
  std::string csrf;
  std::string bearer;
  core::User user;
};

struct Answer {
  unsigned status = 0;
  boost::json::value json;  // null when the body is not JSON
  test::ClientResponse raw;
  const boost::json::object& obj() const { return json.as_object(); }
  // Field names listed in a problem's "errors".
  std::vector<std::string> error_fields() const;
  bool is_problem() const;
};

// Sends requests with an identity's credentials (CSRF header included).
class Caller {
 public:
  Caller(unsigned short port, const Identity* who) : port_(port), who_(who) {}
  Answer get(const std::string& target);
  Answer post(const std::string& target, const boost::json::value& body);
  Answer patch(const std::string& target, const boost::json::value& body);
  Answer del(const std::string& target);
  Answer send(const std::string& method, const std::string& target, const std::string& body,
              test::ClientHeaders extra = {});

 private:
  unsigned short port_;
  const Identity* who_;
};

class NodeTest : public ::testing::TestWithParam<Db> {
 protected:
  static constexpr const char* kPassword = "correct horse 2024";
  void SetUp() override;
  void TearDown() override;
  // true: the demo world is loaded before the fixture's own records.
  virtual bool with_demo_world() const { return false; }
  // The service desk's settings: by default no intake limit a test would reach.
  virtual app::DeskConfig desk_config() const {
    app::DeskConfig c;
    c.intakes_per_window = 1000000;
    return c;
  }

  app::App& app() { return *app_; }
  unsigned short port() const { return server_->port(); }
  // Users created in SetUp; `partner()` belongs to partner_org_id().
  const Identity& admin() const { return admin_; }
  const Identity& staff() const { return staff_; }
  const Identity& partner() const { return partner_; }
  core::Id partner_org_id() const { return partner_org_; }
  core::Id other_org_id() const { return other_org_; }
  Caller as(const Identity& who) { return Caller(port(), &who); }
  Caller anonymous() { return Caller(port(), nullptr); }
  // Signs in through the API and returns the browser session.
  Identity login(const std::string& email, const std::string& password = kPassword);
  Identity bearer_for(const Identity& session);
  // A valid organisation body to start from.
  static boost::json::object org_body(const std::string& zh, const std::string& en = "");

 private:
  std::unique_ptr<app::App> app_;
  std::unique_ptr<http::Server> server_;
  Identity admin_, staff_, partner_;
  core::Id partner_org_ = 0, other_org_ = 0;
};

}  // namespace icity::testing

#define ICITY_ON_EVERY_DATABASE(Suite)                                                          \
  INSTANTIATE_TEST_SUITE_P(Databases, Suite, ::testing::ValuesIn(::icity::testing::backends()), \
                           [](const auto& test) { return ::icity::testing::name_of(test.param); })
