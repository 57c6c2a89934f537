#include "app/app.hpp"

#include <filesystem>
#include <thread>

#include "app/holiday_calendar.hpp"
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
  try {
    if (!config.data_dir.empty()) {
      std::filesystem::create_directories(std::filesystem::path(config.data_dir) / "search");
    }
    return std::unique_ptr<App>(new App(config, std::move(*db)));
  } catch (const std::exception& e) {
    return core::fail(core::Error{core::ErrorCode::kUnavailable,
                                  {std::string("无法打开数据目录:") + e.what(),
                                   std::string("cannot open the data directory: ") + e.what()},
                                  {}});
  }
}

App::App(AppConfig config, std::unique_ptr<store::Database> db)
    : config_(std::move(config)),
      db_(std::move(db)),
      knowledge_(knowledge()),
      index_(config_.data_dir.empty()
                 ? nullptr
                 : std::make_unique<search::Index>(
                       (std::filesystem::path(config_.data_dir) / "search").string(),
                       knowledge_.thesaurus)),
      follower_(*db_, std::chrono::milliseconds(200)),
      auth_(*db_, config_.hash_cost),
      organisations_(*db_, knowledge_.reference, views_),
      people_(*db_, knowledge_.reference),
      interactions_(*db_),
      reports_(*db_),
      duplicates_(*db_, knowledge_.names),
      solutions_(*db_, knowledge_.reference),
      opportunities_(*db_, knowledge_.reference, knowledge_.thesaurus, knowledge_.sdg_tagger),
      delegations_(*db_, knowledge_.reference, knowledge_.thesaurus, knowledge_.sdg_tagger),
      matches_(*db_, knowledge_.thesaurus, knowledge_.reference),
      introductions_(*db_),
      notifications_(*db_),
      signing_key_(*db_),
      events_(*db_),
      registrations_(*db_, knowledge_.reference, signing_key_),
      attendance_(*db_, signing_key_),
      calendars_(*db_, signing_key_),
      meetings_(*db_),
      itineraries_(*db_, matches_),
      catalogue_(*db_),
      cases_(*db_, knowledge_.reference, signing_key_, china_holiday_calendar().calendar),
      kpis_(*db_, knowledge_.reference),
      projects_(*db_, knowledge_.reference),
      agreements_(*db_, config_.agreement_notice_days),
      search_(*db_, index_.get()) {
  // Any committed change may alter a cached view (a person moves, a relation
  // is added): drop them all; reads rebuild what they need.
  db_->add_commit_listener([this](const auto&) {
    views_.invalidate();
    search_.wake();
  });
  follower_.add_listener([this](const auto&) { views_.invalidate(); });
}

void App::follow_changes() {
  follower_.start();
  search_.start();
  duplicates_.start();
  matches_.start();
  kpis_.start();  // the figures' index, like the match index
  opportunities_.start(system_context("opportunity expiry"));
  agreements_.start(system_context("agreement reminders"));  // hourly, like the expiry
}

}  // namespace icity::app
