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

void ProgressBar::operator()(std::int64_t done, std::int64_t total) {
  const int percent = total > 0 ? static_cast<int>(std::min(done, total) * 100 / total) : 100;
  if (percent == last_percent_) return;
  last_percent_ = percent;
  const int bar = percent / 4;
  std::cerr << "\r[" << std::string(bar, '#') << std::string(25 - bar, ' ') << "] " << percent
            << "% " << done << "/" << total << std::flush;
}

}  // namespace icity::cli
