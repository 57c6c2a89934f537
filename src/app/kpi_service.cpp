#include "app/kpi_service.hpp"

#include <algorithm>
#include <set>

#include "app/csv.hpp"
#include "app/export/xlsx_table.hpp"
#include "app/service_errors.hpp"
#include "core/cursor.hpp"
#include "core/instant.hpp"
#include "core/validation.hpp"
#include "store/kpi_repo.hpp"
#include "text/countries.hpp"

namespace icity::app {
namespace {

using core::Figure;
constexpr int kOffsetMinutes = 480;  // the centre's dates are Beijing dates
constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;

std::string today() {
  const auto now = core::stored_instant(store::Database::now_rfc3339());
  return core::format_instant(now + kOffsetMinutes * 60000LL).substr(0, 10);
}

// The instant a local date starts at.
core::Instant start_of(const std::string& date) {
  return core::stored_instant(date + "T00:00:00+08:00");
}

core::Result<store::kpis::Period> period_of(KpiPeriod& period) {
  if (period.to.empty()) period.to = today();
  if (period.from.empty()) period.from = period.to.substr(0, 4) + "-01-01";
  std::vector<core::FieldError> errors;
  for (const auto& [field, value] :
       {std::pair{"from", &period.from}, std::pair{"to", &period.to}}) {
    if (!core::is_valid_date(*value)) {
      errors.push_back({field, {"日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD"}});
    }
  }
  if (errors.empty() && period.from > period.to) {
    errors.push_back({"from", {"开始日期晚于结束日期", "the period starts after it ends"}});
  }
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  store::kpis::Period p;
  p.from = period.from;
  p.to = period.to;
  p.from_at = core::format_instant(start_of(period.from));
  p.until_at = core::format_instant(start_of(period.to) + kDayMs);
  p.utc_offset_minutes = kOffsetMinutes;
  return p;
}

// Sector codes → their sections' letters, once each.
void to_sections(std::vector<core::KpiRecord>& records, const ReferenceData& reference) {
  for (auto& r : records) {
    std::set<std::string> letters;
    for (const auto& code : r.sections) {
      if (const auto* s = reference.sector(code)) letters.insert(s->section);
    }
    r.sections.assign(letters.begin(), letters.end());
  }
}

// Each project's stage at `at` and since when (the instant it entered it), in order of id.
std::map<core::Id, std::pair<std::string, std::string>> stages_at(
    const std::vector<store::kpis::StageRow>& rows, const std::string& at) {
  std::map<core::Id, std::pair<std::string, std::string>> out;
  for (const auto& row : rows) {
    if (row.at >= at) continue;
    auto& current = out[row.project_id];
    if (current.first != row.stage) current = {row.stage, row.at};
  }
  return out;
}

// The projects in reserve at the end of each month of the period (the last: its end).
std::vector<core::CountBy> reserve_by_month(const std::vector<store::kpis::StageRow>& rows,
                                            const store::kpis::Period& p) {
  std::vector<core::CountBy> out;
  for (const auto& month : core::months_between(p.from, p.to)) {
    int year = std::stoi(month.substr(0, 4)), m = std::stoi(month.substr(5, 2)) + 1;
    if (m > 12) {
      m = 1;
      ++year;
    }
    char next[16];
    std::snprintf(next, sizeof next, "%04d-%02d-01", year % 10000, m % 100);
    const auto end = std::min(core::format_instant(start_of(next)), p.until_at);
    std::int64_t n = 0;
    for (const auto& [_, stage] : stages_at(rows, end)) n += stage.first == "reserve" ? 1 : 0;
    out.push_back({month, n});
  }
  return out;
}

std::vector<std::string> record_cells(const core::KpiRecord& r) {
  return {r.type, std::to_string(r.id), r.title.zh, r.title.en, r.date, r.country, r.link};
}
const std::vector<std::string> kRecordColumns = {"type", "id",      "title_zh", "title_en",
                                                 "date", "country", "link"};
const std::vector<std::string> kFigureColumns = {"figure",    "label_zh", "label_en",
                                                 "dimension", "key",      "count"};

std::vector<std::vector<std::string>> figure_rows(const KpiFigures& f) {
  std::vector<std::vector<std::string>> rows;
  for (const auto& [figure, b] : f.figures) {
    const auto label = core::figure_label(figure);
    const std::string name(core::to_string(figure));
    rows.push_back({name, label.zh, label.en, "total", "", std::to_string(b.total)});
    for (const auto& [dimension, list] :
         {std::pair{"month", &b.by_month}, std::pair{"country", &b.by_country},
          std::pair{"sector", &b.by_sector}, std::pair{"sdg", &b.by_sdg}}) {
      for (const auto& c : *list) {
        rows.push_back({name, label.zh, label.en, dimension, c.key, std::to_string(c.count)});
      }
    }
  }
  return rows;
}

std::string csv_of(const std::vector<std::string>& header,
                   const std::vector<std::vector<std::string>>& rows) {
  std::string out = "\xEF\xBB\xBF" + csv_line(header);
  for (const auto& r : rows) out += csv_line(r);
  return out;
}

std::string xlsx_of(const std::string& sheet, const std::vector<std::string>& header,
                    const std::vector<std::vector<std::string>>& rows, std::size_t number_column) {
  XlsxSheet s{sheet, header, {}};
  for (const auto& r : rows) {
    std::vector<XlsxCell> cells;
    cells.reserve(r.size());
    for (const auto& text : r) cells.push_back({text});
    cells[number_column] = {std::stoll(r[number_column])};
    s.rows.push_back(std::move(cells));
  }
  return xlsx_workbook({s});
}

}  // namespace

struct KpiService::Collected {
  std::map<Figure, std::vector<core::KpiRecord>> records;
  std::vector<store::kpis::StageRow> stages;  // for the projects in reserve month by month
  store::kpis::Period period;
};

core::Result<KpiService::Collected> KpiService::collect(const Context& ctx, KpiPeriod& period,
                                                        std::optional<Figure> only) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  auto p = period_of(period);
  if (!p) return core::fail(p.error());
  const auto wanted = [&](Figure f) {
    return !only || *only == f || *only == Figure::kCountriesReached;
  };
  Collected collected;
  collected.period = *p;
  auto& out = collected.records;
  auto& stages = collected.stages;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    const auto backend = db_.backend();
    if (wanted(Figure::kMattersHandled))
      out[Figure::kMattersHandled] = store::kpis::matters_handled(sql, *p);
    if (wanted(Figure::kEventsHeld))
      out[Figure::kEventsHeld] = store::kpis::events_held(sql, backend, *p, false);
    if (wanted(Figure::kExchangeActivities)) {
      auto exchange = store::kpis::events_held(sql, backend, *p, true);
      auto delegations = store::kpis::delegations_received(sql, *p);
      exchange.insert(exchange.end(), delegations.begin(), delegations.end());
      out[Figure::kExchangeActivities] = std::move(exchange);
    }
    if (wanted(Figure::kOrganisationsReceived)) {
      out[Figure::kOrganisationsReceived] = store::kpis::organisations_with(sql, *p, true, false);
    }
    if (wanted(Figure::kAssociationsInLiaison)) {
      out[Figure::kAssociationsInLiaison] = store::kpis::organisations_with(sql, *p, false, true);
    }
    if (wanted(Figure::kAgreementsSigned)) {
      out[Figure::kAgreementsSigned] = store::kpis::agreements_signed(sql, backend, *p);
    }
    if (wanted(Figure::kProjectsInReserve)) {
      stages = store::kpis::project_stages(sql);
      const auto at_end = stages_at(stages, p->until_at);
      std::vector<core::Id> ids;
      for (const auto& [id, stage] : at_end) {
        if (stage.first == "reserve") ids.push_back(id);
      }
      auto projects = store::kpis::projects(sql, backend, ids);
      for (auto& project : projects) {
        const auto since = core::parse_instant(at_end.at(project.id).second);
        project.date =
            since ? core::format_instant(*since + kOffsetMinutes * 60000LL).substr(0, 10) : "";
      }
      out[Figure::kProjectsInReserve] = std::move(projects);
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  for (auto& [_, records] : out) to_sections(records, reference_);
  if (wanted(Figure::kCountriesReached)) {
    std::vector<const std::vector<core::KpiRecord>*> all;
    all.reserve(out.size());
    for (const auto& [_, records] : out) all.push_back(&records);
    auto countries = core::countries_of(all);
    for (auto& c : countries) {
      if (const auto* known = text::find_country(c.country)) c.title = known->name;
    }
    out[Figure::kCountriesReached] = std::move(countries);
  }
  return collected;
}

core::Result<KpiFigures> KpiService::figures(const Context& ctx, const KpiPeriod& period) {
  KpiPeriod asked = period;
  auto collected = collect(ctx, asked, std::nullopt);
  if (!collected) return core::fail(collected.error());
  KpiFigures out{asked.from, asked.to, {}};
  for (auto figure : core::all_figures()) {
    auto b = core::count(collected->records[figure], asked.from, asked.to);
    if (figure == Figure::kProjectsInReserve) {
      b.by_month = reserve_by_month(collected->stages, collected->period);
    }
    out.figures.emplace_back(figure, std::move(b));
  }
  return out;
}

core::Result<std::vector<core::KpiRecord>> KpiService::filtered(const Context& ctx, Figure figure,
                                                                KpiPeriod& period,
                                                                const core::RecordFilter& filter) {
  auto collected = collect(ctx, period, figure);
  if (!collected) return core::fail(collected.error());
  std::vector<core::KpiRecord> out;
  for (auto& r : collected->records[figure]) {
    if (filter.matches(r)) out.push_back(std::move(r));
  }
  // Newest first.
  std::stable_sort(out.begin(), out.end(), [](const core::KpiRecord& a, const core::KpiRecord& b) {
    return a.date != b.date ? a.date > b.date : a.id > b.id;
  });
  return out;
}

core::Result<KpiRecords> KpiService::records(const Context& ctx, Figure figure,
                                             const KpiPeriod& period,
                                             const core::RecordFilter& filter, int limit,
                                             const std::string& cursor) {
  KpiPeriod asked = period;
  auto all = filtered(ctx, figure, asked, filter);
  if (!all) return core::fail(all.error());
  std::size_t start = 0;
  if (auto c = core::decode_cursor(cursor))
    start = static_cast<std::size_t>(std::max<std::int64_t>(c->id, 0));
  KpiRecords out;
  out.total = static_cast<std::int64_t>(all->size());
  const auto end = std::min(all->size(), start + static_cast<std::size_t>(limit));
  for (auto i = std::min(start, all->size()); i < end; ++i)
    out.items.push_back(std::move((*all)[i]));
  if (end < all->size())
    out.next_cursor = core::encode_cursor({"offset", static_cast<std::int64_t>(end)});
  return out;
}

core::Result<std::string> KpiService::figures_csv(const Context& ctx, const KpiPeriod& period) {
  auto f = figures(ctx, period);
  if (!f) return core::fail(f.error());
  return csv_of(kFigureColumns, figure_rows(*f));
}

core::Result<std::string> KpiService::figures_xlsx(const Context& ctx, const KpiPeriod& period) {
  auto f = figures(ctx, period);
  if (!f) return core::fail(f.error());
  return xlsx_of("figures " + f->from + " " + f->to, kFigureColumns, figure_rows(*f), 5);
}

core::Result<std::string> KpiService::records_csv(const Context& ctx, Figure figure,
                                                  const KpiPeriod& period,
                                                  const core::RecordFilter& filter) {
  KpiPeriod asked = period;
  auto all = filtered(ctx, figure, asked, filter);
  if (!all) return core::fail(all.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *all) rows.push_back(record_cells(r));
  return csv_of(kRecordColumns, rows);
}

core::Result<std::string> KpiService::records_xlsx(const Context& ctx, Figure figure,
                                                   const KpiPeriod& period,
                                                   const core::RecordFilter& filter) {
  KpiPeriod asked = period;
  auto all = filtered(ctx, figure, asked, filter);
  if (!all) return core::fail(all.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : *all) rows.push_back(record_cells(r));
  return xlsx_of(std::string(core::to_string(figure)), kRecordColumns, rows, 1);
}

}  // namespace icity::app
