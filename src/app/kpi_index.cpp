#include "app/kpi_index.hpp"

#include <soci/soci.h>

#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>

#include "store/kpi_repo.hpp"

namespace icity::app {
namespace {

using Load = void (store::kpis::Loader::*)(const std::vector<core::Id>&);
// Each kind of record the figures count, as the change log names it, and its loader.
const std::map<std::string, Load, std::less<>> kLoads = {
    {"organisation", &store::kpis::Loader::organisations},
    {"interaction", &store::kpis::Loader::interactions},
    {"case", &store::kpis::Loader::cases},
    {"event", &store::kpis::Loader::events},
    {"delegation", &store::kpis::Loader::delegations},
    {"agreement", &store::kpis::Loader::agreements},
    {"project", &store::kpis::Loader::projects}};

}  // namespace

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
    std::fprintf(
        stderr,
        "icity: figures index ready: %zu links of interactions to organisations, in %.1f s\n",
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
      for (const auto& [_, step] : kLoads) {
        if (stop.stop_requested()) return {};
        (load.*step)({});  // every record of its kind
      }
      last_seq_ = ind == soci::i_ok ? seq : 0;
      return {};
    });
    if (last_seq_ < 0) return;
  }
  for (auto rows = db_.changes_since(last_seq_, 5000); !rows.empty();
       rows = db_.changes_since(last_seq_, 5000)) {
    // Each record once per batch, each kind in one read: applying a change re-reads the record.
    std::map<std::string, std::set<core::Id>> changed;
    for (const auto& r : rows) changed[r.entity].insert(r.entity_id);
    auto applied = db_.read([&](soci::session& sql) -> core::Result<void> {
      auto load = loader(sql);
      for (const auto& [entity, ids] : changed) {
        if (auto it = kLoads.find(entity); it != kLoads.end()) {
          (load.*(it->second))({ids.begin(), ids.end()});
        }
      }
      return {};
    });
    if (!applied) return;  // the same rows again at the next answer
    last_seq_ = rows.back().seq;
  }
}

}  // namespace icity::app
