// A cooperation project's owner is told in the app (over HTTP, on both databases) when
// someone else hands the project to them or moves it on, with the note given; their own
// moves tell nobody.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class ProjectNotices : public NodeTest {
 protected:
  // The staff user's notifications, newest first: kind and English title.
  std::vector<std::pair<std::string, std::string>> notices() {
    std::vector<std::pair<std::string, std::string>> out;
    auto r = as(staff()).get("/api/notifications");
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    if (r.status != 200) return out;
    for (const auto& n : r.obj().at("items").as_array()) {
      out.emplace_back(n.at("kind").as_string(), n.at("title").at("en").as_string());
    }
    return out;
  }
};

TEST_P(ProjectNotices, TheOwnerHearsWhenSomeoneElseHandsOverOrMovesTheProject) {
  auto b = json::object{{"title", {{"zh", "海港灯光"}, {"en", "Harbour lights"}}},
                        {"parties", json::array{json::object{{"organisation_id", partner_org_id()},
                                                             {"role", "lead"}}}}};
  b["owner_id"] = staff().user.id;
  auto created = as(admin()).post("/api/projects", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = std::to_string(created.obj().at("id").as_int64());
  auto heard = notices();
  ASSERT_EQ(heard.size(), 1u);
  EXPECT_EQ(heard[0].first, "project.owner");
  EXPECT_EQ(heard[0].second, "A project for you to lead: Harbour lights");

  auto moved = as(admin()).post(
      "/api/projects/" + id + "/transitions",
      json::object{{"to", "negotiating"}, {"note", {{"en", "Both sides agreed to talk"}}}});
  ASSERT_EQ(moved.status, 200u) << moved.raw.body;
  heard = notices();
  ASSERT_EQ(heard.size(), 2u);
  EXPECT_EQ(heard[0].first, "project.stage");  // newest first
  EXPECT_EQ(heard[0].second, "Project now negotiating: Harbour lights");
  auto r = as(staff()).get("/api/notifications");
  const auto& newest = r.obj().at("items").at(0);
  EXPECT_NE(std::string(newest.at("body").at("en").as_string()).find("Both sides agreed"),
            std::string::npos);
  EXPECT_EQ(newest.at("link").as_string(), "/projects/" + id);

  // The owner's own move tells nobody.
  ASSERT_EQ(as(staff())
                .post("/api/projects/" + id + "/transitions",
                      json::object{{"to", "dropped"}, {"reason", {{"en", "No budget"}}}})
                .status,
            200u);
  EXPECT_EQ(notices().size(), 2u);
}

ICITY_ON_EVERY_DATABASE(ProjectNotices);

}  // namespace
}  // namespace icity::testing
