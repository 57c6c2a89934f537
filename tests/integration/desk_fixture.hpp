// A node with a service desk: a team (the staff user in it) and two services,
// made by the admin through the API, and a helper that opens a case as the
// public does.
#pragma once

#include <string>

#include "fixture.hpp"

namespace icity::testing {

struct OpenedCase {
  std::int64_t id = 0;
  std::string key;
  std::string number;
  std::string path() const { return "/api/cases/" + std::to_string(id); }
  std::string keyed(const std::string& what = "public") const {
    return path() + "/" + what + "?key=" + key;
  }
};

class DeskTest : public NodeTest {
 protected:
  void SetUp() override {
    NodeTest::SetUp();
    if (HasFatalFailure()) return;
    auto team = as(admin()).post(
        "/api/teams",
        boost::json::object{{"key", "investment"},
                            {"name", {{"zh", "投资服务组"}, {"en", "Investment services"}}},
                            {"members", boost::json::array{staff().user.id}}});
    ASSERT_EQ(team.status, 201u) << team.raw.body;
    team_id_ = team.obj().at("id").as_int64();
    service_id_ = add_service("company-registration", "外商投资企业注册",
                              "Company registration for foreign investors", 16);
    quick_service_id_ = add_service("visa-letter", "签证邀请函", "Visa invitation letter", 1);
  }

  std::int64_t add_service(const std::string& key, const std::string& zh, const std::string& en,
                           int hours) {
    auto r =
        as(admin()).post("/api/services", boost::json::object{{"key", key},
                                                              {"name", {{"zh", zh}, {"en", en}}},
                                                              {"team_id", team_id_},
                                                              {"target_hours", hours}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }

  boost::json::object intake_body(const std::string& name = "Anna Schmidt",
                                  std::int64_t service = 0) const {
    return {{"service_id", service ? service : service_id_},
            {"contact", {{"name", name}, {"email", "anna@example.de"}, {"country", "DE"}}},
            {"language", "en"},
            {"subject", "Opening a WFOE in Longhua"},
            {"description", "We plan a design studio in Longhua and need to register it."}};
  }

  OpenedCase open_case(const boost::json::object& body) {
    auto r = anonymous().post("/api/cases", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    OpenedCase c;
    if (r.status != 201) return c;
    c.id = r.obj().at("id").as_int64();
    c.key = std::string(r.obj().at("key").as_string());
    c.number = std::string(r.obj().at("number").as_string());
    return c;
  }
  OpenedCase open_case() { return open_case(intake_body()); }

  Answer move(const OpenedCase& c, boost::json::object body) {
    return as(staff()).post(c.path() + "/transitions", body);
  }
  Answer move(const OpenedCase& c, const std::string& to) {
    return move(c, boost::json::object{{"to", to}});
  }
  std::string status_of(const OpenedCase& c) {
    auto r = as(staff()).get(c.path());
    return r.status == 200 ? std::string(r.obj().at("status").as_string()) : "";
  }

  std::int64_t team_id_ = 0, service_id_ = 0, quick_service_id_ = 0;
};

}  // namespace icity::testing
