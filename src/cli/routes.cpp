// icity routes: the HTTP routes the server answers, one "METHOD PATTERN" a line
// (the OpenAPI consistency test compares them with openapi.yaml).
#include <iostream>

#include "cli/commands.hpp"
#include "http/api.hpp"

namespace icity::cli {

Run add_routes(CLI::App& parent) {
  parent.add_subcommand("routes", "List the HTTP routes, one 'METHOD PATTERN' a line");
  return []() {
    for (const auto& r : http::all_routes()) std::cout << r.method << " " << r.pattern << "\n";
    return 0;
  };
}

}  // namespace icity::cli
