#include "app/app.hpp"

#include <thread>

#include "store/migrations.hpp"

namespace icity::app {

Context system_context(const std::string& what) {
  core::Actor actor;
  actor.role = core::Role::kAdmin;
  actor.email = "system";
  return {actor, what};
}

core::Result<std::unique_ptr<App>> App::open(const AppConfig& config) {
  init_secrets();
  std::size_t pool = config.pool_size;
  if (pool == 0) pool = std::max(2u, std::thread::hardware_concurrency()) + 2;
  auto db = store::Database::open(config.db_url, pool);
  if (!db) return core::fail(db.error());
  auto migrated = store::migrate(**db);
  if (!migrated) return core::fail(migrated.error());
  return std::unique_ptr<App>(new App(config, std::move(*db)));
}

App::App(AppConfig config, std::unique_ptr<store::Database> db)
    : config_(std::move(config)),
      db_(std::move(db)),
      follower_(*db_, std::chrono::milliseconds(200)),
      auth_(*db_, config_.hash_cost),
      organisations_(*db_, reference_, views_),
      people_(*db_, reference_),
      interactions_(*db_),
      reports_(*db_) {
  // Any committed change may alter a cached view (a person moves, a relation
  // is added): drop them all; reads rebuild what they need.
  db_->add_commit_listener([this](const auto&) { views_.invalidate(); });
  follower_.add_listener([this](const auto&) { views_.invalidate(); });
}

void App::follow_changes() { follower_.start(); }

}  // namespace icity::app
