// The subcommands of `icity`. Each adds itself to the CLI11 app; main() runs
// the one the user chose. Scripts depend on these flags (README: CLI).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace icity::cli {

using Run = std::function<int()>;

// Each returns the function to run when its subcommand was chosen.
Run add_serve(CLI::App& app);
Run add_migrate(CLI::App& app);
Run add_user(CLI::App& app);
Run add_routes(CLI::App& app);
Run add_demo(CLI::App& app);
Run add_reindex(CLI::App& app);
Run add_schedule_meetings(CLI::App& app);
Run add_plan_itinerary(CLI::App& app);

}  // namespace icity::cli
