// icity: the server and its command line.
#include <iostream>
#include <vector>

#include "cli/commands.hpp"

int main(int argc, char** argv) {
  CLI::App app{"icity — the platform of an international cooperation centre"};
  app.require_subcommand(1);
  std::vector<std::pair<CLI::App*, icity::cli::Run>> commands;
  auto add = [&](icity::cli::Run run) {
    commands.emplace_back(app.get_subcommands({}).back(), run);
  };
  add(icity::cli::add_serve(app));
  add(icity::cli::add_migrate(app));
  add(icity::cli::add_user(app));
  add(icity::cli::add_routes(app));
  add(icity::cli::add_demo(app));
  add(icity::cli::add_reindex(app));
  add(icity::cli::add_schedule_meetings(app));
  add(icity::cli::add_plan_itinerary(app));
  CLI11_PARSE(app, argc, argv);
  try {
    for (auto& [sub, run] : commands) {
      if (sub->parsed()) return run();
    }
  } catch (const std::exception& e) {
    std::cerr << "icity: " << e.what() << "\n";
    return 1;
  }
  return 2;
}
