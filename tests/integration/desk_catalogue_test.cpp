// The service desk's catalogue over HTTP on both databases: teams and services
// as admins keep them (and nobody else may), what the public sees, bad input
// named field by field, stale versions, the staff list and the holiday calendar.
#include <algorithm>

#include "desk_fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Catalogue : public DeskTest {};

TEST_P(Catalogue, AdminsKeepTeamsAndServicesThePublicReadsTheActiveOnes) {
  auto teams = as(staff()).get("/api/teams");
  ASSERT_EQ(teams.status, 200u) << teams.raw.body;
  const auto& team = teams.obj().at("items").as_array().at(0).as_object();
  EXPECT_EQ(team.at("key").as_string(), "investment");
  EXPECT_EQ(team.at("name").at("en").as_string(), "Investment services");
  EXPECT_EQ(team.at("members").as_array().at(0).at("id").as_int64(), staff().user.id);
  EXPECT_EQ(as(partner()).get("/api/teams").status, 403u);
  EXPECT_EQ(anonymous().get("/api/teams").status, 401u);

  // The public reads the catalogue, in order, with targets and teams.
  auto services = anonymous().get("/api/services");
  ASSERT_EQ(services.status, 200u) << services.raw.body;
  const auto& items = services.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 2u);
  const auto& first = items.at(0).as_object();
  EXPECT_EQ(first.at("name").at("zh").as_string(), "外商投资企业注册");
  EXPECT_EQ(first.at("target_hours").as_int64(), 16);
  EXPECT_EQ(first.at("team").at("key").as_string(), "investment");

  // Only admins write; a stale version is a conflict.
  const auto path = "/api/services/" + std::to_string(service_id_);
  EXPECT_EQ(as(staff()).patch(path, json::object{{"version", 1}, {"target_hours", 8}}).status,
            403u);
  auto patched = as(admin()).patch(
      path, json::object{{"version", 1}, {"target_hours", 24}, {"active", false}, {"position", 5}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(patched.obj().at("version").as_int64(), 2);
  EXPECT_EQ(as(admin()).patch(path, json::object{{"version", 1}, {"target_hours", 8}}).status,
            409u);

  // An inactive service leaves the public catalogue; admins still see it.
  EXPECT_EQ(anonymous().get("/api/services").obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(anonymous().get(path).status, 404u);
  EXPECT_EQ(as(admin()).get("/api/services?all=true").obj().at("items").as_array().size(), 2u);
  EXPECT_EQ(as(staff()).get("/api/services?all=true").status, 403u);

  // Both writes are in the audit trail.
  auto trail =
      as(admin()).get("/api/audit?entity=desk_service&entity_id=" + std::to_string(service_id_));
  ASSERT_EQ(trail.obj().at("items").as_array().size(), 2u) << trail.raw.body;
}

TEST_P(Catalogue, BadServicesAndTeamsNameEachField) {
  auto r = as(admin()).post("/api/services", json::object{{"key", "Bad Key"},
                                                          {"name", json::object{}},
                                                          {"team_id", 999999},
                                                          {"target_hours", 0},
                                                          {"colour", "red"}});
  ASSERT_EQ(r.status, 422u) << r.raw.body;
  auto fields = r.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"colour", "key", "name", "target_hours", "team_id"}));

  // A key is unique; members are staff.
  auto again = as(admin()).post("/api/services", json::object{{"key", "visa-letter"},
                                                              {"name", {{"en", "Another"}}},
                                                              {"team_id", team_id_},
                                                              {"target_hours", 4}});
  EXPECT_EQ(again.error_fields(), std::vector<std::string>{"key"}) << again.raw.body;
  auto team =
      as(admin()).post("/api/teams", json::object{{"key", "legal"},
                                                  {"name", {{"zh", "法律咨询组"}}},
                                                  {"members", json::array{partner().user.id}}});
  EXPECT_EQ(team.error_fields(), std::vector<std::string>{"members[0]"}) << team.raw.body;
}

TEST_P(Catalogue, StaffListAndMembersOfTeams) {
  auto legal = as(admin()).post(
      "/api/teams", json::object{{"key", "legal"},
                                 {"name", {{"zh", "法律咨询组"}, {"en", "Legal advice"}}},
                                 {"members", json::array{admin().user.id, staff().user.id}}});
  ASSERT_EQ(legal.status, 201u) << legal.raw.body;
  auto users = as(staff()).get("/api/users?role=staff");
  ASSERT_EQ(users.status, 200u) << users.raw.body;
  const auto& list = users.obj().at("items").as_array();
  ASSERT_EQ(list.size(), 2u);  // admin and staff; never the partner
  for (const auto& u : list) {
    const auto teams = u.at("teams").as_array().size();
    EXPECT_EQ(teams, u.at("id").as_int64() == staff().user.id ? 2u : 1u);
  }
  EXPECT_EQ(as(partner()).get("/api/users?role=staff").status, 403u);
  // Members are replaced as a whole.
  const auto path = "/api/teams/" + std::to_string(legal.obj().at("id").as_int64());
  auto r = as(admin()).patch(path, json::object{{"version", 1}, {"members", json::array{}}});
  ASSERT_EQ(r.status, 200u) << r.raw.body;
  EXPECT_TRUE(r.obj().at("members").as_array().empty());
}

TEST_P(Catalogue, TheHolidayCalendarOfAYear) {
  auto r = anonymous().get("/api/desk/calendar?year=2024");
  ASSERT_EQ(r.status, 200u) << r.raw.body;
  EXPECT_TRUE(r.obj().at("covered").as_bool());
  const auto& days = r.obj().at("working_days").as_array();
  EXPECT_NE(std::find(days.begin(), days.end(), json::value("2024-02-04")), days.end());
  bool spring = false;
  for (const auto& h : r.obj().at("holidays").as_array()) {
    spring |= h.at("from").as_string() == "2024-02-10" && h.at("to").as_string() == "2024-02-17";
  }
  EXPECT_TRUE(spring) << r.raw.body;
  EXPECT_FALSE(anonymous().get("/api/desk/calendar?year=2031").obj().at("covered").as_bool());
  EXPECT_EQ(anonymous().get("/api/desk/calendar?year=twenty").status, 422u);
}

ICITY_ON_EVERY_DATABASE(Catalogue);

}  // namespace
}  // namespace icity::testing
