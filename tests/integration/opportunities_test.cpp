// Opportunities over HTTP on both databases: who may write and read, the
// workflow (every status change through /transitions, illegal ones refused
// with their reason), stale versions, bad input, suggestions, the audit trail
// and search.
#include <chrono>
#include <thread>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Opportunities : public NodeTest {
 protected:
  static json::object body(const std::string& zh, const std::string& en) {
    return {{"kind", "technology_request"},
            {"title", {{"zh", zh}, {"en", en}}},
            {"description",
             {{"en",
               "We seek a partner for solar photovoltaic power and battery energy storage "
               "to bring clean, affordable energy to industrial parks."}}},
            {"sectors", {"4416"}},
            {"sdgs", {7, 9}},
            {"countries_sought", {"DE", "ES"}},
            {"partner_kinds_sought", {"university", "sme"}},
            {"deadline", "2099-12-31"}};
  }
  static std::string path(std::int64_t id) { return "/api/opportunities/" + std::to_string(id); }
  Answer move(const Identity& who, std::int64_t id, const std::string& to) {
    return as(who).post(path(id) + "/transitions", json::object{{"to", to}});
  }
  static std::size_t count(const Answer& a) { return a.obj().at("items").as_array().size(); }
};

TEST_P(Opportunities, APartnerDraftsForItsOrganisationAndOnlyPublishedOnesArePublic) {
  auto created = as(partner()).post("/api/opportunities", body("光伏储能合作", "Solar storage"));
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& o = created.obj();
  const auto id = o.at("id").as_int64();
  EXPECT_EQ(o.at("organisation_id").as_int64(), partner_org_id());
  EXPECT_EQ(o.at("status").as_string(), "draft");
  EXPECT_EQ(o.at("partner_kinds_sought").as_array().size(), 2u);
  EXPECT_EQ(o.at("deadline").as_string(), "2099-12-31");
  // A draft: the owner and staff see it, the public and other partners do not.
  EXPECT_EQ(anonymous().get(path(id)).status, 404u);
  EXPECT_EQ(as(partner()).get(path(id)).status, 200u);
  EXPECT_EQ(as(staff()).get(path(id)).status, 200u);
  EXPECT_EQ(count(anonymous().get("/api/opportunities")), 0u);
  EXPECT_EQ(count(as(staff()).get("/api/opportunities")), 1u);
  EXPECT_EQ(count(as(partner()).get("/api/opportunities?organisation_id=" +
                                    std::to_string(partner_org_id()))),
            1u);
  // A partner cannot write for another organisation, the public not at all.
  auto other = body("别人的机会", "Someone else's");
  other["organisation_id"] = other_org_id();
  EXPECT_EQ(as(partner()).post("/api/opportunities", other).status, 403u);
  EXPECT_EQ(anonymous().post("/api/opportunities", body("匿名", "Anonymous")).status, 401u);
  auto handover = as(partner()).patch(
      path(id), json::object{{"version", 1}, {"organisation_id", other_org_id()}});
  EXPECT_EQ(handover.status, 403u);
  // Staff write for any organisation.
  EXPECT_EQ(as(staff()).post("/api/opportunities", other).status, 201u);

  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  auto read = anonymous().get(path(id));
  ASSERT_EQ(read.status, 200u) << read.raw.body;
  EXPECT_EQ(read.obj().at("status").as_string(), "published");
  EXPECT_EQ(count(anonymous().get("/api/opportunities")), 1u);
}

TEST_P(Opportunities, TheListFiltersByEveryParameter) {
  auto a_body = body("氢能投资", "Hydrogen investment");
  a_body["organisation_id"] = partner_org_id();  // staff name the organisation
  auto a = as(staff()).post("/api/opportunities", a_body);
  auto b_body = body("数字孪生", "Digital twin city");
  b_body["kind"] = "research_cooperation";
  b_body["countries_sought"] = json::array{"FR"};
  b_body["sdgs"] = json::array{11};
  b_body["sectors"] = json::array{"6513"};
  b_body["organisation_id"] = other_org_id();
  auto b = as(staff()).post("/api/opportunities", b_body);
  ASSERT_EQ(a.status, 201u) << a.raw.body;
  ASSERT_EQ(b.status, 201u) << b.raw.body;
  const auto ida = a.obj().at("id").as_int64(), idb = b.obj().at("id").as_int64();
  ASSERT_EQ(move(staff(), ida, "published").status, 200u);
  auto list = [&](const std::string& query) {
    auto r = as(staff()).get("/api/opportunities?" + query);
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    std::vector<std::int64_t> ids;
    for (const auto& item : r.obj().at("items").as_array()) ids.push_back(item.at("id").as_int64());
    return ids;
  };
  using V = std::vector<std::int64_t>;
  EXPECT_EQ(list(""), (V{idb, ida}));  // newest first
  EXPECT_EQ(list("kind=research_cooperation"), V{idb});
  EXPECT_EQ(list("status=published"), V{ida});
  EXPECT_EQ(list("status=draft"), V{idb});
  EXPECT_EQ(list("status=expired"), V{});
  EXPECT_EQ(list("country=ES"), V{ida});
  EXPECT_EQ(list("country=FR"), V{idb});
  EXPECT_EQ(list("sector=65"), V{idb});
  EXPECT_EQ(list("sdg=7"), V{ida});
  EXPECT_EQ(list("organisation_id=" + std::to_string(other_org_id())), V{idb});
  EXPECT_EQ(list("q=twin"), V{idb});
  EXPECT_EQ(list("q=%E6%B0%A2%E8%83%BD"), V{ida});  // 氢能
  auto first = as(staff()).get("/api/opportunities?limit=1");
  ASSERT_TRUE(first.obj().at("next_cursor").is_string());
  auto second = as(staff()).get("/api/opportunities?limit=1&cursor=" +
                                std::string(first.obj().at("next_cursor").as_string()));
  EXPECT_EQ(second.obj().at("items").as_array().at(0).at("id").as_int64(), ida);
  EXPECT_EQ(as(staff()).get("/api/opportunities?kind=loan&status=open&sdg=40").status, 422u);
}

TEST_P(Opportunities, TheWholeWorkflowOverHttpWithIllegalMovesRefusedWithTheirReason) {
  auto created = as(partner()).post("/api/opportunities", body("技术需求", "Technology request"));
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  auto bad = move(partner(), id, "closed");  // a draft can only be published
  ASSERT_EQ(bad.status, 409u);
  EXPECT_NE(bad.obj().at("detail").as_string().find("only be published"), std::string::npos)
      << bad.raw.body;
  auto published = move(partner(), id, "published");
  ASSERT_EQ(published.status, 200u) << published.raw.body;
  EXPECT_EQ(published.obj().at("status").as_string(), "published");
  EXPECT_EQ(published.obj().at("version").as_int64(), 2);
  EXPECT_EQ(move(partner(), id, "expired").status, 409u);  // only the system expires
  // Back to draft to edit, published again, closed.
  ASSERT_EQ(move(partner(), id, "draft").status, 200u);
  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  ASSERT_EQ(move(partner(), id, "closed").status, 200u);
  EXPECT_EQ(anonymous().get(path(id)).status, 404u);  // closed: no longer public
  // Closed is final for the owner: no edits, no reopening; staff reopen.
  auto edit = as(partner()).patch(path(id), json::object{{"version", 5}, {"deadline", nullptr}});
  EXPECT_EQ(edit.status, 409u) << edit.raw.body;
  auto reopen = move(partner(), id, "published");
  ASSERT_EQ(reopen.status, 409u);
  EXPECT_NE(reopen.obj().at("detail").as_string().find("only staff"), std::string::npos);
  ASSERT_EQ(move(staff(), id, "published").status, 200u);
  // Staff moderate anyone's: unpublish.
  ASSERT_EQ(move(staff(), id, "draft").status, 200u);
  EXPECT_EQ(anonymous().get(path(id)).status, 404u);
  // The public and other partners cannot move it; a bad "to" is a 422.
  EXPECT_EQ(anonymous().post(path(id) + "/transitions", json::object{{"to", "published"}}).status,
            401u);
  auto unknown = as(partner()).post(path(id) + "/transitions", json::object{{"to", "gone"}});
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_EQ(unknown.error_fields(), std::vector<std::string>{"to"});
}

TEST_P(Opportunities, APassedDeadlineExpiresItAndBlocksPublishingUntilMoved) {
  auto b = body("过期需求", "Past request");
  b["deadline"] = "2001-01-01";
  auto created = as(partner()).post("/api/opportunities", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  auto refused = move(partner(), id, "published");
  ASSERT_EQ(refused.status, 409u);
  EXPECT_NE(refused.obj().at("detail").as_string().find("deadline"), std::string::npos);
  ASSERT_EQ(as(partner())
                .patch(path(id), json::object{{"version", 1}, {"deadline", "2099-01-01"}})
                .status,
            200u);
  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  // Staff move the deadline into the past: it reads as expired, public no more.
  auto past = as(staff()).patch(path(id), json::object{{"version", 3}, {"deadline", "2001-01-01"}});
  ASSERT_EQ(past.status, 200u) << past.raw.body;
  EXPECT_EQ(past.obj().at("status").as_string(), "expired");
  EXPECT_EQ(anonymous().get(path(id)).status, 404u);
  auto expired = as(staff()).get("/api/opportunities?status=expired");
  ASSERT_EQ(count(expired), 1u);
  EXPECT_EQ(expired.obj().at("items").as_array().at(0).at("status").as_string(), "expired");
  auto reopen = move(staff(), id, "published");
  EXPECT_EQ(reopen.status, 409u);
  EXPECT_NE(reopen.obj().at("detail").as_string().find("deadline"), std::string::npos);
  // The system's sweep stores it, audited; a second sweep finds nothing to do.
  auto swept = app().opportunities().expire_due(app::system_context("test"));
  ASSERT_TRUE(swept);
  EXPECT_EQ(*swept, 1);
  EXPECT_EQ(*app().opportunities().expire_due(app::system_context("test")), 0);
  auto trail = as(admin()).get("/api/audit?entity=opportunity&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  EXPECT_EQ(trail.obj().at("items").as_array().at(0).at("action").as_string(), "expire");
  // Stored expired, the owner cannot edit it; staff move the deadline and reopen it.
  EXPECT_EQ(as(partner()).patch(path(id), json::object{{"version", 5}}).status, 409u);
  auto later =
      as(staff()).patch(path(id), json::object{{"version", 5}, {"deadline", "2099-01-01"}});
  ASSERT_EQ(later.status, 200u) << later.raw.body;
  EXPECT_EQ(later.obj().at("status").as_string(), "expired");
  auto reopened = move(staff(), id, "published");
  ASSERT_EQ(reopened.status, 200u) << reopened.raw.body;
  EXPECT_EQ(anonymous().get(path(id)).status, 200u);
}

TEST_P(Opportunities, AStaleVersionIsAConflict) {
  auto created = as(partner()).post("/api/opportunities", body("版本", "Versions"));
  const auto id = created.obj().at("id").as_int64();
  auto ok = as(partner()).patch(path(id), json::object{{"version", 1}, {"kind", "business_offer"}});
  ASSERT_EQ(ok.status, 200u) << ok.raw.body;
  EXPECT_EQ(ok.obj().at("kind").as_string(), "business_offer");
  EXPECT_EQ(as(partner()).patch(path(id), json::object{{"version", 1}}).status, 409u);
  auto moved = as(partner()).post(path(id) + "/transitions",
                                  json::object{{"to", "published"}, {"version", 1}});
  EXPECT_EQ(moved.status, 409u);
  auto missing = as(partner()).patch(path(id), json::object{{"kind", "business_offer"}});
  EXPECT_EQ(missing.status, 422u);
}

TEST_P(Opportunities, BadInputNamesEveryField) {
  auto bad =
      as(staff()).post("/api/opportunities", json::object{{"kind", "loan"},
                                                          {"title", {{"zh", ""}, {"en", ""}}},
                                                          {"sdgs", {0, 18}},
                                                          {"sectors", {"9999"}},
                                                          {"concepts", {"no.such.concept"}},
                                                          {"countries_sought", {"XX", "de"}},
                                                          {"partner_kinds_sought", {"alien"}},
                                                          {"deadline", "2026-02-30"},
                                                          {"status", "published"},
                                                          {"colour", "green"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  auto fields = bad.error_fields();
  for (const char* f : {"kind", "partner_kinds_sought[0]", "status", "colour", "organisation_id",
                        "title", "sdgs[0]", "sdgs[1]", "sectors[0]", "countries_sought[0]",
                        "countries_sought[1]", "deadline"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end())
        << f << " in " << bad.raw.body;
  }
  // Concepts are checked against the thesaurus once the rest is right.
  auto b = body("概念", "Concepts");
  b["concepts"] = json::array{"no.such.concept"};
  auto unknown_concept = as(partner()).post("/api/opportunities", b);
  ASSERT_EQ(unknown_concept.status, 422u);
  EXPECT_EQ(unknown_concept.error_fields(), std::vector<std::string>{"concepts[0]"});
}

TEST_P(Opportunities, SuggestionsComeFromTheTextWhenItHasNoSdgsOrConcepts) {
  auto b = body("光伏储能", "Solar photovoltaic power and energy storage");
  b.erase("sdgs");
  auto created = as(partner()).post("/api/opportunities", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& o = created.obj();
  EXPECT_TRUE(o.at("sdgs").as_array().empty());  // offered, never accepted by itself
  const auto& suggested = o.at("suggestions").at("sdgs").as_array();
  EXPECT_NE(std::find(suggested.begin(), suggested.end(), json::value(7)), suggested.end())
      << created.raw.body;
  const auto& concepts = o.at("suggestions").at("concepts").as_array();
  ASSERT_FALSE(concepts.empty()) << created.raw.body;
  EXPECT_FALSE(concepts[0].at("id").as_string().empty());
  EXPECT_TRUE(concepts[0].at("label").is_object());
  // Accepting a suggested concept stores it, and it is no longer suggested.
  const std::string concept_id(concepts[0].at("id").as_string());
  auto accepted = as(partner()).patch(
      path(o.at("id").as_int64()),
      json::object{{"version", 1}, {"concepts", json::array{concept_id.c_str()}}, {"sdgs", {7}}});
  ASSERT_EQ(accepted.status, 200u) << accepted.raw.body;
  EXPECT_EQ(accepted.obj().at("concepts").as_array().at(0).as_string(), concept_id);
  EXPECT_TRUE(accepted.obj().at("suggestions").at("sdgs").as_array().empty());
  EXPECT_TRUE(accepted.obj().at("suggestions").at("concepts").as_array().empty());
}

TEST_P(Opportunities, EveryWriteIsInTheAuditTrail) {
  auto created = as(partner()).post("/api/opportunities", body("审计", "Audit"));
  const auto id = created.obj().at("id").as_int64();
  ASSERT_EQ(
      as(partner()).patch(path(id), json::object{{"version", 1}, {"deadline", nullptr}}).status,
      200u);
  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  auto trail = as(admin()).get("/api/audit?entity=opportunity&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u) << trail.raw.body;
  const auto& items = trail.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 3u) << trail.raw.body;
  EXPECT_EQ(items[0].at("action").as_string(), "transition:published");  // newest first
  EXPECT_EQ(items[0].at("before").at("status").as_string(), "draft");
  EXPECT_EQ(items[0].at("after").at("status").as_string(), "published");
  EXPECT_EQ(items[1].at("action").as_string(), "update");
  EXPECT_TRUE(items[1].at("after").at("deadline").is_null());
  EXPECT_EQ(items[2].at("action").as_string(), "create");
}

TEST_P(Opportunities, APublishedOneIsFoundBySearchWithinASecond) {
  auto created =
      as(partner()).post("/api/opportunities", body("海水淡化", "Seawater desalination"));
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  auto has_hit = [&](const Answer& a) {
    if (a.status != 200) return false;
    for (const auto& h : a.obj().at("hits").as_array()) {
      if (h.at("id").as_int64() == id && h.at("type").as_string() == "opportunity") return true;
    }
    return false;
  };
  auto search_until = [&](Caller caller, const std::string& query, bool want) {
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(1);
    Answer a = caller.get("/api/search?" + query);
    while (has_hit(a) != want && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      a = caller.get("/api/search?" + query);
    }
    return a;
  };
  // A draft: staff find it, the public does not.
  EXPECT_TRUE(has_hit(search_until(as(staff()), "q=desalination", true)));
  EXPECT_FALSE(has_hit(anonymous().get("/api/search?q=desalination")));
  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  auto a = search_until(anonymous(), "q=desalination&type=opportunity", true);
  ASSERT_TRUE(has_hit(a)) << a.raw.body;
  auto zh = search_until(anonymous(), "q=%E6%B5%B7%E6%B0%B4%E6%B7%A1%E5%8C%96", true);  // 海水淡化
  EXPECT_TRUE(has_hit(zh)) << zh.raw.body;
  // Its organisation's new name finds it too.
  auto renamed =
      as(staff()).patch("/api/organisations/" + std::to_string(partner_org_id()),
                        json::object{{"version", 1}, {"name", {{"en", "Qianhai Aqua"}}}});
  ASSERT_EQ(renamed.status, 200u) << renamed.raw.body;
  auto by_org = search_until(anonymous(), "q=qianhai&type=opportunity", true);
  EXPECT_TRUE(has_hit(by_org)) << by_org.raw.body;
  // Closed: public no more.
  ASSERT_EQ(move(partner(), id, "closed").status, 200u);
  auto closed = search_until(anonymous(), "q=desalination", false);
  EXPECT_FALSE(has_hit(closed)) << closed.raw.body;
}

TEST_P(Opportunities, AMergedOrganisationsOpportunitiesMoveToTheOneKept) {
  auto dup = as(staff()).post("/api/organisations", org_body("重复机构", "Duplicate Ltd"));
  ASSERT_EQ(dup.status, 201u) << dup.raw.body;
  const auto dup_id = dup.obj().at("id").as_int64();
  auto b = body("合并前", "Before the merge");
  b["organisation_id"] = dup_id;
  auto created = as(staff()).post("/api/opportunities", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  auto merged = as(staff()).post("/api/organisations/" + std::to_string(dup_id) + "/merge",
                                 json::object{{"into", partner_org_id()}});
  ASSERT_EQ(merged.status, 200u) << merged.raw.body;
  auto read = as(partner()).get(path(id));  // now the kept organisation's partners' to edit
  ASSERT_EQ(read.status, 200u) << read.raw.body;
  EXPECT_EQ(read.obj().at("organisation_id").as_int64(), partner_org_id());
  EXPECT_EQ(read.obj().at("version").as_int64(), 2);
}

TEST_P(Opportunities, AnotherOrganisationsPartnerNeitherSeesADraftNorWritesAny) {
  app::NewUser u;
  u.email = "other-partner@test.icity";
  u.role = core::Role::kPartner;
  u.password = kPassword;
  u.organisation_id = other_org_id();
  ASSERT_TRUE(app().auth().add_user(u, app::system_context("test")));
  const Identity stranger = login(u.email);
  auto created = as(partner()).post("/api/opportunities", body("他人草稿", "Someone's draft"));
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  const std::string own_list =
      "/api/opportunities?organisation_id=" + std::to_string(partner_org_id());
  // A draft does not exist for it.
  EXPECT_EQ(as(stranger).get(path(id)).status, 404u);
  EXPECT_EQ(as(stranger).patch(path(id), json::object{{"version", 1}}).status, 404u);
  EXPECT_EQ(move(stranger, id, "published").status, 404u);
  EXPECT_EQ(count(as(stranger).get(own_list)), 0u);
  // Published: it reads it, still cannot write or move it.
  ASSERT_EQ(move(partner(), id, "published").status, 200u);
  EXPECT_EQ(as(stranger).get(path(id)).status, 200u);
  EXPECT_EQ(as(stranger).patch(path(id), json::object{{"version", 2}}).status, 403u);
  EXPECT_EQ(move(stranger, id, "closed").status, 403u);
  EXPECT_EQ(count(as(stranger).get(own_list)), 1u);
}

ICITY_ON_EVERY_DATABASE(Opportunities);

}  // namespace
}  // namespace icity::testing
