// icity reindex --db URL --data-dir DIR: rebuilds the search index from the
// records (the server keeps it in step by itself; this is for repairs and
// after restoring a database). Stop the server first: one writer at a time.
#include <iostream>

#include "app/app.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace icity::cli {

Run add_reindex(CLI::App& parent) {
  auto* cmd = parent.add_subcommand("reindex", "Rebuild the search index from the database");
  struct Options {
    std::string db;
    std::string data_dir = "var";
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--db", o->db,
                  "sqlite:PATH or postgresql://... (default sqlite:<data-dir>/icity.db)");
  cmd->add_option("--data-dir", o->data_dir, "Where the index lives")->capture_default_str();
  return [o]() {
    auto app = app::App::open(
        {database_url(o->db, o->data_dir), o->data_dir, 2, app::HashCost::kInteractive});
    if (!app) return report(app.error());
    const auto started = std::chrono::steady_clock::now();
    ProgressBar progress;
    auto done = (*app)->search().rebuild(std::ref(progress));
    progress.finish();
    if (!done) return report(done.error());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "icity: indexed " << *done << " records in " << seconds << " s ("
              << static_cast<long long>(static_cast<double>(*done) / std::max(seconds, 1e-3))
              << " docs/s)\n";
    return 0;
  };
}

}  // namespace icity::cli
