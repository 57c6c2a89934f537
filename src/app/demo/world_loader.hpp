// Loads the demo world (data/demo/world.json: the real organisations, people,
// relations, interactions, solutions, opportunities and the exchange camp's
// visiting delegations the seed articles name) through the services, so
// every record is validated and audited like any other write.
#pragma once

#include <cstdint>

#include "app/app.hpp"

namespace icity::app {

struct WorldReport {
  std::int64_t organisations = 0;
  std::int64_t relations = 0;
  std::int64_t people = 0;
  std::int64_t interactions = 0;
  std::int64_t solutions = 0;
  std::int64_t opportunities = 0;
  std::int64_t delegations = 0;
  std::int64_t events = 0;
  std::int64_t registrations = 0;
  std::int64_t projects = 0;
  std::int64_t agreements = 0;
};

// Loads the world once: does nothing when the database already holds organisations.
core::Result<WorldReport> load_demo_world(App& app);

}  // namespace icity::app
