// The centre's figures (core/kpi.hpp) for a period: each counted from the
// records behind it (their facts, in memory: app/kpi_index.hpp), broken down by
// month, country, sector and SDG; the records themselves for a drill-down,
// titled from the store a page at a time; both exported as CSV and XLSX.
// Staff only. The period is in Beijing dates, inclusive.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/kpi_index.hpp"
#include "core/error.hpp"
#include "core/kpi.hpp"
#include "store/database.hpp"

namespace icity::app {

struct KpiPeriod {
  std::string from;  // "YYYY-MM-DD"; "" = 1 January of this year
  std::string to;    // ""= today
};

struct KpiFigures {
  std::string from, to;
  std::vector<std::pair<core::Figure, core::Breakdown>> figures;  // in core's order
};

struct KpiRecords {
  std::vector<core::KpiRecord> items;
  std::int64_t total = 0;
  std::optional<std::string> next_cursor;
};

class KpiService {
 public:
  KpiService(store::Database& db, const ReferenceData& reference)
      : db_(db), index_(db, reference) {}
  // Fills the figures' index in the background (serve); else the first answer fills it.
  void start() { index_.start(); }

  core::Result<KpiFigures> figures(const Context& ctx, const KpiPeriod& period);
  // The records behind `figure` that pass `filter`, newest first, a page at a time.
  core::Result<KpiRecords> records(const Context& ctx, core::Figure figure, const KpiPeriod& period,
                                   const core::RecordFilter& filter, int limit,
                                   const std::string& cursor);
  core::Result<std::string> figures_csv(const Context& ctx, const KpiPeriod& period);
  core::Result<std::string> figures_xlsx(const Context& ctx, const KpiPeriod& period);
  core::Result<std::string> records_csv(const Context& ctx, core::Figure figure,
                                        const KpiPeriod& period, const core::RecordFilter& filter);
  core::Result<std::string> records_xlsx(const Context& ctx, core::Figure figure,
                                         const KpiPeriod& period, const core::RecordFilter& filter);

 private:
  struct Row;
  // The records behind `figure` in the period that pass `filter`, newest first.
  core::Result<std::vector<Row>> matching(const Context& ctx, core::Figure figure,
                                          const KpiPeriod& period,
                                          const core::RecordFilter& filter);
  // Rows as a drill-down lists them: titled, dated, linked.
  std::vector<core::KpiRecord> described(std::span<const Row> rows);
  // The export's cells of the records `matching` finds.
  core::Result<std::vector<std::vector<std::string>>> record_rows(const Context& ctx,
                                                                  core::Figure figure,
                                                                  const KpiPeriod& period,
                                                                  const core::RecordFilter& filter);
  store::Database& db_;
  KpiIndex index_;
};

}  // namespace icity::app
