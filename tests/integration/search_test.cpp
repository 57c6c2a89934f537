// Search over HTTP on both databases: cross-language matches through the
// thesaurus, what each caller may see, bad parameters, and an index that
// follows the change log without missing a write (also across a restart).
#include <atomic>
#include <chrono>
#include <filesystem>
#include <set>
#include <thread>

#include "app/knowledge.hpp"
#include "app/search_documents.hpp"
#include "fixture.hpp"
#include "search/index.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Search : public NodeTest {
 protected:
  // GET /api/search as `caller` until `found` holds or a second has passed.
  template <class Pred>
  Answer search_until(Caller caller, const std::string& query, Pred found) {
    // Generous: the index follows on its own thread, slower on a loaded machine; a found
    // answer returns at once.
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(10);
    Answer a = caller.get("/api/search?" + query);
    while (!found(a) && std::chrono::steady_clock::now() < deadline) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      a = caller.get("/api/search?" + query);
    }
    return a;
  }
  static bool has_hit(const Answer& a, std::int64_t id) {
    if (a.status != 200) return false;
    for (const auto& h : a.obj().at("hits").as_array()) {
      if (h.at("id").as_int64() == id) return true;
    }
    return false;
  }
  std::int64_t create(const json::object& body) {
    auto r = as(staff()).post("/api/organisations", body);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
};

TEST_P(Search, AChineseQueryFindsAnEnglishOnlyProfileWithinASecond) {
  auto body = org_body("", "Volt Mobility GmbH");
  body["country"] = "DE";
  body["summary"] = {{"en", "Munich maker of electric vehicles and their charging systems."}};
  const auto id = create(body);
  // 新能源汽车, URL-encoded
  auto a = search_until(anonymous(), "q=%E6%96%B0%E8%83%BD%E6%BA%90%E6%B1%BD%E8%BD%A6",
                        [&](const Answer& r) { return has_hit(r, id); });
  ASSERT_TRUE(has_hit(a, id)) << a.raw.body;
  const auto& hit = a.obj().at("hits").as_array().at(0).as_object();
  EXPECT_EQ(hit.at("type").as_string(), "organisation");
  EXPECT_EQ(hit.at("title").at("en").as_string(), "Volt Mobility GmbH");
  EXPECT_FALSE(a.obj().at("concepts").as_array().empty());
}

TEST_P(Search, AnEnglishQueryFindsAChineseOnlyProfile) {
  auto body = org_body("宝安工业设计创新中心");
  body["summary"] = {{"zh", "为制造企业提供产品外观和结构设计服务。"}};
  const auto id = create(body);
  auto a = search_until(anonymous(), "q=industrial%20design",
                        [&](const Answer& r) { return has_hit(r, id); });
  EXPECT_TRUE(has_hit(a, id)) << a.raw.body;
}

TEST_P(Search, WhenNoRecordHasEveryWordTheHitsHaveSomeAndSaySo) {
  auto body = org_body("", "Kestrel Wetland Trust");
  body["summary"] = {{"en", "Volunteers counting waders on the estuary mudflats."}};
  const auto id = create(body);
  auto strict = search_until(anonymous(), "q=kestrel%20mudflats",
                             [&](const Answer& r) { return has_hit(r, id); });
  ASSERT_TRUE(has_hit(strict, id)) << strict.raw.body;
  EXPECT_FALSE(strict.obj().at("relaxed").as_bool());
  // "zeppelin" is in no record: every word together matches nothing, so some of them.
  auto relaxed = anonymous().get("/api/search?q=kestrel%20mudflats%20zeppelin");
  ASSERT_EQ(relaxed.status, 200u) << relaxed.raw.body;
  EXPECT_TRUE(relaxed.obj().at("relaxed").as_bool());
  EXPECT_TRUE(has_hit(relaxed, id)) << relaxed.raw.body;
  EXPECT_EQ(relaxed.obj().at("hits").as_array().at(0).at("id").as_int64(), id);
  // A word that is nowhere at all finds nothing, relaxed or not.
  auto none = anonymous().get("/api/search?q=zeppelin");
  ASSERT_EQ(none.status, 200u);
  EXPECT_TRUE(none.obj().at("hits").as_array().empty());
}

TEST_P(Search, PeopleAreFoundOnlyBySignedInCallers) {
  auto p =
      as(staff()).post("/api/people", json::object{{"name", {{"zh", "李可欣"}, {"en", "Li Kexin"}}},
                                                   {"organisation_id", partner_org_id()},
                                                   {"email", "li.kexin@example.org"}});
  ASSERT_EQ(p.status, 201u) << p.raw.body;
  const auto id = p.obj().at("id").as_int64();
  auto seen = search_until(as(staff()), "q=Kexin&type=person",
                           [&](const Answer& r) { return has_hit(r, id); });
  ASSERT_TRUE(has_hit(seen, id)) << seen.raw.body;
  EXPECT_EQ(seen.raw.body.find("li.kexin@example.org"), std::string::npos) << "no contact details";
  auto hidden = anonymous().get("/api/search?q=Kexin");
  ASSERT_EQ(hidden.status, 200u);
  EXPECT_FALSE(has_hit(hidden, id));
}

TEST_P(Search, FiltersFacetsAndPages) {
  for (int i = 0; i < 5; ++i) {
    auto body = org_body("龙华智能制造企业" + std::to_string(i),
                         "Longhua smart factory " + std::to_string(i));
    body["sectors"] = {"3491"};
    body["sdgs"] = {9};
    create(body);
  }
  auto page = search_until(
      anonymous(), "q=smart%20factory&sector=34&sdg=9&limit=2",
      [](const Answer& r) { return r.status == 200 && r.obj().at("total").as_int64() == 5; });
  ASSERT_EQ(page.status, 200u) << page.raw.body;
  EXPECT_EQ(page.obj().at("total").as_int64(), 5);
  EXPECT_EQ(page.obj().at("hits").as_array().size(), 2u);
  const auto& sectors = page.obj().at("facets").at("sector").as_array();
  ASSERT_FALSE(sectors.empty());
  EXPECT_EQ(sectors[0].at("value").as_string(), "34");
  EXPECT_EQ(sectors[0].at("count").as_int64(), 5);
  std::set<std::int64_t> ids;
  std::string cursor(page.obj().at("next_cursor").as_string());
  for (const auto& h : page.obj().at("hits").as_array()) ids.insert(h.at("id").as_int64());
  while (!cursor.empty()) {
    auto next =
        anonymous().get("/api/search?q=smart%20factory&sector=34&sdg=9&limit=2&cursor=" + cursor);
    ASSERT_EQ(next.status, 200u);
    for (const auto& h : next.obj().at("hits").as_array()) ids.insert(h.at("id").as_int64());
    const auto& nc = next.obj().at("next_cursor");
    cursor = nc.is_string() ? std::string(nc.as_string()) : "";
  }
  EXPECT_EQ(ids.size(), 5u);
}

TEST_P(Search, BadParametersAre422NamingEach) {
  auto a = anonymous().get("/api/search?q=x&sdg=99&type=planet&limit=0&cursor=zzz");
  ASSERT_EQ(a.status, 422u) << a.raw.body;
  auto fields = a.error_fields();
  for (const char* f : {"sdg", "type", "limit", "cursor"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end()) << f;
  }
}

TEST_P(Search, EditsAndArchivingReachTheIndex) {
  auto created = as(staff()).post("/api/organisations", org_body("临时机构", "Temporary Body"));
  ASSERT_EQ(created.status, 201u);
  const auto id = created.obj().at("id").as_int64();
  ASSERT_TRUE(has_hit(
      search_until(anonymous(), "q=Temporary", [&](const Answer& r) { return has_hit(r, id); }),
      id));
  auto renamed = as(staff()).patch(
      "/api/organisations/" + std::to_string(id),
      json::object{{"version", 1}, {"name", {{"zh", "临时机构"}, {"en", "Interim Council"}}}});
  ASSERT_EQ(renamed.status, 200u) << renamed.raw.body;
  EXPECT_TRUE(has_hit(
      search_until(anonymous(), "q=Interim", [&](const Answer& r) { return has_hit(r, id); }), id));
  auto archived = as(staff()).del("/api/organisations/" + std::to_string(id));  // archives
  ASSERT_LT(archived.status, 300u) << archived.raw.body;
  auto gone =
      search_until(anonymous(), "q=Interim", [&](const Answer& r) { return !has_hit(r, id); });
  EXPECT_FALSE(has_hit(gone, id));
}

// Cooperation projects and agreements are staff's records: found by their titles, places and
// parties' names, only by staff; a party renamed is found by its new name.
TEST_P(Search, ProjectsAndAgreementsAreFoundByStaffOnly) {
  auto nordic = org_body("北欧照明", "Nordlys Lighting AB");
  nordic["country"] = "SE";
  const auto party = create(nordic);
  const auto local = create(org_body("观澜灯具厂", "Guanlan Lamp Works"));
  auto p = as(staff()).post(
      "/api/projects",
      json::object{
          {"title", {{"zh", "智慧路灯试点"}, {"en", "Smart streetlight pilot"}}},
          {"parties", json::array{json::object{{"organisation_id", party}, {"role", "lead"}}}}});
  ASSERT_EQ(p.status, 201u) << p.raw.body;
  const auto project = p.obj().at("id").as_int64();
  auto a = as(staff()).post(
      "/api/agreements",
      json::object{{"kind", "mou"},
                   {"title", {{"en", "Memorandum on street lighting"}}},
                   {"parties", json::array{json::object{{"organisation_id", local}},
                                           json::object{{"organisation_id", party}}}},
                   {"signed_on", "2024-06-10"},
                   {"signed_place", {{"en", "Stockholm"}}}});
  ASSERT_EQ(a.status, 201u) << a.raw.body;
  const auto agreement = a.obj().at("id").as_int64();

  auto by_title = search_until(as(staff()), "q=streetlight&type=project",
                               [&](const Answer& r) { return has_hit(r, project); });
  ASSERT_TRUE(has_hit(by_title, project)) << by_title.raw.body;
  EXPECT_EQ(by_title.obj().at("hits").at(0).at("type").as_string(), "project");
  auto by_place = search_until(as(staff()), "q=Stockholm&type=agreement",
                               [&](const Answer& r) { return has_hit(r, agreement); });
  ASSERT_TRUE(has_hit(by_place, agreement)) << by_place.raw.body;
  EXPECT_EQ(by_place.obj().at("hits").at(0).at("type").as_string(), "agreement");
  for (auto caller : {as(partner()), anonymous()}) {
    auto hidden = caller.get("/api/search?q=Nordlys");
    ASSERT_EQ(hidden.status, 200u);
    EXPECT_FALSE(has_hit(hidden, project) || has_hit(hidden, agreement)) << hidden.raw.body;
  }

  auto renamed = as(staff()).patch(
      "/api/organisations/" + std::to_string(party),
      json::object{{"version", 1},
                   {"name", {{"zh", "北极星照明"}, {"en", "Polaris Lighting AB"}}}});
  ASSERT_EQ(renamed.status, 200u) << renamed.raw.body;
  auto by_party = search_until(as(staff()), "q=Polaris", [&](const Answer& r) {
    return has_hit(r, project) && has_hit(r, agreement);
  });
  EXPECT_TRUE(has_hit(by_party, project) && has_hit(by_party, agreement)) << by_party.raw.body;
}

// Writers on many threads; the index must end up with every record once.
TEST_P(Search, TheIndexMissesNoWriteFromConcurrentWriters) {
  constexpr int kThreads = 6, kEach = 25;
  std::vector<std::thread> writers;
  std::atomic<int> ok{0};
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      const auto ctx = app::system_context("search-test");
      for (int i = 0; i < kEach; ++i) {
        core::Organisation o;
        o.name = {"并发机构", "Concurrent body " + std::to_string(t) + "x" + std::to_string(i)};
        o.kind = core::OrgKind::kNgo;
        o.country = "FI";
        if (app().organisations().create(ctx, o)) ++ok;
      }
    });
  }
  for (auto& w : writers) w.join();
  ASSERT_EQ(ok.load(), kThreads * kEach);
  auto a = search_until(anonymous(), "q=&country=FI&kind=ngo&limit=1", [&](const Answer& r) {
    return r.status == 200 && r.obj().at("total").as_int64() == kThreads * kEach;
  });
  ASSERT_EQ(a.status, 200u);
  EXPECT_EQ(a.obj().at("total").as_int64(), kThreads * kEach);
  EXPECT_TRUE(a.obj().at("facets").at("exact").as_bool());
}

// Writes made while a node was down are in its index after it starts again;
// a rebuild gives the same answers.
TEST_P(Search, ANodeCatchesUpAfterARestartAndARebuildAgrees) {
  const auto url = fresh_database_url(GetParam());
  const auto dir = temp_dir("search-restart");
  const auto ctx = app::system_context("search-test");
  {
    auto node = app::App::open({url, dir, 2, app::HashCost::kMinimum});
    ASSERT_TRUE(node);
    (*node)->follow_changes();
    core::Organisation o;
    o.name = {"第一家", "First Harbour Trust"};
    o.kind = core::OrgKind::kNgo;
    o.country = "PT";
    ASSERT_TRUE((*node)->organisations().create(ctx, o));
  }
  {
    // Another process writes while this node is down (it does not follow).
    auto other = app::App::open({url, temp_dir("other"), 2, app::HashCost::kMinimum});
    ASSERT_TRUE(other);
    core::Organisation o;
    o.name = {"第二家", "Second Harbour Trust"};
    o.kind = core::OrgKind::kNgo;
    o.country = "PT";
    ASSERT_TRUE((*other)->organisations().create(ctx, o));
  }
  auto node = app::App::open({url, dir, 2, app::HashCost::kMinimum});
  ASSERT_TRUE(node);
  ASSERT_TRUE((*node)->search().catch_up());
  search::Query q;
  q.q = "harbour trust";
  auto before = (*node)->search().search(ctx, q);
  ASSERT_TRUE(before);
  EXPECT_EQ(before->hits.size(), 2u);
  auto rebuilt = (*node)->search().rebuild(nullptr);
  ASSERT_TRUE(rebuilt);
  EXPECT_EQ(*rebuilt, 2);
  auto after = (*node)->search().search(ctx, q);
  ASSERT_TRUE(after);
  EXPECT_EQ(after->hits.size(), 2u);
}

// An index built before projects were searchable is rebuilt when the node starts: the
// projects it lacked are found at once.
TEST_P(Search, AnIndexOfOlderDocumentsIsRebuiltAtStart) {
  const auto url = fresh_database_url(GetParam());
  const auto dir = temp_dir("search-documents");
  const auto ctx = app::system_context("search-test");
  core::Id project = 0;
  {
    auto node = app::App::open({url, dir, 2, app::HashCost::kMinimum});
    ASSERT_TRUE(node);
    (*node)->follow_changes();
    auto created = (*node)->projects().create(
        ctx, json::object{{"title", {{"zh", "海港联动计划"}, {"en", "Harbour link programme"}}}});
    ASSERT_TRUE(created) << created.error().detail.en;
    project = created->id;
    ASSERT_TRUE((*node)->search().catch_up());
  }
  {
    // As an older node left it: no project in it, no note of what its documents hold.
    search::Index old((std::filesystem::path(dir) / "search").string(), app::knowledge().thesaurus);
    old.remove("project", project);
    old.set_metadata(app::kSearchDocumentsKey, "");
    old.commit(old.last_seq());
  }
  auto node = app::App::open({url, dir, 2, app::HashCost::kMinimum});
  ASSERT_TRUE(node);
  (*node)->follow_changes();
  search::Query q;
  q.q = "harbour link";
  auto found = (*node)->search().search(ctx, q);
  ASSERT_TRUE(found);
  ASSERT_EQ(found->hits.size(), 1u);
  EXPECT_EQ(found->hits[0].type, "project");
  EXPECT_EQ(found->hits[0].id, project);
}

ICITY_ON_EVERY_DATABASE(Search);

}  // namespace
}  // namespace icity::testing
