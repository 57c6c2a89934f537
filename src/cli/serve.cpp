// icity serve --listen HOST:PORT --db URL --data-dir DIR [--demo] [--static-dir DIR]
#include <filesystem>
#include <iostream>

#include "app/app.hpp"
#include "app/demo/demo_history.hpp"
#include "app/demo/world_loader.hpp"
#include "app/secrets.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"
#include "http/api.hpp"

namespace icity::cli {
namespace {

struct ServeOptions {
  std::string listen = "127.0.0.1:8080";
  std::string db;
  std::string data_dir = "var";
  std::string static_dir;
  unsigned threads = 0;
  bool demo = false;
  bool no_demo_history = false;
  bool fast_hashes = false;
  int agreement_notice_days = 60;
};

// First start with --demo: the demo world and an admin with a one-time password.
int prepare_demo(app::App& app, bool history) {
  auto world = app::load_demo_world(app);
  if (!world) return report(world.error());
  if (world->organisations > 0) {
    std::cout << "icity: demo world loaded: " << world->organisations << " organisations, "
              << world->people << " people, " << world->interactions << " interactions, "
              << world->solutions << " solutions, " << world->opportunities << " opportunities, "
              << world->delegations << " delegations, " << world->events << " events with "
              << world->registrations << " registrations\n";
    std::cout << "icity: demo cooperation: " << world->projects << " projects, "
              << world->agreements << " agreements\n";
  }
  if (app.auth().user_count() == 0) {
    app::NewUser admin;
    admin.email = "admin@icity.local";
    admin.role = core::Role::kAdmin;
    admin.display_name = "Administrator";
    admin.password = app::random_token(12);
    auto created = app.auth().add_user(admin, app::system_context("demo"));
    if (!created) return report(created.error());
    std::cout << "\n  Sign in at the address below as " << admin.email << "\n"
              << "  with the one-time password: " << admin.password << "\n"
              << "  (shown only now; add accounts with `icity user add`)\n\n";
  }
  // After the admin: the history adds desk staff, and the admin is made for an empty node.
  if (history && world->organisations > 0) {
    auto made = app::generate_demo_history(app, {});
    if (!made) return report(made.error());
    std::cout << "icity: demo history since 2023-10-27: " << made->organisations
              << " organisations and " << made->associations << " business associations ("
              << made->received << " received at the centre), " << made->cases << " desk cases ("
              << made->resolved << " resolved), " << made->events << " i·CITY events, "
              << made->projects << " projects in reserve in " << made->seconds << " s\n";
  }
  return 0;
}

}  // namespace

Run add_serve(CLI::App& parent) {
  auto* cmd = parent.add_subcommand("serve", "Run the HTTP server");
  auto o = std::make_shared<ServeOptions>();
  cmd->add_option("--listen", o->listen, "HOST:PORT to listen on")->capture_default_str();
  cmd->add_option("--db", o->db,
                  "sqlite:PATH or postgresql://... (default sqlite:<data-dir>/icity.db)");
  cmd->add_option("--data-dir", o->data_dir, "Directory for the database and indexes")
      ->capture_default_str();
  cmd->add_option("--static-dir", o->static_dir,
                  "The built web app (default: web/dist if present)");
  cmd->add_option("--threads", o->threads, "Worker threads (default: one per core)");
  cmd->add_flag("--demo", o->demo,
                "On first start, load the demo world and its generated history, and create an "
                "admin");
  cmd->add_flag("--no-demo-history", o->no_demo_history,
                "With --demo: the seeds' records only, without the generated history");
  cmd->add_option("--agreement-notice-days", o->agreement_notice_days,
                  "Days before an agreement expires that staff are reminded to renew it, when "
                  "the agreement gives none")
      ->capture_default_str()
      ->check(CLI::Range(0, 3650));
  cmd->add_flag("--fast-password-hashes", o->fast_hashes,
                "Argon2id at its minimum cost (tests and benchmarks only)");
  return [o]() {
    const auto colon = o->listen.rfind(':');
    if (colon == std::string::npos) {
      std::cerr << "icity: --listen must be HOST:PORT\n";
      return 2;
    }
    http::ServerOptions server;
    server.host = o->listen.substr(0, colon);
    server.port = static_cast<unsigned short>(std::stoi(o->listen.substr(colon + 1)));
    server.threads = o->threads;
    server.static_dir = o->static_dir;
    if (server.static_dir.empty() && std::filesystem::exists("web/dist/index.html")) {
      server.static_dir = "web/dist";
    }
    std::filesystem::create_directories(o->data_dir);
    app::AppConfig config;
    config.db_url = database_url(o->db, o->data_dir);
    config.data_dir = o->data_dir;
    config.hash_cost = o->fast_hashes ? app::HashCost::kMinimum : app::HashCost::kInteractive;
    config.agreement_notice_days = o->agreement_notice_days;
    auto app = app::App::open(config);
    if (!app) return report(app.error());
    if (o->demo) {
      if (int rc = prepare_demo(**app, !o->no_demo_history); rc != 0) return rc;
    }
    (*app)->follow_changes();
    auto s = http::make_server(**app, server);
    s->start();
    std::cout << "icity: listening on http://" << server.host << ":" << s->port() << "/"
              << std::endl;
    s->wait_for_signal();
    return 0;
  };
}

}  // namespace icity::cli
