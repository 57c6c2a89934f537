#include "app/kpi_service.hpp"

#include <algorithm>

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
  return core::date_of(
      core::local_day(core::stored_instant(store::Database::now_rfc3339()), kOffsetMinutes));
}

// The instant a local date starts at.
core::Instant start_of(const std::string& date) {
  return core::stored_instant(date + "T00:00:00+08:00");
}

// Fills in the defaults of `period` and checks it.
core::Result<core::FactPeriod> period_of(KpiPeriod& period) {
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
  return core::FactPeriod{core::day_of(period.from), core::day_of(period.to),
                          start_of(period.to) + kDayMs, kOffsetMinutes};
}

// The web app's page of a record (a country has none), in the order of core::RecordType.
std::string link_of(core::RecordType type, core::Id id) {
  static constexpr std::string_view kPages[] = {
      "/desk/cases/", "/events/", "/delegations/", "/projects/", "/partners/organisations/",
      "/agreements/", ""};
  const auto page = kPages[static_cast<std::size_t>(type)];
  return page.empty() ? "" : std::string(page) + std::to_string(id);
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

struct KpiService::Row {
  core::RecordType type = core::RecordType::kCase;
  core::Id id = 0;
  core::Day day = 0;
  std::string country;
};

core::Result<KpiFigures> KpiService::figures(const Context& ctx, const KpiPeriod& period) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  KpiPeriod asked = period;
  auto p = period_of(asked);
  if (!p) return core::fail(p.error());
  KpiFigures out{asked.from, asked.to, {}};
  index_.read([&](const core::KpiFacts& facts) {
    std::vector<std::vector<core::Counted>> records;
    std::vector<const std::vector<core::Counted>*> others;
    records.reserve(core::all_figures().size());
    for (auto figure : core::all_figures()) {
      records.push_back(figure == Figure::kCountriesReached ? facts.countries_of(others)
                                                            : facts.records(figure, *p));
      others.push_back(&records.back());
      auto b = facts.count(records.back(), *p);
      if (figure == Figure::kProjectsInReserve) b.by_month = facts.reserve_by_month(*p);
      out.figures.emplace_back(figure, std::move(b));
    }
  });
  return out;
}

core::Result<std::vector<KpiService::Row>> KpiService::matching(const Context& ctx, Figure figure,
                                                                const KpiPeriod& period,
                                                                const core::RecordFilter& filter) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  KpiPeriod asked = period;
  auto p = period_of(asked);
  if (!p) return core::fail(p.error());
  std::vector<Row> out;
  index_.read([&](const core::KpiFacts& facts) {
    for (const auto& r : facts.records(figure, *p)) {
      if (facts.matches(r, filter)) {
        out.push_back({r.type, r.id, r.day, facts.countries().code(r.country)});
      }
    }
  });
  // Newest first.
  std::stable_sort(out.begin(), out.end(), [](const Row& a, const Row& b) {
    return a.day != b.day ? a.day > b.day : a.id > b.id;
  });
  return out;
}

std::vector<core::KpiRecord> KpiService::described(std::span<const Row> rows) {
  std::map<core::RecordType, std::vector<core::Id>> ids;
  for (const auto& r : rows) ids[r.type].push_back(r.id);
  std::map<core::RecordType, std::map<core::Id, core::LocalizedText>> titles;
  (void)db_.read([&](soci::session& sql) -> core::Result<void> {
    for (auto& [type, list] : ids) {
      // A few hundred at a time: every database takes that many parameters.
      for (std::size_t i = 0; i < list.size(); i += 500) {
        const std::vector<core::Id> chunk(
            list.begin() + static_cast<std::ptrdiff_t>(i),
            list.begin() + static_cast<std::ptrdiff_t>(std::min(list.size(), i + 500)));
        titles[type].merge(store::kpis::titles(sql, db_.backend(), type, chunk));
      }
    }
    return {};
  });
  std::vector<core::KpiRecord> out;
  out.reserve(rows.size());
  for (const auto& r : rows) {
    core::KpiRecord k{std::string(core::to_string(r.type)),
                      r.id,
                      {},
                      core::date_of(r.day),
                      r.country,
                      link_of(r.type, r.id)};
    if (r.type == core::RecordType::kCountry) {
      const auto* known = text::find_country(r.country);
      k.title = known ? known->name : core::LocalizedText{r.country, r.country};
    } else if (auto it = titles[r.type].find(r.id); it != titles[r.type].end()) {
      k.title = it->second;
    }
    out.push_back(std::move(k));
  }
  return out;
}

core::Result<KpiRecords> KpiService::records(const Context& ctx, Figure figure,
                                             const KpiPeriod& period,
                                             const core::RecordFilter& filter, int limit,
                                             const std::string& cursor) {
  auto all = matching(ctx, figure, period, filter);
  if (!all) return core::fail(all.error());
  std::size_t start = 0;
  if (auto c = core::decode_cursor(cursor))
    start = std::min(all->size(), static_cast<std::size_t>(std::max<std::int64_t>(c->id, 0)));
  const auto end = std::min(all->size(), start + static_cast<std::size_t>(limit));
  KpiRecords out;
  out.total = std::ssize(*all);
  out.items = described(std::span<const Row>(*all).subspan(start, end - start));
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

core::Result<std::vector<std::vector<std::string>>> KpiService::record_rows(
    const Context& ctx, Figure figure, const KpiPeriod& period, const core::RecordFilter& filter) {
  auto all = matching(ctx, figure, period, filter);
  if (!all) return core::fail(all.error());
  std::vector<std::vector<std::string>> rows;
  for (const auto& r : described(*all)) rows.push_back(record_cells(r));
  return rows;
}

core::Result<std::string> KpiService::records_csv(const Context& ctx, Figure figure,
                                                  const KpiPeriod& period,
                                                  const core::RecordFilter& filter) {
  auto rows = record_rows(ctx, figure, period, filter);
  if (!rows) return core::fail(rows.error());
  return csv_of(kRecordColumns, *rows);
}

core::Result<std::string> KpiService::records_xlsx(const Context& ctx, Figure figure,
                                                   const KpiPeriod& period,
                                                   const core::RecordFilter& filter) {
  auto rows = record_rows(ctx, figure, period, filter);
  if (!rows) return core::fail(rows.error());
  return xlsx_of(std::string(core::to_string(figure)), kRecordColumns, *rows, 1);
}

}  // namespace icity::app
