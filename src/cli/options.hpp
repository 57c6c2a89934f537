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

// A progress bar on standard error, redrawn when the percentage changes.
class ProgressBar {
 public:
  void operator()(std::int64_t done, std::int64_t total);
  void finish() const { std::cerr << "\n"; }

 private:
  int last_percent_ = -1;
};

}  // namespace icity::cli
