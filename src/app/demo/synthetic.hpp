// Synthetic but plausible bilingual organisations, people and interactions
// for benchmarks and a lived-in demo: names, sectors, SDGs, summaries and
// visits are drawn from data/demo/pools.json with a seeded generator, so the
// same seed gives the same world. Index i always gives the same organisation,
// and distinct indexes give distinct names.
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <vector>

#include "app/app.hpp"
#include "core/entities.hpp"

namespace icity::app {

class SyntheticWorld {
 public:
  SyntheticWorld(const boost::json::object& pools, std::uint64_t seed);
  ~SyntheticWorld();

  core::Organisation organisation(std::int64_t index) const;
  // 1 to 3 people working at `org` (whose id is set).
  std::vector<core::Person> people(const core::Organisation& org, std::int64_t index) const;
  // Interactions with `org` (and some of `people`) since the centre opened.
  std::vector<core::Interaction> interactions(const core::Organisation& org,
                                              const std::vector<core::Id>& people,
                                              std::int64_t index) const;

 private:
  struct Pools;
  std::unique_ptr<Pools> pools_;
  std::uint64_t seed_;
};

struct SyntheticReport {
  std::int64_t organisations = 0;
  std::int64_t people = 0;
  std::int64_t interactions = 0;
};

// data/demo/pools.json, parsed (it is compiled in).
boost::json::object demo_pools();

// Adds `count` organisations with their people and interactions, in batches.
core::Result<SyntheticReport> generate_synthetic(
    App& app, std::int64_t count, std::uint64_t seed,
    const std::function<void(std::int64_t done, std::int64_t total)>& progress);

}  // namespace icity::app
