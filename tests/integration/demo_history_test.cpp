// The history behind the demo world's published figures (serve --demo's first
// start): as of 13 August 2024, 1,800+ organisations received, 150 foreign
// business associations in liaison (Finland, Portugal, Australia and France
// among them), 4,000+ matters resolved, 140 events of the i·CITY series and
// 120+ projects in reserve. On both databases.
#include "app/demo/demo_history.hpp"

#include <gtest/gtest.h>
#include <soci/soci.h>

#include "app/demo/world_loader.hpp"
#include "support/test_db.hpp"

namespace icity::testing {
namespace {

class DemoHistory : public ::testing::TestWithParam<Db> {};

TEST_P(DemoHistory, HoldsThePublishedFiguresOfThirteenAugust2024) {
  auto opened = app::App::open(
      {fresh_database_url(GetParam()), temp_dir("demo-history"), 4, app::HashCost::kMinimum});
  ASSERT_TRUE(opened) << opened.error().detail.en;
  auto& app = **opened;
  ASSERT_TRUE(app::load_demo_world(app));
  auto made = app::generate_demo_history(app, {});
  ASSERT_TRUE(made) << made.error().detail.en;
  EXPECT_GE(made->received, 1800);
  EXPECT_LE(made->received, 1900);
  EXPECT_EQ(made->associations, 150);
  EXPECT_GE(made->resolved, 4000);
  EXPECT_LE(made->resolved, 4200);
  long long associations = 0, countries = 0, held = 0, reserve = 0, names = 0, resolved = 0;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    sql << "SELECT COUNT(*), COUNT(DISTINCT name_en) FROM organisations WHERE kind = "
           "'association' AND tags LIKE '%liaison%'",
        soci::into(associations), soci::into(names);
    sql << "SELECT COUNT(DISTINCT country) FROM organisations WHERE kind = 'association' AND "
           "country IN ('FI', 'PT', 'AU', 'FR')",
        soci::into(countries);
    sql << "SELECT COUNT(*) FROM events WHERE series_id IS NOT NULL AND starts_at < "
           "'2024-08-14'",
        soci::into(held);
    sql << "SELECT COUNT(*) FROM projects WHERE stage = 'reserve'", soci::into(reserve);
    sql << "SELECT COUNT(*) FROM cases WHERE resolved_at <> '' AND resolved_at < '2024-08-14'",
        soci::into(resolved);
    return {};
  });
  EXPECT_EQ(associations, 150);
  EXPECT_EQ(names, 150);
  EXPECT_EQ(countries, 4);
  EXPECT_EQ(held, 140);
  EXPECT_GE(reserve, 120);
  EXPECT_EQ(resolved, made->resolved);
}

INSTANTIATE_TEST_SUITE_P(Databases, DemoHistory, ::testing::ValuesIn(backends()),
                         [](const auto& test) { return name_of(test.param); });

}  // namespace
}  // namespace icity::testing
