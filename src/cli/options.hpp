// Options several subcommands share, and turning a failed Result into an exit code.
#pragma once

#include <CLI/CLI.hpp>
#include <iostream>
#include <string>

#include "core/error.hpp"

namespace icity::cli {

// `sqlite:<data-dir>/icity.db` when no --db was given.
std::string database_url(const std::string& db, const std::string& data_dir);
// Prints the error (English detail and field errors) and returns 1.
int report(const core::Error& error);

}  // namespace icity::cli
