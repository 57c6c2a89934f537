// Cooperation projects over HTTP on both databases: the whole pipeline with its
// history, dropping with a reason and reviving, illegal moves (409 with the
// reason), stale versions, what partners may read and not write, the list's
// filters and sorts, the kanban board, bad input naming each field, links that
// must exist, and the audit trail.
#include <algorithm>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;
using V = std::vector<std::string>;

class Projects : public NodeTest {
 protected:
  void SetUp() override {
    NodeTest::SetUp();
    if (HasFatalFailure()) return;
    auto third = as(staff()).post("/api/organisations", org_body("第三方", "Third Party Ltd"));
    ASSERT_EQ(third.status, 201u) << third.raw.body;
    third_org_ = third.obj().at("id").as_int64();
    app::NewUser u;
    u.email = "stranger@test.icity";
    u.role = core::Role::kPartner;
    u.password = kPassword;
    u.organisation_id = third_org_;
    ASSERT_TRUE(app().auth().add_user(u, app::system_context("test")));
    stranger_ = login(u.email);
  }

  static std::string path(std::int64_t id) { return "/api/projects/" + std::to_string(id); }
  json::object body(const std::string& en) const {
    return {{"title", {{"zh", "项目 " + en}, {"en", en}}},
            {"parties",
             json::array{json::object{{"organisation_id", partner_org_id()}, {"role", "lead"}},
                         json::object{{"organisation_id", other_org_id()}, {"role", "partner"}}}}};
  }
  std::int64_t create(json::object b) {
    auto r = as(staff()).post("/api/projects", b);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  Answer move(std::int64_t id, json::object b, const Identity* who = nullptr) {
    return as(who ? *who : staff()).post(path(id) + "/transitions", b);
  }
  static V strings(const json::value& v) {
    V out;
    for (const auto& s : v.as_array()) out.emplace_back(s.as_string());
    return out;
  }
  static V history(const Answer& a) {
    V out;
    for (const auto& s : a.obj().at("history").as_array())
      out.emplace_back(s.at("stage").as_string());
    return out;
  }
  // The ids a list answers, in order.
  std::vector<std::int64_t> ids(const std::string& query, const Identity* who = nullptr) {
    auto r = as(who ? *who : staff()).get("/api/projects" + query);
    EXPECT_EQ(r.status, 200u) << query << ": " << r.raw.body;
    std::vector<std::int64_t> out;
    if (r.status != 200) return out;
    for (const auto& p : r.obj().at("items").as_array()) out.push_back(p.at("id").as_int64());
    return out;
  }

  Identity stranger_;
  core::Id third_org_ = 0;
};

TEST_P(Projects, ThePipelineFromReserveToCompletedKeepsItsHistory) {
  auto b = body("Longhua pilot");
  b["summary"] = json::object{{"en", "A pilot"}};
  b["sectors"] = json::array{"7540"};
  b["sdgs"] = json::array{9, 11};
  b["district"] = json::object{{"zh", "龙华区"}, {"en", "Longhua District"}};
  b["estimated_value_cny"] = 2500000;
  b["next_action"] = json::object{{"en", "Send the work plan"}};
  b["next_action_due"] = "2030-01-15";
  b["owner_id"] = staff().user.id;
  b["note"] = json::object{{"en", "Heard at the camp"}};
  auto created = as(staff()).post("/api/projects", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& p = created.obj();
  const auto id = p.at("id").as_int64();
  EXPECT_EQ(p.at("stage").as_string(), "reserve");
  EXPECT_EQ(p.at("version").as_int64(), 1);
  EXPECT_EQ(p.at("parties").at(0).at("name").at("en").as_string(), "iMakerbase");
  EXPECT_EQ(p.at("parties").at(0).at("role").as_string(), "lead");
  EXPECT_EQ(p.at("parties").at(1).at("organisation_id").as_int64(), other_org_id());
  EXPECT_EQ(strings(p.at("sectors")), V{"7540"});
  EXPECT_EQ(p.at("sdgs").as_array().size(), 2u);
  EXPECT_EQ(p.at("district").at("zh").as_string(), "龙华区");
  EXPECT_EQ(p.at("estimated_value_cny").as_int64(), 2500000);
  EXPECT_EQ(p.at("next_action_due").as_string(), "2030-01-15");
  EXPECT_EQ(p.at("owner_id").as_int64(), staff().user.id);
  EXPECT_TRUE(p.at("drop_reason").is_null());
  EXPECT_EQ(strings(p.at("moves")), (V{"negotiating", "dropped"}));
  ASSERT_EQ(history(created), V{"reserve"});
  EXPECT_EQ(p.at("history").at(0).at("actor").as_string(), "staff@test.icity");
  EXPECT_EQ(p.at("history").at(0).at("note").at("en").as_string(), "Heard at the camp");

  ASSERT_EQ(move(id, {{"to", "negotiating"}, {"note", {{"zh", "第一次会谈"}}}}).status, 200u);
  auto signed_ = move(id, {{"to", "agreement_signed"}, {"version", 2}});
  ASSERT_EQ(signed_.status, 200u) << signed_.raw.body;
  ASSERT_EQ(move(id, {{"to", "implementing"}}).status, 200u);
  auto done = move(id, {{"to", "completed"}, {"note", {{"en", "Delivered"}}}});
  ASSERT_EQ(done.status, 200u) << done.raw.body;
  EXPECT_EQ(done.obj().at("stage").as_string(), "completed");
  EXPECT_EQ(done.obj().at("version").as_int64(), 5);
  EXPECT_EQ(strings(done.obj().at("moves")), V{});
  EXPECT_EQ(history(done),
            (V{"reserve", "negotiating", "agreement_signed", "implementing", "completed"}));
  EXPECT_EQ(done.obj().at("history").at(1).at("note").at("zh").as_string(), "第一次会谈");
  // The record kept its fields through the moves.
  EXPECT_EQ(done.obj().at("estimated_value_cny").as_int64(), 2500000);
  EXPECT_EQ(done.obj().at("parties").as_array().size(), 2u);

  auto trail = as(admin()).get("/api/audit?entity=project&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  const auto& rows = trail.obj().at("items").as_array();
  ASSERT_EQ(rows.size(), 5u) << trail.raw.body;
  EXPECT_EQ(rows[0].at("action").as_string(), "transition:completed");
  EXPECT_EQ(rows[0].at("before").at("stage").as_string(), "implementing");
  EXPECT_EQ(rows[0].at("after").at("stage").as_string(), "completed");
  EXPECT_EQ(rows[4].at("action").as_string(), "create");
  bool logged = false;
  for (const auto& c : app().db().changes_since(0, 100000)) logged |= c.entity == "project";
  EXPECT_TRUE(logged);
}

TEST_P(Projects, DroppingNeedsAReasonAndARevivalStartsAgainInReserve) {
  const auto id = create(body("Dropped one"));
  ASSERT_EQ(move(id, {{"to", "negotiating"}}).status, 200u);
  auto silent = move(id, {{"to", "dropped"}});
  ASSERT_EQ(silent.status, 422u) << silent.raw.body;
  EXPECT_EQ(silent.error_fields(), V{"reason"});
  auto dropped =
      move(id, {{"to", "dropped"}, {"reason", {{"zh", "预算取消"}, {"en", "No budget"}}}});
  ASSERT_EQ(dropped.status, 200u) << dropped.raw.body;
  EXPECT_EQ(dropped.obj().at("drop_reason").at("en").as_string(), "No budget");
  EXPECT_EQ(strings(dropped.obj().at("moves")), V{"reserve"});
  EXPECT_EQ(dropped.obj().at("history").at(2).at("note").at("zh").as_string(), "预算取消");
  auto revived = move(id, {{"to", "reserve"}, {"note", {{"en", "Budget found"}}}});
  ASSERT_EQ(revived.status, 200u) << revived.raw.body;
  EXPECT_TRUE(revived.obj().at("drop_reason").is_null());
  EXPECT_EQ(history(revived), (V{"reserve", "negotiating", "dropped", "reserve"}));
  // Talks may pause: negotiating goes back to reserve.
  ASSERT_EQ(move(id, {{"to", "negotiating"}}).status, 200u);
  EXPECT_EQ(move(id, {{"to", "reserve"}}).status, 200u);
}

TEST_P(Projects, IllegalMovesAndStaleVersionsAreConflicts) {
  const auto id = create(body("Skipper"));
  auto skip = move(id, {{"to", "implementing"}});
  ASSERT_EQ(skip.status, 409u) << skip.raw.body;
  EXPECT_TRUE(skip.is_problem());
  const std::string detail(skip.obj().at("detail").as_string());
  EXPECT_TRUE(detail.find("跳过") != std::string::npos ||
              detail.find("skipped") != std::string::npos)
      << skip.raw.body;
  EXPECT_EQ(move(id, {{"to", "reserve"}}).status, 409u);
  EXPECT_EQ(move(id, {{"to", "negotiating"}, {"version", 7}}).status, 409u);
  auto patch_stale =
      as(staff()).patch(path(id), json::object{{"version", 9}, {"district", {{"en", "Futian"}}}});
  EXPECT_EQ(patch_stale.status, 409u) << patch_stale.raw.body;
  auto patched = as(staff()).patch(
      path(id),
      json::object{{"version", 1}, {"district", {{"zh", "福田区"}, {"en", "Futian District"}}}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(patched.obj().at("version").as_int64(), 2);
  EXPECT_EQ(patched.obj().at("district").at("en").as_string(), "Futian District");
  EXPECT_EQ(as(staff()).patch(path(id), json::object{{"version", 1}}).status, 409u);
  // The stage read may be echoed; another one is refused (it is a move).
  EXPECT_EQ(as(staff())
                .patch(path(id), json::object{{"version", 2}, {"stage", "completed"}})
                .error_fields(),
            V{"stage"});
  ASSERT_EQ(move(id, {{"to", "negotiating"}}).status, 200u);
  ASSERT_EQ(move(id, {{"to", "agreement_signed"}}).status, 200u);
  ASSERT_EQ(move(id, {{"to", "implementing"}}).status, 200u);
  ASSERT_EQ(move(id, {{"to", "completed"}}).status, 200u);
  auto final_ = move(id, {{"to", "dropped"}, {"reason", {{"en", "too late"}}}});
  EXPECT_EQ(final_.status, 409u) << final_.raw.body;
  // Nothing was written by the refusals; the PATCH is audited.
  EXPECT_EQ(as(staff()).get(path(id)).obj().at("version").as_int64(), 6);
  auto trail = as(admin()).get("/api/audit?entity=project&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  EXPECT_EQ(trail.obj().at("items").as_array().size(), 6u);
}

TEST_P(Projects, PartnersReadOnlyTheirOwnAndWriteNothing) {
  const auto id = create(body("Shared"));
  const auto other = create(json::object{{"title", {{"en", "Not theirs"}}}});
  EXPECT_EQ(as(partner()).get(path(id)).status, 200u);
  EXPECT_EQ(as(partner()).get(path(other)).status, 404u);
  EXPECT_EQ(ids("", &partner()), std::vector<std::int64_t>{id});
  EXPECT_EQ(as(stranger_).get(path(id)).status, 404u);
  EXPECT_EQ(ids("", &stranger_), std::vector<std::int64_t>{});
  EXPECT_EQ(as(partner()).post("/api/projects", body("Mine")).status, 403u);
  EXPECT_EQ(as(partner()).patch(path(id), json::object{{"version", 1}}).status, 403u);
  EXPECT_EQ(move(id, {{"to", "negotiating"}}, &partner()).status, 403u);
  EXPECT_EQ(anonymous().get("/api/projects").status, 401u);
  EXPECT_EQ(anonymous().get(path(id)).status, 401u);
  EXPECT_EQ(anonymous().get("/api/projects/board").status, 401u);
  // The board shows a partner its own only, and no card may be moved.
  auto board = as(partner()).get("/api/projects/board");
  ASSERT_EQ(board.status, 200u) << board.raw.body;
  EXPECT_EQ(board.obj().at("items").at(0).at("count").as_int64(), 1);
  EXPECT_EQ(strings(board.obj().at("items").at(0).at("moves")), V{});
}

TEST_P(Projects, TheListFiltersAndSorts) {
  auto a = body("Alpha water");
  a["district"] = json::object{{"zh", "龙华区"}, {"en", "Longhua District"}};
  a["sdgs"] = json::array{6};
  a["sectors"] = json::array{"7540"};
  a["estimated_value_cny"] = 100;
  a["next_action"] = json::object{{"en", "Call"}};
  a["next_action_due"] = "2020-01-01";  // overdue
  a["owner_id"] = staff().user.id;
  const auto alpha = create(a);
  auto b = json::object{
      {"title", {{"en", "Beta energy"}}},
      {"parties", json::array{json::object{{"organisation_id", third_org_}, {"role", "funder"}}}},
      {"district", {{"zh", "坪山区"}}},
      {"sdgs", json::array{7, 13}},
      {"sectors", json::array{"3612"}},
      {"estimated_value_cny", 5000},
      {"next_action", {{"en", "Visit"}}},
      {"next_action_due", "2099-01-01"}};
  const auto beta = create(b);
  const auto gamma = create(json::object{{"title", {{"zh", "丙 项目"}}}});
  ASSERT_EQ(move(beta, {{"to", "negotiating"}}).status, 200u);
  using I = std::vector<std::int64_t>;
  EXPECT_EQ(ids("?stage=negotiating"), I{beta});
  EXPECT_EQ(ids("?district=%E9%BE%99%E5%8D%8E"), I{alpha});  // 龙华
  EXPECT_EQ(ids("?district=Longhua"), I{alpha});
  EXPECT_EQ(ids("?sdg=13"), I{beta});
  EXPECT_EQ(ids("?sector=36"), I{beta});  // a code prefix
  EXPECT_EQ(ids("?organisation_id=" + std::to_string(third_org_)), I{beta});
  EXPECT_EQ(ids("?owner=" + std::to_string(staff().user.id)), I{alpha});
  EXPECT_EQ(ids("?q=energy"), I{beta});
  EXPECT_EQ(ids("?overdue_action=true"), I{alpha});
  EXPECT_EQ(ids("?sort=value"), (I{beta, alpha, gamma}));  // not estimated: last
  EXPECT_EQ(ids("?sort=due"), (I{alpha, beta, gamma}));    // no due date: last
  EXPECT_EQ(ids("?sort=updated"), (I{beta, gamma, alpha}));
  // Pages follow the order.
  auto first = as(staff()).get("/api/projects?sort=value&limit=2");
  ASSERT_EQ(first.status, 200u);
  ASSERT_TRUE(first.obj().at("next_cursor").is_string());
  EXPECT_EQ(
      ids("?sort=value&limit=2&cursor=" + std::string(first.obj().at("next_cursor").as_string())),
      I{gamma});
  auto bad = as(staff()).get("/api/projects?stage=won&sdg=18&sort=size&overdue_action=maybe");
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  EXPECT_EQ(bad.error_fields(), (V{"stage", "sdg", "overdue_action", "sort"}));
}

TEST_P(Projects, TheBoardHasEveryStageWithItsLegalMoves) {
  auto a = body("On the board");
  a["estimated_value_cny"] = 42;
  a["next_action"] = json::object{{"en", "Call"}};
  a["next_action_due"] = "2031-02-03";
  const auto id = create(a);
  create(body("Second"));
  ASSERT_EQ(move(id, {{"to", "negotiating"}}).status, 200u);
  auto board = as(staff()).get("/api/projects/board");
  ASSERT_EQ(board.status, 200u) << board.raw.body;
  const auto& columns = board.obj().at("items").as_array();
  ASSERT_EQ(columns.size(), 6u);
  V stages;
  for (const auto& c : columns) stages.emplace_back(c.at("stage").as_string());
  EXPECT_EQ(stages, (V{"reserve", "negotiating", "agreement_signed", "implementing", "completed",
                       "dropped"}));
  EXPECT_EQ(columns[0].at("count").as_int64(), 1);
  EXPECT_EQ(columns[1].at("count").as_int64(), 1);
  EXPECT_EQ(columns[2].at("count").as_int64(), 0);
  EXPECT_EQ(strings(columns[0].at("moves")), (V{"negotiating", "dropped"}));
  EXPECT_EQ(strings(columns[1].at("moves")), (V{"reserve", "agreement_signed", "dropped"}));
  EXPECT_EQ(strings(columns[4].at("moves")), V{});
  EXPECT_EQ(strings(columns[5].at("moves")), V{"reserve"});
  const auto& card = columns[1].at("projects").at(0);
  EXPECT_EQ(card.at("id").as_int64(), id);
  EXPECT_EQ(card.at("title").at("en").as_string(), "On the board");
  EXPECT_EQ(card.at("parties").at(0).at("en").as_string(), "iMakerbase");
  EXPECT_EQ(card.at("estimated_value_cny").as_int64(), 42);
  EXPECT_EQ(card.at("next_action_due").as_string(), "2031-02-03");
  EXPECT_EQ(card.at("version").as_int64(), 2);
  // Filters apply to the board too.
  auto filtered = as(staff()).get("/api/projects/board?q=Second");
  ASSERT_EQ(filtered.status, 200u);
  EXPECT_EQ(filtered.obj().at("items").at(1).at("count").as_int64(), 0);
  EXPECT_EQ(filtered.obj().at("items").at(0).at("count").as_int64(), 1);
}

TEST_P(Projects, BadInputNamesEveryFieldAndLinksMustExist) {
  auto bad = as(staff()).post(
      "/api/projects",
      json::object{{"parties", json::array{json::object{{"organisation_id", partner_org_id()},
                                                        {"role", "boss"}}}},
                   {"sectors", json::array{"99999"}},
                   {"sdgs", json::array{0}},
                   {"estimated_value_cny", -1},
                   {"next_action_due", "2026-02-30"},
                   {"stage", "completed"},
                   {"colour", "green"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  EXPECT_TRUE(bad.is_problem());
  auto fields = bad.error_fields();
  for (const char* f : {"parties[0].role", "sectors[0]", "sdgs[0]", "estimated_value_cny",
                        "next_action_due", "next_action", "stage", "colour", "title"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end())
        << f << " in " << bad.raw.body;
  }
  auto links = body("Links");
  links["parties"].as_array().push_back(
      json::object{{"organisation_id", 999999}, {"role", "investor"}});
  links["owner_id"] = partner().user.id;  // not a staff user
  links["introduction_id"] = 999999;
  links["event_id"] = 999999;
  auto missing = as(staff()).post("/api/projects", links);
  ASSERT_EQ(missing.status, 422u) << missing.raw.body;
  EXPECT_EQ(missing.error_fields(),
            (V{"parties[2].organisation_id", "owner_id", "introduction_id", "event_id"}));
  // An introduction that exists is a fine origin.
  auto intro = as(partner()).post("/api/introductions",
                                  json::object{{"to_organisation_id", other_org_id()}});
  ASSERT_EQ(intro.status, 201u) << intro.raw.body;
  auto from_intro = body("From an introduction");
  from_intro["introduction_id"] = intro.obj().at("id").as_int64();
  auto ok = as(staff()).post("/api/projects", from_intro);
  ASSERT_EQ(ok.status, 201u) << ok.raw.body;
  EXPECT_EQ(ok.obj().at("introduction_id").as_int64(), intro.obj().at("id").as_int64());
  auto unknown_move = move(ok.obj().at("id").as_int64(), {{"to", "won"}, {"mood", "good"}});
  EXPECT_EQ(unknown_move.error_fields(), (V{"mood", "to"}));
  EXPECT_EQ(as(staff()).get(path(999999)).status, 404u);
}

TEST_P(Projects, AMergedOrganisationsPartsMoveToTheOneKept) {
  auto dup = as(staff()).post("/api/organisations", org_body("重复机构", "Duplicate Ltd"));
  ASSERT_EQ(dup.status, 201u) << dup.raw.body;
  const auto dup_id = dup.obj().at("id").as_int64();
  const auto id = create(json::object{
      {"title", {{"en", "Merged parties"}}},
      {"parties",
       json::array{json::object{{"organisation_id", dup_id}, {"role", "investor"}},
                   json::object{{"organisation_id", other_org_id()}, {"role", "lead"}}}}});
  const auto both = create(body("Both sides"));  // the kept one is a party already
  auto b = as(staff()).get(path(both));
  auto patched = as(staff()).patch(
      path(both),
      json::object{{"version", 1},
                   {"parties",
                    json::array{b.obj().at("parties").at(0), b.obj().at("parties").at(1),
                                json::object{{"organisation_id", dup_id}, {"role", "advisor"}}}}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  auto merged = as(staff()).post("/api/organisations/" + std::to_string(dup_id) + "/merge",
                                 json::object{{"into", partner_org_id()}});
  ASSERT_EQ(merged.status, 200u) << merged.raw.body;
  auto read = as(partner()).get(path(id));  // now the kept organisation's
  ASSERT_EQ(read.status, 200u) << read.raw.body;
  EXPECT_EQ(read.obj().at("parties").at(0).at("organisation_id").as_int64(), partner_org_id());
  EXPECT_EQ(read.obj().at("parties").at(0).at("role").as_string(), "investor");
  EXPECT_EQ(read.obj().at("version").as_int64(), 2);
  auto kept = as(staff()).get(path(both));
  EXPECT_EQ(kept.obj().at("parties").as_array().size(), 2u) << kept.raw.body;
  EXPECT_EQ(kept.obj().at("version").as_int64(), 3);
}

}  // namespace

ICITY_ON_EVERY_DATABASE(Projects);

}  // namespace icity::testing
