// The centre's figures (its KPIs): what it reports upward, each a count of
// records in a period, broken down by month, country, sector and SDG, and each
// leading back to the records behind it. Pure. The counting is in
// core/kpi_facts.hpp, over the same records a drill-down lists, so a figure and
// its list cannot disagree.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"
#include "core/views.hpp"

namespace icity::core {

enum class Figure {
  kMattersHandled,
  kEventsHeld,
  kExchangeActivities,
  kProjectsInReserve,
  kOrganisationsReceived,
  kAssociationsInLiaison,
  kAgreementsSigned,
  kCountriesReached,
};
std::string_view to_string(Figure f);
std::optional<Figure> parse_figure(std::string_view s);
std::span<const Figure> all_figures();
LocalizedText figure_label(Figure f);
LocalizedText figure_description(Figure f);

// One record behind a figure, as a drill-down lists it: a case, an event, a
// delegation, a project, an organisation, an agreement or a country.
struct KpiRecord {
  std::string type;  // "case", "event", …
  Id id = 0;         // 0 for a country
  LocalizedText title;
  std::string date;     // "YYYY-MM-DD": when it counts (resolved, held, signed, first visit…)
  std::string country;  // ISO code, or "" when unknown
  std::string link;     // the web app's page
};

struct Breakdown {
  std::int64_t total = 0;
  std::vector<CountBy> by_month;    // every month of the period, in order
  std::vector<CountBy> by_country;  // most first, then by key
  std::vector<CountBy> by_sector;
  std::vector<CountBy> by_sdg;
};

// "YYYY-MM" of every month from `from` to `to` (dates), in order.
std::vector<std::string> months_between(const std::string& from, const std::string& to);
// Which records a drill-down asks for ("" / 0: any).
struct RecordFilter {
  std::string month;  // "YYYY-MM"
  std::string country;
  std::string sector;  // a section letter
  int sdg = 0;
};

}  // namespace icity::core
