// Delegation itineraries over HTTP on both databases, on the demo world: the
// Aichi delegation's days among the seed's sites, within each site's opening
// hours, with lunch, its interest (heritage) leading to Guanlan Print
// Village; staff pin and drop and re-plan; a must-visit closed on the day is
// reported; bad requests are named field by field.
#include <map>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Itineraries : public NodeTest {
 protected:
  bool with_demo_world() const override { return true; }
  void SetUp() override {
    NodeTest::SetUp();
    auto list = as(staff()).get("/api/delegations?q=Aichi");
    ASSERT_EQ(list.status, 200u);
    aichi_ = list.obj().at("items").as_array().at(0).at("id").as_int64();
    const auto sites = as(staff()).get("/api/sites");  // kept: the loop reads into it
    for (const auto& s : sites.obj().at("items").as_array()) {
      sites_[std::string(s.at("organisation").at("name").at("en").as_string())] = s.as_object();
    }
  }
  std::string path() const { return "/api/delegations/" + std::to_string(aichi_) + "/itinerary"; }
  std::int64_t site(const std::string& name) {
    return sites_.at(name).at("organisation_id").as_int64();
  }
  // Every visit within its site's opening hours that weekday, and done before they close.
  void expect_feasible(const json::object& plan) {
    for (const auto& day : plan.at("days").as_array()) {
      const auto weekday = day.at("weekday").as_int64();
      std::string last_end = "09:00";
      for (const auto& v : day.at("visits").as_array()) {
        const auto& s = sites_.at(std::string(v.at("site").at("name").at("en").as_string()));
        const std::string start(v.at("start").as_string()), end(v.at("end").as_string());
        EXPECT_GE(start, last_end);
        last_end = end;
        bool open = false;
        for (const auto& h : s.at("opening_hours").as_array()) {
          open |= h.at("weekday").as_int64() == weekday && start >= h.at("opens").as_string() &&
                  end <= h.at("closes").as_string();
        }
        EXPECT_TRUE(open) << v.at("site").at("name").at("en").as_string() << " " << start << " on "
                          << weekday;
      }
      if (!day.at("lunch").is_null()) {
        EXPECT_GE(day.at("lunch").at("start").as_string(), "11:30");
        EXPECT_LE(day.at("lunch").at("start").as_string(), "13:30");
      }
      EXPECT_LE(day.at("return_at").as_string(), "18:00");
    }
  }
  std::int64_t aichi_ = 0;
  std::map<std::string, json::object> sites_;
};

std::vector<std::string> visited(const json::object& plan, std::size_t day) {
  std::vector<std::string> out;
  for (const auto& v : plan.at("days").as_array().at(day).at("visits").as_array()) {
    out.emplace_back(v.at("site").at("name").at("en").as_string());
  }
  return out;
}

bool has(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

TEST_P(Itineraries, TheDelegationSeesWhatInterestsItWhenItIsOpen) {
  auto plan = as(staff()).post(path(), json::object{{"days", {"2023-06-06", "2023-06-07"}}});
  ASSERT_EQ(plan.status, 200u) << plan.raw.body;
  const auto& p = plan.obj();
  ASSERT_EQ(p.at("days").as_array().size(), 2u);
  EXPECT_EQ(p.at("days").as_array()[0].at("weekday").as_int64(), 2);  // a Tuesday
  expect_feasible(p);
  auto both = visited(p, 0);
  for (const auto& name : visited(p, 1)) both.push_back(name);
  EXPECT_TRUE(has(both, "Guanlan Print Village"))
      << plan.raw.body;  // heritage: what Aichi came for
  EXPECT_GE(both.size(), 4u);
  std::sort(both.begin(), both.end());
  EXPECT_EQ(std::adjacent_find(both.begin(), both.end()), both.end());  // no site twice
  // The last plan is kept.
  auto last = as(staff()).get(path());
  ASSERT_EQ(last.status, 200u);
  EXPECT_EQ(last.obj().at("score"), p.at("score"));
  EXPECT_EQ(anonymous().get(path()).status, 401u);
}

TEST_P(Itineraries, StaffPinAndDropAndReplan) {
  auto plan = as(staff()).post(
      path(),
      json::object{{"days", {"2023-06-06", "2023-06-07"}},
                   {"pinned", json::array{{{"site_id", site("Huawei Technologies Co., Ltd.")},
                                           {"day", "2023-06-07"}}}},
                   {"dropped", json::array{site("Guanlan Print Village")}}});
  ASSERT_EQ(plan.status, 200u) << plan.raw.body;
  expect_feasible(plan.obj());
  EXPECT_TRUE(has(visited(plan.obj(), 1), "Huawei Technologies Co., Ltd."));
  EXPECT_FALSE(has(visited(plan.obj(), 0), "Guanlan Print Village"));
  EXPECT_FALSE(has(visited(plan.obj(), 1), "Guanlan Print Village"));
  EXPECT_EQ(plan.obj().at("request").at("pinned").as_array().size(), 1u);

  // On a Sunday the energy park is closed: a must-visit that cannot be placed is said.
  auto sunday = as(staff()).post(
      path(), json::object{{"days", {"2023-06-11"}},
                           {"must_visit", json::array{site("Nanshan Energy Ecological Park")}}});
  ASSERT_EQ(sunday.status, 200u) << sunday.raw.body;
  const auto& unplaced = sunday.obj().at("unplaced_must_visits").as_array();
  ASSERT_EQ(unplaced.size(), 1u);
  EXPECT_EQ(unplaced[0].at("name").at("en").as_string(), "Nanshan Energy Ecological Park");
}

TEST_P(Itineraries, BadRequestsAreNamedFieldByField) {
  auto bad = as(staff()).post(
      path(), json::object{{"days", {"2023-06-06", "2023-02-30"}},
                           {"day_start", "9am"},
                           {"lunch", {{"minutes", 5}}},
                           {"pinned", json::array{{{"site_id", 1}, {"day", "2023-06-09"}}}},
                           {"time_limit_ms", 0}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  auto fields = bad.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"day_start", "days[1]", "lunch.minutes",
                                              "pinned[0].day", "time_limit_ms"}));
  auto not_sites = as(staff()).post(path(), json::object{{"days", {"2023-06-06"}},
                                                         {"sites", json::array{999999}},
                                                         {"must_visit", json::array{999998}}});
  fields = not_sites.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"must_visit[0]", "sites[0]"}));
  EXPECT_EQ(as(staff()).post("/api/delegations/999999/itinerary", json::object{}).status, 404u);
}

ICITY_ON_EVERY_DATABASE(Itineraries);

}  // namespace
}  // namespace icity::testing
