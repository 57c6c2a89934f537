// /api/dashboard/kpis: the centre's figures for a period, the records behind
// each, and both as CSV and XLSX.
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "core/validation.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {
namespace json = boost::json;

constexpr const char* kXlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

json::array counts_json(const std::vector<core::CountBy>& counts) {
  json::array out;
  for (const auto& c : counts) out.push_back(json::object{{"key", c.key}, {"count", c.count}});
  return out;
}

json::object figures_json(const app::KpiFigures& f) {
  json::object out{{"from", f.from}, {"to", f.to}};
  json::object details;
  for (const auto& [figure, b] : f.figures) {
    const std::string name(core::to_string(figure));
    out[name] = b.total;
    details[name] = json::object{{"label", app::to_json(core::figure_label(figure))},
                                 {"description", app::to_json(core::figure_description(figure))},
                                 {"by_month", counts_json(b.by_month)},
                                 {"by_country", counts_json(b.by_country)},
                                 {"by_sector", counts_json(b.by_sector)},
                                 {"by_sdg", counts_json(b.by_sdg)}};
  }
  out["details"] = std::move(details);
  return out;
}

json::object record_json(const core::KpiRecord& r) {
  return {{"type", r.type}, {"id", r.id},           {"title", app::to_json(r.title)},
          {"date", r.date}, {"country", r.country}, {"link", r.link}};
}

app::KpiPeriod period_of(Params& p) { return {p.date("from"), p.date("to")}; }

struct RecordsQuery {
  core::Figure figure = core::Figure::kMattersHandled;
  app::KpiPeriod period;
  core::RecordFilter filter;
  int limit = 50;
  std::string cursor;
};

core::Result<RecordsQuery> records_query(const Request& request) {
  auto name = request.param("figure");
  auto figure = name ? core::parse_figure(*name) : std::nullopt;
  if (!figure) {
    return core::fail(core::Error::not_found({"没有这项指标", "no such figure"}));
  }
  Params p(request);
  RecordsQuery q;
  q.figure = *figure;
  q.period = period_of(p);
  q.filter.month = p.text("month", 7);
  if (!q.filter.month.empty() && !core::is_valid_date(q.filter.month + "-01")) {
    p.error("month", "月份格式应为 YYYY-MM", "a month is written YYYY-MM");
  }
  q.filter.country = p.text("country", 2);
  q.filter.sector = p.text("sector", 1);
  if (auto sdg = p.integer("sdg", 1, 17)) q.filter.sdg = static_cast<int>(*sdg);
  q.limit = p.limit(50, 500);
  q.cursor = p.text("cursor", 200);
  if (auto r = p.finish(); !r) return core::fail(r.error());
  return q;
}

std::string filename(const std::string& what, const app::KpiPeriod& period,
                     const std::string& ext) {
  return "icity-" + what + (period.from.empty() ? "" : "-" + period.from) +
         (period.to.empty() ? "" : "-" + period.to) + "." + ext;
}

}  // namespace

void register_kpis(Router& router, app::App& app) {
  router.add("GET", "/api/dashboard/kpis", [&app](Request& request) -> HandlerResult {
    Params p(request);
    const auto period = period_of(p);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto f = app.kpis().figures(context_of(request), period);
    if (!f) return core::fail(f.error());
    return json_response(200, figures_json(*f));
  });
  for (const std::string ext : {"csv", "xlsx"}) {
    router.add("GET", "/api/dashboard/kpis." + ext, [&app, ext](Request& request) -> HandlerResult {
      Params p(request);
      const auto period = period_of(p);
      if (auto r = p.finish(); !r) return core::fail(r.error());
      const auto ctx = context_of(request);
      auto file =
          ext == "csv" ? app.kpis().figures_csv(ctx, period) : app.kpis().figures_xlsx(ctx, period);
      if (!file) return core::fail(file.error());
      return file_response(std::move(*file), ext == "csv" ? "text/csv; charset=utf-8" : kXlsx,
                           filename("kpis", period, ext));
    });
    router.add(
        "GET", "/api/dashboard/kpis/{figure}/records." + ext,
        [&app, ext](Request& request) -> HandlerResult {
          auto q = records_query(request);
          if (!q) return core::fail(q.error());
          const auto ctx = context_of(request);
          auto file = ext == "csv" ? app.kpis().records_csv(ctx, q->figure, q->period, q->filter)
                                   : app.kpis().records_xlsx(ctx, q->figure, q->period, q->filter);
          if (!file) return core::fail(file.error());
          return file_response(std::move(*file), ext == "csv" ? "text/csv; charset=utf-8" : kXlsx,
                               filename(std::string(core::to_string(q->figure)), q->period, ext));
        });
  }
  router.add(
      "GET", "/api/dashboard/kpis/{figure}/records", [&app](Request& request) -> HandlerResult {
        auto q = records_query(request);
        if (!q) return core::fail(q.error());
        auto page = app.kpis().records(context_of(request), q->figure, q->period, q->filter,
                                       q->limit, q->cursor);
        if (!page) return core::fail(page.error());
        json::array items;
        for (const auto& r : page->items) items.push_back(record_json(r));
        return json_response(
            200, json::object{{"items", std::move(items)},
                              {"total", page->total},
                              {"next_cursor", page->next_cursor ? json::value(*page->next_cursor)
                                                                : json::value(nullptr)}});
      });
}

}  // namespace icity::http
