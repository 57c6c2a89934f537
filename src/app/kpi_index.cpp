#include "app/kpi_index.hpp"

#include <soci/soci.h>

#include <chrono>
#include <cstdio>
#include <set>
#include <sstream>

#include "store/kpi_repo.hpp"

namespace icity::app {

KpiIndex::~KpiIndex() {
  if (loader_.joinable()) {
    loader_.request_stop();
    loader_.join();
  }
}

void KpiIndex::start() {
  loader_ = std::jthread([this](const std::stop_token& stop) {
    const auto t0 = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    refresh(stop);
    if (stop.stop_requested()) return;
    std::fprintf(stderr,
                 "icity: figures index ready: %zu organisations named in interactions, in %.1f s\n",
                 facts_.contacts(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  });
}

void KpiIndex::refresh(const std::stop_token& stop) {
  const store::kpis::SectionsOf sections_of = [this](std::string_view codes) {
    core::Bits bits = 0;
    std::istringstream in{std::string(codes)};
    for (std::string code; in >> code;) {
      if (const auto* s = reference_.sector(code)) bits |= core::section_bit(s->section);
    }
    return bits;
  };
  const auto loader = [&](soci::session& sql) {
    return store::kpis::Loader{sql, db_.backend(), facts_, sections_of};
  };
  if (last_seq_ < 0) {
    (void)db_.read([&](soci::session& sql) -> core::Result<void> {
      // The log's end first, then everything: what is written meanwhile comes again from the log.
      long long seq = 0;
      soci::indicator ind = soci::i_null;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(seq, ind);
      auto load = loader(sql);
      for (auto step : {&store::kpis::Loader::organisations, &store::kpis::Loader::interactions,
                        &store::kpis::Loader::cases, &store::kpis::Loader::events,
                        &store::kpis::Loader::delegations, &store::kpis::Loader::agreements,
                        &store::kpis::Loader::projects}) {
        if (stop.stop_requested()) return {};
        (load.*step)(0);
      }
      last_seq_ = ind == soci::i_ok ? seq : 0;
      return {};
    });
    if (last_seq_ < 0) return;
  }
  for (auto rows = db_.changes_since(last_seq_, 5000); !rows.empty();
       rows = db_.changes_since(last_seq_, 5000)) {
    // Each record once per batch: applying a change re-reads the record.
    std::set<std::pair<std::string, core::Id>> changed;
    for (const auto& r : rows) changed.emplace(r.entity, r.entity_id);
    auto applied = db_.read([&](soci::session& sql) -> core::Result<void> {
      auto load = loader(sql);
      for (const auto& [entity, id] : changed) {
        if (entity == "organisation") load.organisations(id);
        if (entity == "interaction") load.interactions(id);
        if (entity == "case") load.cases(id);
        if (entity == "event") load.events(id);
        if (entity == "delegation") load.delegations(id);
        if (entity == "agreement") load.agreements(id);
        if (entity == "project") load.projects(id);
      }
      return {};
    });
    if (!applied) return;  // the same rows again at the next answer
    last_seq_ = rows.back().seq;
  }
}

}  // namespace icity::app
