// icity user add --email E --role admin|staff|partner [--org ID] --password-stdin --db URL
#include <iostream>

#include "app/app.hpp"
#include "cli/commands.hpp"
#include "cli/options.hpp"

namespace icity::cli {

Run add_user(CLI::App& parent) {
  auto* user = parent.add_subcommand("user", "Manage accounts");
  user->require_subcommand(1);
  auto* add = user->add_subcommand("add", "Create an account");
  struct Options {
    std::string email, role, db, name;
    long long org = 0;
    bool password_stdin = false;
  };
  auto o = std::make_shared<Options>();
  add->add_option("--email", o->email, "Sign-in email")->required();
  add->add_option("--role", o->role, "admin, staff or partner")
      ->required()
      ->check(CLI::IsMember({"admin", "staff", "partner"}));
  add->add_option("--org", o->org, "Organisation id (partners)");
  add->add_option("--name", o->name, "Display name");
  add->add_flag("--password-stdin", o->password_stdin, "Read the password from standard input")
      ->required();
  add->add_option("--db", o->db, "sqlite:PATH or postgresql://...")->required();
  return [o, add]() {
    if (!add->parsed()) return 2;
    std::string password;
    std::getline(std::cin, password);
    auto app = app::App::open({o->db, "", 2, app::HashCost::kInteractive});
    if (!app) return report(app.error());
    app::NewUser u;
    u.email = o->email;
    u.role = *core::parse_role(o->role);
    if (o->org > 0) u.organisation_id = o->org;
    u.display_name = o->name;
    u.password = password;
    auto created = (*app)->auth().add_user(u, app::system_context("cli"));
    if (!created) return report(created.error());
    std::cout << "icity: created " << core::to_string(created->role) << " " << created->email
              << " (id " << created->id << ")\n";
    return 0;
  };
}

}  // namespace icity::cli
