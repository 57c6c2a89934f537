// icity demo generate [--orgs N] [--cases N] [--seed S] [--until YYYY-MM-DD] --db URL
#include <soci/soci.h>

#include <iostream>

#include "app/app.hpp"
#include "app/demo/desk_history.hpp"
#include "app/demo/synthetic.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "core/instant.hpp"
#include "store/database.hpp"

namespace icity::cli {
namespace {

double seconds_since(std::chrono::steady_clock::time_point started) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
}

}  // namespace

Run add_demo(CLI::App& parent) {
  auto* demo = parent.add_subcommand("demo", "The demo world");
  demo->require_subcommand(1);
  auto* generate = demo->add_subcommand(
      "generate",
      "Add N synthetic bilingual organisations with people and interactions, and/or N cases "
      "of the service desk's history");
  struct Options {
    long long orgs = 0;
    long long cases = 0;
    std::string db;
    std::string data_dir = "var";
    unsigned long long seed = 20231027;
    std::string until = "2024-08-13";
  };
  auto o = std::make_shared<Options>();
  generate->add_option("--orgs", o->orgs, "How many organisations")
      ->check(CLI::Range(0LL, 100000000LL));
  generate->add_option("--cases", o->cases, "How many desk cases (since 2023-10-27)")
      ->check(CLI::Range(0LL, 100000000LL));
  generate->add_option("--db", o->db, "sqlite:PATH or postgresql://...");
  generate->add_option("--data-dir", o->data_dir, "Used for the default database")
      ->capture_default_str();
  generate->add_option("--seed", o->seed, "Same seed, same world")->capture_default_str();
  generate->add_option("--until", o->until, "The cases' last day (YYYY-MM-DD): their history stops")
      ->capture_default_str()
      ->check([](const std::string& s) -> std::string {
        const bool ok = s.size() == 10 && core::parse_instant(s + "T00:00:00Z") &&
                        s >= std::string("2023-10-27");
        return ok ? "" : "a date YYYY-MM-DD from 2023-10-27";
      });
  return [o]() {
    if (o->orgs == 0 && o->cases == 0) {
      std::cerr << "icity: demo generate: give --orgs N, --cases N or both\n";
      return 2;
    }
    auto app =
        app::App::open({database_url(o->db, o->data_dir), "", 2, app::HashCost::kInteractive});
    if (!app) return report(app.error());
    if (o->orgs > 0) {
      const auto started = std::chrono::steady_clock::now();
      ProgressBar progress;
      auto result = app::generate_synthetic(**app, o->orgs, o->seed, std::ref(progress));
      progress.finish();
      if (!result) return report(result.error());
      std::cout << "icity: added " << result->organisations << " organisations, " << result->people
                << " people, " << result->interactions << " interactions in "
                << seconds_since(started) << " s\n";
    }
    if (o->cases > 0) {
      const auto started = std::chrono::steady_clock::now();
      ProgressBar progress;
      auto result = app::generate_desk_history(
          **app, {.cases = o->cases, .seed = o->seed, .until = o->until}, std::ref(progress));
      progress.finish();
      if (!result) return report(result.error());
      std::cout << "icity: added " << result->cases << " cases (" << result->resolved
                << " resolved, " << result->open << " open on " << o->until << ", "
                << result->closed_unworked << " closed unworked), " << result->steps << " steps, "
                << result->messages << " messages in " << seconds_since(started) << " s";
      if (result->staff_added > 0) std::cout << "; " << result->staff_added << " desk staff";
      std::cout << "\n";
    }
    // Statistics for the planner after a bulk load (PostgreSQL's autovacuum would get to it
    // later; until then a queue's text query may take a poor plan).
    auto analysed = (*app)->db().write([](store::Tx& tx) -> core::Result<void> {
      tx.sql() << "ANALYZE";
      return {};
    });
    if (!analysed) return report(analysed.error());
    return 0;
  };
}

}  // namespace icity::cli
