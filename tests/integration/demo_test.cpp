// The demo world and the synthetic generator, on each database: what `icity
// serve --demo` and `icity demo generate` write must be valid, complete and
// findable, in both languages.
#include <gtest/gtest.h>

#include <boost/json.hpp>
#include <set>

#include "app/app.hpp"
#include "app/demo/synthetic.hpp"
#include "app/demo/world_loader.hpp"
#include "core/validation.hpp"
#include "support/test_db.hpp"

namespace icity::testing {
namespace {

class Demo : public ::testing::TestWithParam<Db> {
 protected:
  void SetUp() override {
    auto opened = app::App::open(
        {fresh_database_url(GetParam()), temp_dir("demo"), 4, app::HashCost::kMinimum});
    ASSERT_TRUE(opened) << opened.error().detail.en;
    app_ = std::move(*opened);
  }
  // The organisation a keyword search finds with exactly this name (zh or en).
  core::OrganisationView find(const std::string& q, const std::string& name) {
    core::OrganisationQuery query;
    query.q = q;
    auto page = app_->organisations().list(ctx_, query);
    EXPECT_TRUE(page) << q;
    if (page) {
      for (const auto& item : page->items) {
        const auto& n = item.organisation.name;
        if (n.zh == name || n.en == name)
          return *app_->organisations().get(ctx_, item.organisation.id);
      }
    }
    ADD_FAILURE() << "searching " << q << " does not find " << name;
    return {};
  }

  std::unique_ptr<app::App> app_;
  app::Context ctx_ = app::system_context("demo-test");
};

TEST_P(Demo, WorldHoldsTheSeedsOrganisationsPeopleAndEvents) {
  auto report = app::load_demo_world(*app_);
  ASSERT_TRUE(report) << report.error().detail.en;
  EXPECT_EQ(report->organisations, 30);
  EXPECT_EQ(report->people, 7);
  EXPECT_EQ(report->relations, 24);
  EXPECT_EQ(report->interactions, 20);

  const auto huawei = find("华为", "华为技术有限公司");
  EXPECT_EQ(huawei.organisation.name.en, "Huawei Technologies Co., Ltd.");
  EXPECT_EQ(core::to_string(huawei.organisation.kind), "enterprise");
  EXPECT_EQ(find("iMakerbase", "iMakerbase").organisation.name.zh, "大公坊");
  const auto barcelona = find("Barcelona", "巴塞罗那市政府");
  EXPECT_EQ(barcelona.organisation.country, "ES");
  // Barcelona met Bao'an (industrial design) and Pingshan (new energy vehicles).
  EXPECT_GE(barcelona.interactions_count, 3);
  const auto centre = find("国际合作中心", "深圳(龙华)国际合作中心");
  EXPECT_EQ(centre.organisation.name.en, "Shenzhen (Longhua) International Cooperation Center");
  // HUA HUB is part of the centre; four foreign associations keep liaison with it.
  int liaisons = 0;
  bool hub = false;
  for (const auto& r : centre.relations) {
    if (!r.outgoing && r.type == core::RelationType::kLiaison) ++liaisons;
    if (!r.outgoing && r.organisation.name.en.starts_with("HUA HUB")) hub = true;
  }
  EXPECT_EQ(liaisons, 4);
  EXPECT_TRUE(hub);
}

TEST_P(Demo, WorldHoldsTheExchangeCampTheHuaHubLaunchAndTheICitySeries) {
  auto report = app::load_demo_world(*app_);
  ASSERT_TRUE(report) << report.error().detail.en;
  EXPECT_EQ(report->events, 10);
  EXPECT_EQ(report->registrations, 20);
  core::EventQuery q;
  q.public_only = false;
  q.limit = 50;
  auto events = app_->events().list(ctx_, q);
  ASSERT_TRUE(events);
  const app::EventAnswer* camp = nullptr;
  int series = 0;
  for (const auto& e : events->items) {
    if (e.event.title.en.starts_with("Innovative cities")) camp = &e;
    if (e.series) ++series;
  }
  ASSERT_NE(camp, nullptr);
  EXPECT_EQ(series, 8);  // six past i·CITY events and two coming ones
  EXPECT_EQ(camp->event.starts_at, "2023-06-05T01:00:00.000Z");
  EXPECT_EQ(camp->counts.registered, 20);
  auto full = app_->events().get(ctx_, camp->event.id);
  ASSERT_TRUE(full);
  // The programme the seed tells: opening on 5 June, visits to Huawei, Tencent and Mindray,
  // field surveys, Guanlan Print Village and the mangroves.
  std::vector<std::string> sites;
  for (const auto& s : full->sessions) {
    if (s.site) sites.push_back(s.site->name.en);
  }
  EXPECT_EQ(full->sessions.front().session.type, core::SessionType::kOpeningCeremony);
  EXPECT_EQ(sites.size(), 7u);
  EXPECT_NE(std::find(sites.begin(), sites.end(), "Guanlan Print Village"), sites.end());
  auto figures = app_->attendance().figures(ctx_, camp->event.id);
  ASSERT_TRUE(figures);
  EXPECT_EQ(figures->checked_in, 20);
  EXPECT_EQ(figures->sessions.front().attended, 20);
  auto sites_all = app_->events().sites(ctx_);
  ASSERT_TRUE(sites_all);
  EXPECT_EQ(sites_all->size(), 8u);
}

TEST_P(Demo, WorldHoldsTheUndpProjectTheCampsTalksAndTheMoscowMou) {
  auto report = app::load_demo_world(*app_);
  ASSERT_TRUE(report) << report.error().detail.en;
  EXPECT_EQ(report->projects, 5);
  EXPECT_EQ(report->agreements, 1);
  core::ProjectQuery q;
  q.limit = 50;
  auto projects = app_->projects().list(ctx_, q);
  ASSERT_TRUE(projects);
  ASSERT_EQ(projects->items.size(), 5u);
  const core::Project* undp = nullptr;
  int early = 0;
  for (const auto& p : projects->items) {
    if (p.title.en.starts_with("UNDP Sustainable Development Innovation")) undp = &p;
    if (p.stage == core::ProjectStage::kReserve || p.stage == core::ProjectStage::kNegotiating) {
      ++early;
      EXPECT_TRUE(p.event_id.has_value()) << p.title.en;  // talked about at the camp
    }
  }
  EXPECT_EQ(early, 4);
  ASSERT_NE(undp, nullptr);
  EXPECT_EQ(undp->stage, core::ProjectStage::kImplementing);
  EXPECT_EQ(undp->district.zh, "龙华区");
  std::vector<std::string> parties;
  for (const auto& party : undp->parties) parties.push_back(party.name.en);
  EXPECT_NE(std::find(parties.begin(), parties.end(), "UNDP in China"), parties.end());
  auto launch = app_->events().get(ctx_, undp->event_id.value_or(0));
  ASSERT_TRUE(launch);
  EXPECT_TRUE(launch->event.starts_at.starts_with("2024-08-13")) << launch->event.starts_at;

  core::AgreementQuery aq;
  auto agreements = app_->agreements().list(ctx_, aq);
  ASSERT_TRUE(agreements);
  ASSERT_EQ(agreements->items.size(), 1u);
  const auto& mou = agreements->items.front();
  EXPECT_EQ(mou.kind, core::AgreementKind::kMou);
  EXPECT_TRUE(mou.signed_on.starts_with("2023-06"));
  ASSERT_EQ(mou.parties.size(), 2u);
  EXPECT_EQ(mou.parties[0].name.en, "Moscow Innovation Cluster Fund");
  EXPECT_EQ(mou.parties[1].name.zh, "大公坊");
  auto camp = app_->events().get(ctx_, mou.event_id.value_or(0));
  ASSERT_TRUE(camp);
  EXPECT_TRUE(camp->event.title.en.starts_with("Innovative cities"));
}

TEST_P(Demo, WorldLoadsOnce) {
  ASSERT_TRUE(app::load_demo_world(*app_));
  auto again = app::load_demo_world(*app_);
  ASSERT_TRUE(again);
  EXPECT_EQ(again->organisations, 0);
  auto summary = app_->reports().summary(ctx_);
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->organisations, 30);
  EXPECT_EQ(summary->people, 7);
}

TEST_P(Demo, GeneratedOrganisationsAreValidDistinctAndBilingual) {
  ASSERT_TRUE(app::load_demo_world(*app_));
  const auto logged_before = app_->db().changes_since(0, 1000000).size();
  std::int64_t last = 0;
  auto report = app::generate_synthetic(*app_, 3000, 7,
                                        [&](std::int64_t done, std::int64_t) { last = done; });
  ASSERT_TRUE(report) << report.error().detail.en;
  EXPECT_EQ(report->organisations, 3000);
  EXPECT_EQ(last, 3000);
  EXPECT_GE(report->people, 3000);
  EXPECT_GE(report->interactions, 2000);

  auto summary = app_->reports().summary(ctx_);
  ASSERT_TRUE(summary);
  EXPECT_EQ(summary->organisations, 3030);
  EXPECT_EQ(summary->people, 7 + report->people);
  EXPECT_EQ(summary->interactions, 20 + report->interactions);
  EXPECT_GE(summary->countries, 10);

  // Every generated record passes the same validation as the API's.
  const app::SyntheticWorld world(app::demo_pools(), 7);
  std::set<std::string> zh, en;
  for (std::int64_t i = 0; i < 20000; ++i) {
    auto org = world.organisation(i);
    if (i < 500) {
      EXPECT_TRUE(core::validate(org, app_->reference()).empty()) << org.name.en;
      org.id = i + 1;
      for (const auto& p : world.people(org, i)) {
        EXPECT_TRUE(core::validate(p, app_->reference()).empty()) << p.name.en;
      }
    }
    EXPECT_FALSE(org.name.zh.empty());
    EXPECT_FALSE(org.summary.en.empty());
    EXPECT_TRUE(zh.insert(org.name.zh).second) << org.name.zh;
    EXPECT_TRUE(en.insert(org.name.en).second) << org.name.en;
  }
  // Writes after a bulk load get fresh ids (the load reserved its own).
  core::Organisation later;
  later.name = {"后来的机构", "Later Organisation"};
  later.kind = core::OrgKind::kNgo;
  later.country = "FI";
  auto created = app_->organisations().create(ctx_, later);
  ASSERT_TRUE(created) << created.error().detail.en;
  EXPECT_GT(created->organisation.id, 3030);
  // The change log has every generated row, for search and matching to follow.
  EXPECT_EQ(
      app_->db().changes_since(0, 1000000).size(),
      logged_before + static_cast<std::size_t>(3000 + report->people + report->interactions + 1));

  // Generated organisations are findable like any other, in either language.
  core::OrganisationQuery query;
  query.q = "Industrial Design";
  auto page = app_->organisations().list(ctx_, query);
  ASSERT_TRUE(page);
  EXPECT_GT(page->items.size(), 5u);
}

INSTANTIATE_TEST_SUITE_P(Databases, Demo, ::testing::ValuesIn(backends()),
                         [](const auto& test) { return name_of(test.param); });

}  // namespace
}  // namespace icity::testing
