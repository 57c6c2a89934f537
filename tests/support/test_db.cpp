#include "support/test_db.hpp"

#include "store/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <random>
#include <stdexcept>

namespace icity::testing {
namespace {

std::string unique_suffix() {
  static std::atomic<int> counter{0};
  static const auto seed = std::random_device{}();
  return std::to_string(getpid()) + "_" + std::to_string(seed % 100000) + "_" +
         std::to_string(counter++);
}

}  // namespace

std::vector<Db> backends() {
  if (std::getenv("ICITY_TEST_PG_URL") != nullptr) return {Db::kSqlite, Db::kPostgres};
  static bool told = false;
  if (!told) {
    std::cerr << "note: ICITY_TEST_PG_URL is not set; PostgreSQL cases are skipped "
                 "(scripts/test sets it)\n";
    told = true;
  }
  return {Db::kSqlite};
}

std::string name_of(Db db) { return db == Db::kSqlite ? "SQLite" : "PostgreSQL"; }

std::string temp_dir(const std::string& prefix) {
  auto dir = std::filesystem::temp_directory_path() / ("icity_" + prefix + "_" + unique_suffix());
  std::filesystem::create_directories(dir);
  return dir.string();
}

std::string fresh_database_url(Db db) {
  if (db == Db::kSqlite) return "sqlite:" + temp_dir("db") + "/icity.db";
  const char* admin = std::getenv("ICITY_TEST_PG_URL");
  if (admin == nullptr) throw std::runtime_error("ICITY_TEST_PG_URL is not set");
  const std::string admin_url = admin;
  const std::string name = "icity_t_" + unique_suffix();
  {
    soci::session sql(*soci::factory_postgresql(), store::postgres_conninfo(admin_url).value());
    sql << "CREATE DATABASE " + name;
  }
  return admin_url.substr(0, admin_url.rfind('/') + 1) + name;
}

}  // namespace icity::testing
