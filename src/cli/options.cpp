#include "cli/options.hpp"

#include <filesystem>

namespace icity::cli {

std::string database_url(const std::string& db, const std::string& data_dir) {
  if (!db.empty()) return db;
  std::filesystem::create_directories(data_dir);
  return "sqlite:" + (std::filesystem::path(data_dir) / "icity.db").string();
}

int report(const core::Error& error) {
  std::cerr << "icity: " << error.detail.en << "\n";
  for (const auto& f : error.fields) std::cerr << "  " << f.field << ": " << f.message.en << "\n";
  return 1;
}

}  // namespace icity::cli
