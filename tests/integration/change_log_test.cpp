// The change log that search and matching follow: every committed write has
// exactly one row, and a follower reading "seq > last" in rounds while writers
// run never skips a row (seq order is commit order), on both databases.
#include <gtest/gtest.h>
#include <soci/soci.h>

#include <atomic>
#include <boost/json.hpp>
#include <chrono>
#include <set>
#include <thread>

#include "app/app.hpp"
#include "support/test_db.hpp"

namespace icity {
namespace {

using testing::Db;

class ChangeLog : public ::testing::TestWithParam<Db> {};

core::Organisation org_named(const std::string& name) {
  core::Organisation o;
  o.name = {name, ""};
  o.kind = core::OrgKind::kSme;
  o.country = "CN";
  return o;
}

TEST_P(ChangeLog, AFollowerSeesEveryCommittedWriteOnceAndInOrder) {
  auto app = app::App::open({testing::fresh_database_url(GetParam()), testing::temp_dir("cl"), 8,
                             app::HashCost::kMinimum});
  ASSERT_TRUE(app) << app.error().detail.en;
  auto& db = (*app)->db();
  const auto ctx = app::system_context("test");
  constexpr int kThreads = 6;
  constexpr int kPerThread = 40;
  std::atomic<bool> done{false};
  std::vector<store::ChangeRow> seen;
  std::thread follower([&] {
    std::int64_t last = 0;
    while (true) {
      const bool finished = done.load();
      for (auto& row : db.changes_since(last, 1000)) {
        last = row.seq;
        seen.push_back(row);
      }
      if (finished) break;
      std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
  });
  std::vector<std::thread> writers;
  std::atomic<int> created{0};
  for (int t = 0; t < kThreads; ++t) {
    writers.emplace_back([&, t] {
      for (int i = 0; i < kPerThread; ++i) {
        auto r = (*app)->organisations().create(
            ctx, org_named("并发写入 " + std::to_string(t) + "-" + std::to_string(i)));
        if (r) ++created;
      }
    });
  }
  for (auto& w : writers) w.join();
  done = true;
  follower.join();
  ASSERT_EQ(created.load(), kThreads * kPerThread);
  std::set<std::int64_t> ids;
  std::int64_t previous = 0;
  for (const auto& row : seen) {
    EXPECT_GT(row.seq, previous);
    previous = row.seq;
    EXPECT_EQ(row.entity, "organisation");
    EXPECT_EQ(row.op, "create");
    EXPECT_TRUE(ids.insert(row.entity_id).second) << "seen twice: " << row.entity_id;
  }
  EXPECT_EQ(ids.size(), static_cast<std::size_t>(kThreads * kPerThread));
}

TEST_P(ChangeLog, AFailedWriteLeavesNoRowAndNoAuditEntry) {
  auto app = app::App::open({testing::fresh_database_url(GetParam()), testing::temp_dir("cl"), 2,
                             app::HashCost::kMinimum});
  ASSERT_TRUE(app);
  const auto ctx = app::system_context("test");
  auto bad = org_named("坏数据");
  bad.country = "XX";
  EXPECT_FALSE((*app)->organisations().create(ctx, bad));
  EXPECT_TRUE((*app)->db().changes_since(0, 10).empty());
  ASSERT_TRUE((*app)->organisations().create(ctx, org_named("好数据")));
  const auto rows = (*app)->db().changes_since(0, 10);
  ASSERT_EQ(rows.size(), 1u);
  long long audits = 0;
  (*app)->db().read([&](soci::session& sql) -> core::Result<void> {
    sql << "SELECT COUNT(*) FROM audit_log WHERE entity = 'organisation'", soci::into(audits);
    return {};
  });
  EXPECT_EQ(audits, 1);
}

// Two nodes on one database: what one writes, the other serves within a poll
// interval of its change follower, never an old cached view.
TEST_P(ChangeLog, ASecondNodeServesTheOtherNodesWriteNotItsCachedView) {
  const auto url = testing::fresh_database_url(GetParam());
  auto a = app::App::open({url, testing::temp_dir("node-a"), 2, app::HashCost::kMinimum});
  auto b = app::App::open({url, testing::temp_dir("node-b"), 2, app::HashCost::kMinimum});
  ASSERT_TRUE(a && b);
  (*b)->follow_changes();
  const auto ctx = app::system_context("test");
  auto created = (*a)->organisations().create(ctx, org_named("旧名称"));
  ASSERT_TRUE(created);
  const auto id = created->organisation.id;
  auto first = (*b)->organisations().get_json(ctx, id);
  ASSERT_TRUE(first);
  ASSERT_NE((*first)->find("旧名称"), std::string::npos);
  EXPECT_EQ((*b)->organisations().get_json(ctx, id)->get(), first->get()) << "served from cache";
  ASSERT_TRUE((*a)->organisations().get_json(ctx, id));  // node a caches it too

  boost::json::object patch{{"version", created->organisation.version},
                            {"name", boost::json::object{{"zh", "新名称"}}}};
  ASSERT_TRUE((*a)->organisations().update(ctx, id, patch));
  const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
  std::string seen;
  while (std::chrono::steady_clock::now() < deadline) {
    seen = *(*(*b)->organisations().get_json(ctx, id));
    if (seen.find("新名称") != std::string::npos) break;
    std::this_thread::sleep_for(std::chrono::milliseconds(20));
  }
  EXPECT_NE(seen.find("新名称"), std::string::npos) << seen;
  // On the writing node itself the change is visible at once.
  EXPECT_NE((*(*a)->organisations().get_json(ctx, id))->find("新名称"), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Databases, ChangeLog, ::testing::ValuesIn(testing::backends()),
                         [](const auto& test) { return testing::name_of(test.param); });

}  // namespace
}  // namespace icity
