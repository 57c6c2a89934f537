#include "core/kpi.hpp"

#include <algorithm>
#include <array>

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

}  // namespace icity::core
