// icity demo generate --orgs N --db URL [--seed S]
#include <iostream>

#include "app/app.hpp"
#include "app/demo/synthetic.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace icity::cli {

Run add_demo(CLI::App& parent) {
  auto* demo = parent.add_subcommand("demo", "The demo world");
  demo->require_subcommand(1);
  auto* generate = demo->add_subcommand(
      "generate", "Add N synthetic bilingual organisations with people and interactions");
  struct Options {
    long long orgs = 1000;
    std::string db;
    std::string data_dir = "var";
    unsigned long long seed = 20231027;
  };
  auto o = std::make_shared<Options>();
  generate->add_option("--orgs", o->orgs, "How many organisations")
      ->required()
      ->check(CLI::Range(1LL, 100000000LL));
  generate->add_option("--db", o->db, "sqlite:PATH or postgresql://...");
  generate->add_option("--data-dir", o->data_dir, "Used for the default database")
      ->capture_default_str();
  generate->add_option("--seed", o->seed, "Same seed, same world")->capture_default_str();
  return [o]() {
    auto app =
        app::App::open({database_url(o->db, o->data_dir), "", 2, app::HashCost::kInteractive});
    if (!app) return report(app.error());
    const auto started = std::chrono::steady_clock::now();
    ProgressBar progress;
    auto result = app::generate_synthetic(**app, o->orgs, o->seed, std::ref(progress));
    progress.finish();
    if (!result) return report(result.error());
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    std::cout << "icity: added " << result->organisations << " organisations, " << result->people
              << " people, " << result->interactions << " interactions in " << seconds << " s\n";
    return 0;
  };
}

}  // namespace icity::cli
