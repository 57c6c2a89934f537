// The facts behind the centre's figures (core::KpiFacts), in memory: filled in
// the background when the node starts (start()) and brought up to date from the
// change log before each answer, so a figure never leaves out a write that has
// been answered, whichever node wrote it. A figure over a year of a centre with
// a million interactions is then a count in memory, not a read of every record.
#pragma once

#include <cstdint>
#include <mutex>
#include <shared_mutex>
#include <stop_token>
#include <thread>
#include <utility>

#include "app/reference_data.hpp"
#include "core/kpi_facts.hpp"
#include "store/database.hpp"

namespace icity::app {

class KpiIndex {
 public:
  KpiIndex(store::Database& db, const ReferenceData& reference) : db_(db), reference_(reference) {}
  ~KpiIndex();
  KpiIndex(const KpiIndex&) = delete;
  KpiIndex& operator=(const KpiIndex&) = delete;

  // Fills the index on a background thread (serve); answers asked for meanwhile wait for it.
  void start();

  // `f(const core::KpiFacts&)` on the facts as of now.
  template <typename F>
  auto read(F f) {
    {
      std::unique_lock lock(mutex_);
      refresh();
    }
    std::shared_lock lock(mutex_);
    return f(std::as_const(facts_));
  }

 private:
  // REQUIRES: mutex_ held exclusively.
  void refresh(const std::stop_token& stop = {});

  store::Database& db_;
  const ReferenceData& reference_;
  std::shared_mutex mutex_;
  std::int64_t last_seq_ = -1;  // -1: not loaded yet
  core::KpiFacts facts_;
  std::jthread loader_;
};

}  // namespace icity::app
