// Delegations and partner suggestions over HTTP on both databases: the
// delegation contract scripts rely on (POST with the least it needs, 201 and
// an id; /matches best first with reasons), who may ask, bad input, the audit
// trail, and suggestions that follow writes at once (a closed opportunity is
// no longer suggested; a new organisation is).
#include <cmath>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Matching : public NodeTest {
 protected:
  core::Id organisation(const std::string& zh, const std::string& en, const std::string& kind,
                        const std::string& summary_en, json::array sectors) {
    auto body = org_body(zh, en);
    body["kind"] = kind;
    body["summary"] = json::object{{"en", summary_en}};
    body["sectors"] = std::move(sectors);
    auto r = as(staff()).post("/api/organisations", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201u ? r.obj().at("id").as_int64() : 0;
  }
  static const json::array& matches(const Answer& a) { return a.obj().at("matches").as_array(); }
  static bool lists(const Answer& a, const std::string& type, core::Id id) {
    for (const auto& m : matches(a)) {
      if (m.at("type").as_string() == type && m.at("id").as_int64() == id) return true;
    }
    return false;
  }
};

TEST_P(Matching, ADelegationInFreeChineseWordsFindsEnglishOnlyProfilesWithReasons) {
  const auto design = organisation("", "Northlight Product Studio", "enterprise",
                                   "We design consumer products and their housings for "
                                   "manufacturers: industrial design from sketch to tooling.",
                                   {"7491"});
  const auto cars = organisation("", "Voltway Motors", "enterprise",
                                 "A maker of electric vehicles and power batteries.", {"3612"});
  organisation("", "Harbour Seafood Trading", "enterprise",
               "Imports and distributes frozen seafood.", {"5126"});
  // The contract: name, origin city, country and interests are enough.
  auto created = as(staff()).post(
      "/api/delegations",
      json::object{{"name", {{"zh", "巴塞罗那代表团"}, {"en", "Barcelona delegation"}}},
                   {"origin_city", "Barcelona"},
                   {"country", "ES"},
                   {"interests", {{"zh", "希望了解工业产品设计和电动汽车产业"}}}});
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  EXPECT_FALSE(created.obj().at("suggestions").at("concepts").as_array().empty());

  auto found = as(staff()).get("/api/delegations/" + std::to_string(id) + "/matches?limit=3");
  ASSERT_EQ(found.status, 200u) << found.raw.body;
  const auto& top = matches(found);
  ASSERT_EQ(top.size(), 2u) << found.raw.body;  // the seafood trader shares nothing
  EXPECT_TRUE(lists(found, "organisation", design));
  EXPECT_TRUE(lists(found, "organisation", cars));
  double previous = 2;
  for (const auto& v : top) {
    const auto& m = v.as_object();
    const double score = m.at("score").as_double();
    EXPECT_GT(score, 0);
    EXPECT_LE(score, previous);  // best first
    previous = score;
    double shares = 0;
    for (const auto& r : m.at("reasons").as_array()) {
      EXPECT_FALSE(r.at("label").at("zh").as_string().empty());
      EXPECT_FALSE(r.at("label").at("en").as_string().empty());
      EXPECT_FALSE(r.at("kind").as_string().empty());
      shares += r.at("share").as_double();
    }
    EXPECT_NEAR(shares, 1.0, 1e-6);
  }
  // Why the design studio: a shared concept, named in both languages.
  bool concept_reason = false;
  for (const auto& v : top) {
    if (v.at("id").as_int64() != design) continue;
    for (const auto& r : v.at("reasons").as_array()) {
      if (r.at("kind").as_string() == "concept" &&
          r.at("label").at("en").as_string().find("industrial design") != json::string::npos) {
        concept_reason = true;
      }
    }
  }
  EXPECT_TRUE(concept_reason) << found.raw.body;
  // Delegations are staff's records.
  EXPECT_EQ(as(partner()).get("/api/delegations/" + std::to_string(id) + "/matches").status, 403u);
  EXPECT_EQ(anonymous().get("/api/delegations/" + std::to_string(id) + "/matches").status, 401u);
  EXPECT_EQ(as(staff()).get("/api/delegations/999999/matches").status, 404u);
  EXPECT_EQ(as(staff()).get("/api/delegations/" + std::to_string(id) + "/matches?limit=0").status,
            422u);
}

TEST_P(Matching, DelegationsAreWrittenByStaffAuditedAndCheckedFieldByField) {
  auto bad = as(staff()).post(
      "/api/delegations",
      json::object{{"name", {{"en", ""}}},
                   {"country", "Spain"},
                   {"members", json::array{json::object{{"title", "Deputy mayor"}}}},
                   {"start_date", "2026-07-10"},
                   {"end_date", "2026-07-01"},
                   {"partner_kinds", {"pirate"}},
                   {"colour", "red"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  const auto fields = bad.error_fields();
  for (const char* f : {"colour", "partner_kinds[0]"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f << bad.raw.body;
  }
  auto bad2 = as(staff()).post(
      "/api/delegations", json::object{{"name", {{"en", ""}}},
                                       {"country", "Spain"},
                                       {"members", json::array{json::object{{"title", "Mayor"}}}},
                                       {"start_date", "2026-07-10"},
                                       {"end_date", "2026-07-01"}});
  ASSERT_EQ(bad2.status, 422u) << bad2.raw.body;
  const auto fields2 = bad2.error_fields();
  for (const char* f : {"name", "interests", "country", "members[0].name", "end_date"}) {
    EXPECT_NE(std::find(fields2.begin(), fields2.end(), f), fields2.end()) << f << bad2.raw.body;
  }
  const json::object good{
      {"name", {{"en", "Aichi delegation"}}},
      {"origin_organisation_id", other_org_id()},
      {"origin_city", "Nagoya"},
      {"country", "JP"},
      {"members", json::array{json::object{{"name", "Sato Hana"}, {"title", "Director"}}}},
      {"interests", {{"en", "heritage protection"}}},
      {"start_date", "2026-07-01"},
      {"end_date", "2026-07-05"},
      {"partner_kinds", {"site"}}};
  EXPECT_EQ(as(partner()).post("/api/delegations", good).status, 403u);
  EXPECT_EQ(anonymous().post("/api/delegations", good).status, 401u);
  auto created = as(staff()).post("/api/delegations", good);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& d = created.obj();
  const std::string at = "/api/delegations/" + std::to_string(d.at("id").as_int64());
  EXPECT_EQ(d.at("origin_organisation").at("id").as_int64(), other_org_id());
  EXPECT_EQ(d.at("members").at(0).at("title").as_string(), "Director");
  EXPECT_EQ(d.at("partner_kinds").at(0).as_string(), "site");
  EXPECT_EQ(as(staff()).get(at).obj().at("end_date").as_string(), "2026-07-05");
  auto patched = as(staff()).patch(at, json::object{{"version", 1}, {"end_date", "2026-07-06"}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(patched.obj().at("version").as_int64(), 2);
  EXPECT_EQ(as(staff()).patch(at, json::object{{"version", 1}, {"end_date", "2026-07-07"}}).status,
            409u);
  auto list = as(staff()).get("/api/delegations?q=Aichi");
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(list.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(list.obj().at("items").at(0).at("origin_organisation").at("id").as_int64(),
            other_org_id());
  EXPECT_EQ(as(partner()).get("/api/delegations").status, 403u);
  auto audit = as(admin()).get("/api/audit?entity=delegation");
  ASSERT_EQ(audit.status, 200u) << audit.raw.body;
  EXPECT_EQ(audit.obj().at("items").as_array().size(), 2u) << audit.raw.body;
}

TEST_P(Matching, OpportunitiesMeetTheirComplementAndSuggestionsFollowWrites) {
  auto publish = [&](const Identity& who, json::object body) {
    auto r = as(who).post("/api/opportunities", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    const auto id = r.obj().at("id").as_int64();
    auto moved = as(who).post("/api/opportunities/" + std::to_string(id) + "/transitions",
                              json::object{{"to", "published"}});
    EXPECT_EQ(moved.status, 200u) << moved.raw.body;
    return id;
  };
  const auto request = publish(
      partner(),
      json::object{{"kind", "technology_request"},
                   {"title", {{"zh", "寻求锂电池储能技术"}}},
                   {"description", {{"zh", "为工业园区寻找电池储能系统的技术合作伙伴。"}}}});
  json::object offer{
      {"kind", "technology_offer"},
      {"organisation_id", other_org_id()},
      {"title", {{"en", "Battery energy storage systems"}}},
      {"description", {{"en", "Grid-scale battery storage technology to license."}}}};
  const auto offered = publish(staff(), offer);
  json::object unrelated = offer;
  unrelated["kind"] = "business_offer";  // an offer, but not of technology
  const auto business = publish(staff(), unrelated);

  const auto at = "/api/opportunities/" + std::to_string(request) + "/matches";
  auto found = as(partner()).get(at);
  ASSERT_EQ(found.status, 200u) << found.raw.body;
  EXPECT_TRUE(lists(found, "opportunity", offered)) << found.raw.body;
  EXPECT_FALSE(lists(found, "opportunity", business)) << found.raw.body;
  const auto& first = matches(found).at(0).as_object();
  EXPECT_EQ(first.at("organisation").at("id").as_int64(), other_org_id());

  // Closed: no longer suggested, at once.
  auto closed = as(staff()).post("/api/opportunities/" + std::to_string(offered) + "/transitions",
                                 json::object{{"to", "closed"}});
  ASSERT_EQ(closed.status, 200u) << closed.raw.body;
  EXPECT_FALSE(lists(as(partner()).get(at), "opportunity", offered));

  // An organisation's suggestions: opportunities it could answer, and partners.
  const auto maker = organisation("储能科技", "Storage Tech", "enterprise",
                                  "Battery energy storage systems for factories.", {"3841"});
  auto for_org = as(partner()).get("/api/organisations/" + std::to_string(maker) + "/matches");
  ASSERT_EQ(for_org.status, 200u) << for_org.raw.body;
  EXPECT_TRUE(lists(for_org, "opportunity", request)) << for_org.raw.body;
  EXPECT_EQ(anonymous().get("/api/organisations/" + std::to_string(maker) + "/matches").status,
            401u);
  // A draft is not suggested, and its matches are its owner's and staff's to see.
  auto draft = as(staff()).post("/api/opportunities",
                                json::object{{"kind", "technology_offer"},
                                             {"organisation_id", other_org_id()},
                                             {"title", {{"en", "Battery energy storage"}}}});
  ASSERT_EQ(draft.status, 201u) << draft.raw.body;
  const auto draft_at = "/api/opportunities/" + std::to_string(draft.obj().at("id").as_int64());
  EXPECT_FALSE(lists(as(partner()).get(at), "opportunity", draft.obj().at("id").as_int64()));
  EXPECT_EQ(as(staff()).get(draft_at + "/matches").status, 200u);
  EXPECT_EQ(as(partner()).get(draft_at + "/matches").status, 404u);
}

}  // namespace

ICITY_ON_EVERY_DATABASE(Matching);

}  // namespace icity::testing
