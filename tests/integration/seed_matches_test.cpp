// The seed's six matches, found by the engine with no rule that names them:
// the exchange camp's visiting delegations (data/demo/world.json: their
// interests in free words, in Chinese or English) get the partners they met in
// June 2023 among their top three suggestions — with 10,000 generated
// organisations around them (`icity demo generate --orgs 10000`), on each
// database.
#include <gtest/gtest.h>

#include <algorithm>
#include <boost/json.hpp>
#include <cstdlib>
#include <iostream>
#include <map>
#include <string>
#include <vector>

#include "app/app.hpp"
#include "app/demo/synthetic.hpp"
#include "app/demo/world_loader.hpp"
#include "store/delegation_repo.hpp"
#include "store/organisation_repo.hpp"
#include "support/test_db.hpp"

namespace icity::testing {
namespace {

class SeedMatches : public ::testing::TestWithParam<Db> {
 protected:
  void SetUp() override {
    auto opened = app::App::open(
        {fresh_database_url(GetParam()), temp_dir("seed"), 4, app::HashCost::kMinimum});
    ASSERT_TRUE(opened) << opened.error().detail.en;
    app_ = std::move(*opened);
  }
  // Organisation ids by English name, and delegation ids by English name.
  std::map<std::string, core::Id> organisations() {
    std::map<std::string, core::Id> out;
    app_->db().read([&](soci::session& sql) -> core::Result<void> {
      for (const auto& o : store::organisations::scan(sql, 0, 100)) out[o.name.en] = o.id;
      return {};
    });
    return out;
  }
  std::map<std::string, core::Id> delegations() {
    std::map<std::string, core::Id> out;
    app_->db().read([&](soci::session& sql) -> core::Result<void> {
      for (const auto& d : store::delegations::list(sql, app_->db().backend(), {}).items) {
        out[d.name.en] = d.id;
      }
      return {};
    });
    return out;
  }

  std::unique_ptr<app::App> app_;
  app::Context ctx_ = app::system_context("seed-matches-test");
};

TEST_P(SeedMatches, EachVisitingDelegationMeetsItsSeedPartnersInTheTopThree) {
  auto world = app::load_demo_world(*app_);
  ASSERT_TRUE(world) << world.error().detail.en;
  ASSERT_EQ(world->delegations, 6);
  EXPECT_EQ(world->opportunities, 5);
  auto generated = app::generate_synthetic(*app_, 10000, 1, {});
  ASSERT_TRUE(generated) << generated.error().detail.en;
  const auto orgs = organisations();
  const auto id = [&](const std::string& name) {
    EXPECT_TRUE(orgs.contains(name)) << name;
    return orgs.contains(name) ? orgs.at(name) : 0;
  };
  const core::Id baoan = id("Bao'an District People's Government, Shenzhen");
  const core::Id pingshan = id("Pingshan District People's Government, Shenzhen");
  const core::Id imakerbase = id("iMakerbase");
  const core::Id huahub =
      id("HUA HUB — UNDP Sustainable Development Innovation Lab, Guangdong-Hong Kong-Macao Greater "
         "Bay Area");
  const core::Id shenzhen = id("Shenzhen Municipal People's Government");
  const core::Id guanlan = id("Guanlan Print Village");

  // Each delegation: partners that must all be in its top three, or (for the
  // start-ups going abroad) one of several that stand for them.
  struct Expect {
    std::string delegation;
    std::vector<core::Id> all_of;
    std::vector<core::Id> one_of;
  };
  const std::vector<Expect> expected = {
      {"Barcelona City Council delegation", {baoan, pingshan}, {}},
      {"Barcelona", {baoan, pingshan}, {}},
      {"Bavarian State Government delegation", {}, {imakerbase, huahub}},
      {"City of Munich delegation", {}, {imakerbase, huahub}},
      {"Akimat of Almaty delegation", {shenzhen}, {}},
      {"Aichi Prefectural Government delegation", {guanlan}, {}},
      {"Moscow Innovation Cluster Fund delegation", {imakerbase}, {}},
  };
  // The API's contract: a delegation named only by its city, country and free
  // words is its city government's (the directory's one government of
  // Barcelona), and meets the same partners.
  auto contract = app_->delegations().create(
      ctx_,
      boost::json::object{{"name", {{"en", "Barcelona"}}},
                          {"origin_city", "Barcelona"},
                          {"country", "ES"},
                          {"interests", {{"en", "Industrial design and new energy vehicles"}}}});
  ASSERT_TRUE(contract) << contract.error().detail.en;
  const auto dels = delegations();
  for (const auto& e : expected) {
    ASSERT_TRUE(dels.contains(e.delegation)) << e.delegation;
    auto top = app_->matches().for_delegation(ctx_, dels.at(e.delegation), 3);
    ASSERT_TRUE(top) << top.error().detail.en;
    ASSERT_EQ(top->size(), 3u) << e.delegation;
    std::vector<core::Id> ids;
    std::string shown;
    for (const auto& m : *top) {
      EXPECT_EQ(m.type, app::MatchType::kOrganisation);
      EXPECT_FALSE(m.reasons.empty());
      ids.push_back(m.id);
      shown += "\n  " + m.name.en + " (" + std::to_string(m.score) + ")";
      for (const auto& r : m.reasons)
        shown += " [" + r.text.en + " " + std::to_string(r.share) + "]";
    }
    if (std::getenv("ICITY_SHOW_MATCHES") != nullptr) std::cout << e.delegation << shown << "\n";
    const auto has = [&](core::Id want) {
      return std::find(ids.begin(), ids.end(), want) != ids.end();
    };
    for (auto want : e.all_of) EXPECT_TRUE(has(want)) << e.delegation << ":" << shown;
    if (!e.one_of.empty()) {
      EXPECT_TRUE(std::any_of(e.one_of.begin(), e.one_of.end(), has))
          << e.delegation << ":" << shown;
    }
  }
}

INSTANTIATE_TEST_SUITE_P(Databases, SeedMatches, ::testing::ValuesIn(backends()),
                         [](const auto& test) { return name_of(test.param); });

}  // namespace
}  // namespace icity::testing
