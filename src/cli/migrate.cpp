// icity migrate --db URL
#include <iostream>

#include "app/app.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace icity::cli {

Run add_migrate(CLI::App& parent) {
  auto* cmd = parent.add_subcommand("migrate", "Apply pending database migrations");
  auto db = std::make_shared<std::string>();
  cmd->add_option("--db", *db, "sqlite:PATH or postgresql://...")->required();
  return [db]() {
    auto app = app::App::open({*db, "", 2, app::HashCost::kInteractive});
    if (!app) return report(app.error());
    std::cout << "icity: database is up to date\n";
    return 0;
  };
}

}  // namespace icity::cli
