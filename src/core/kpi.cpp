#include "core/kpi.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "core/enum_names.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 8> kNames = {
    "matters_handled",        "events_held",
    "exchange_activities",    "projects_in_reserve",
    "organisations_received", "associations_in_liaison",
    "agreements_signed",      "countries_reached"};
constexpr std::array<Figure, 8> kFigures = {
    Figure::kMattersHandled,        Figure::kEventsHeld,
    Figure::kExchangeActivities,    Figure::kProjectsInReserve,
    Figure::kOrganisationsReceived, Figure::kAssociationsInLiaison,
    Figure::kAgreementsSigned,      Figure::kCountriesReached};

std::vector<CountBy> sorted(const std::map<std::string, std::int64_t>& counts) {
  std::vector<CountBy> out;
  out.reserve(counts.size());
  for (const auto& [key, n] : counts) out.push_back({key, n});
  std::stable_sort(out.begin(), out.end(),
                   [](const CountBy& a, const CountBy& b) { return a.count > b.count; });
  return out;
}

}  // namespace

std::string_view to_string(Figure f) { return kNames[static_cast<std::size_t>(f)]; }
std::optional<Figure> parse_figure(std::string_view s) { return parse_in<Figure>(kNames, s); }
std::span<const Figure> all_figures() { return kFigures; }

LocalizedText figure_label(Figure f) {
  switch (f) {
    case Figure::kMattersHandled:
      return {"办理涉外事务", "Foreign-related matters handled"};
    case Figure::kEventsHeld:
      return {"举办活动", "Events held"};
    case Figure::kExchangeActivities:
      return {"交流活动", "Exchange activities"};
    case Figure::kProjectsInReserve:
      return {"储备国际合作项目", "Cooperation projects in reserve"};
    case Figure::kOrganisationsReceived:
      return {"接待企业和机构", "Organisations received"};
    case Figure::kAssociationsInLiaison:
      return {"联络外国商协会", "Foreign associations in liaison"};
    case Figure::kAgreementsSigned:
      return {"签署协议", "Agreements signed"};
    case Figure::kCountriesReached:
      return {"覆盖国家", "Countries reached"};
  }
  return {};
}

LocalizedText figure_description(Figure f) {
  switch (f) {
    case Figure::kMattersHandled:
      return {"期间内办结的涉外事务咨询(按办结日期)",
              "foreign-related requests resolved in the period (by the date resolved)"};
    case Figure::kEventsHeld:
      return {"期间内开始且未取消的活动", "events starting in the period, not cancelled"};
    case Figure::kExchangeActivities:
      return {"期间内举办的交流营、参访和文化活动,以及来访的外国代表团(按抵达日期)",
              "exchange camps, visit programmes and cultural events held, and delegations whose "
              "visit starts in the period"};
    case Figure::kProjectsInReserve:
      return {"期末处于“储备”阶段的国际合作项目(按月为各月末的数量)",
              "cooperation projects in stage reserve at the end of the period (by month: at "
              "the end of each month)"};
    case Figure::kOrganisationsReceived:
      return {"期间内有来访接待记录的不同企业和机构",
              "distinct organisations with a visit received in the period"};
    case Figure::kAssociationsInLiaison:
      return {"期间内有往来记录的不同外国商协会",
              "distinct foreign associations with an interaction in the period"};
    case Figure::kAgreementsSigned:
      return {"期间内签署的备忘录、合作协议和意向书",
              "MoUs, cooperation agreements and letters of intent signed in the period"};
    case Figure::kCountriesReached:
      return {"以上各项记录涉及的不同国家", "distinct countries of the records above"};
  }
  return {};
}

std::vector<std::string> months_between(const std::string& from, const std::string& to) {
  std::vector<std::string> out;
  if (from.size() < 7 || to.size() < 7 || from > to) return out;
  int year = std::stoi(from.substr(0, 4)), month = std::stoi(from.substr(5, 2));
  const std::string last = to.substr(0, 7);
  for (int guard = 0; guard < 1200; ++guard) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d", year % 10000, month % 100);
    out.emplace_back(buf);
    if (out.back() >= last) break;
    if (++month > 12) {
      month = 1;
      ++year;
    }
  }
  return out;
}

Breakdown count(const std::vector<KpiRecord>& records, const std::string& from,
                const std::string& to) {
  Breakdown b;
  b.total = static_cast<std::int64_t>(records.size());
  std::map<std::string, std::int64_t> months, countries, sections, sdgs;
  for (const auto& m : months_between(from, to)) months[m] = 0;
  for (const auto& r : records) {
    ++months[r.date.substr(0, 7)];
    ++countries[r.country];
    for (const auto& s : r.sections) ++sections[s];
    for (int g : r.sdgs) ++sdgs[std::to_string(g)];
  }
  for (const auto& [key, n] : months) b.by_month.push_back({key, n});
  b.by_country = sorted(countries);
  b.by_sector = sorted(sections);
  b.by_sdg = sorted(sdgs);
  return b;
}

bool RecordFilter::matches(const KpiRecord& r) const {
  if (!month.empty() && r.date.substr(0, 7) != month) return false;
  if (!country.empty() && r.country != country) return false;
  if (!sector.empty() &&
      std::find(r.sections.begin(), r.sections.end(), sector) == r.sections.end()) {
    return false;
  }
  if (sdg != 0 && std::find(r.sdgs.begin(), r.sdgs.end(), sdg) == r.sdgs.end()) return false;
  return true;
}

std::vector<KpiRecord> countries_of(const std::vector<const std::vector<KpiRecord>*>& figures) {
  std::map<std::string, std::string> first;  // country → its earliest record's date
  for (const auto* records : figures) {
    for (const auto& r : *records) {
      if (r.country.empty()) continue;
      auto [it, added] = first.emplace(r.country, r.date);
      if (!added && r.date < it->second) it->second = r.date;
    }
  }
  std::vector<KpiRecord> out;
  for (const auto& [code, date] : first) {
    KpiRecord r;
    r.type = "country";
    r.title = {code, code};
    r.date = date;
    r.country = code;
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace icity::core
