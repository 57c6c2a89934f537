#include "core/kpi_facts.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <chrono>
#include <limits>
#include <map>

namespace icity::core {
namespace {

constexpr Instant kDayMs = 24LL * 3600 * 1000;

template <typename T>
auto find_id(std::vector<T>& list, Id id, Id T::*key) {
  return std::lower_bound(list.begin(), list.end(), id,
                          [key](const T& x, Id wanted) { return x.*key < wanted; });
}

Id fact_id(const ProjectFacts& p) { return p.fact.id; }

// Months since year 0 of a day, for its place among the period's months.
int month_number(Day day) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{day}}};
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) -
         1;
}

std::vector<CountBy> most_first(const std::map<std::string, std::int64_t>& counts) {
  std::vector<CountBy> out;
  out.reserve(counts.size());
  for (const auto& [key, n] : counts) out.push_back({key, n});
  std::stable_sort(out.begin(), out.end(),
                   [](const CountBy& a, const CountBy& b) { return a.count > b.count; });
  return out;
}

// The stage a project is in just before `at`: whether it is reserve, and since when.
std::optional<Instant> reserve_since(const ProjectFacts& p, Instant at) {
  std::optional<std::pair<Instant, bool>> current;
  for (const auto& [entered, reserve] : p.stages) {
    if (entered >= at) continue;
    if (!current || current->second != reserve) current = {entered, reserve};
  }
  if (!current || !current->second) return std::nullopt;
  return current->first;
}

}  // namespace

Day day_of(std::string_view date) {
  if (date.size() != 10) return 0;
  auto at = parse_instant(std::string(date) + "T00:00:00Z");
  return at ? static_cast<Day>(*at / kDayMs) : 0;
}

std::string date_of(Day day) { return format_instant(Instant{day} * kDayMs).substr(0, 10); }

Day local_day(Instant at, int utc_offset_minutes) {
  const Instant local = at + Instant{utc_offset_minutes} * 60000;
  return static_cast<Day>(local >= 0 ? local / kDayMs : (local - kDayMs + 1) / kDayMs);
}

std::uint16_t CountryCodes::intern(std::string_view code) {
  if (code.empty()) return 0;
  if (auto n = find(code)) return *n;
  const auto n = static_cast<std::uint16_t>(codes_.size());
  codes_.emplace_back(code);
  numbers_.emplace(std::string(code), n);
  return n;
}

std::optional<std::uint16_t> CountryCodes::find(std::string_view code) const {
  if (code.empty()) return 0;
  auto it = numbers_.find(std::string(code));
  if (it == numbers_.end()) return std::nullopt;
  return it->second;
}

Bits section_bit(std::string_view letter) {
  if (letter.size() != 1 || letter[0] < 'A' || letter[0] > 'Z') return 0;
  return Bits{1} << (letter[0] - 'A');
}

Bits sdg_bit(int goal) { return goal >= 1 && goal <= 17 ? Bits{1} << goal : 0; }

std::string_view to_string(RecordType t) {
  static constexpr std::string_view kNames[] = {
      "case", "event", "delegation", "project", "organisation", "agreement", "country"};
  return kNames[static_cast<std::size_t>(t)];
}

void KpiFacts::put_organisation(Id id, std::optional<OrgFacts> facts) {
  if (id <= 0) return;
  const auto at = static_cast<std::size_t>(id);
  if (at >= organisations_.size()) {
    if (!facts) return;
    organisations_.resize(std::max(at + 1, organisations_.size() * 3 / 2));
  }
  organisations_[at] = facts;
}

const OrgFacts* KpiFacts::organisation(Id id) const {
  const auto at = static_cast<std::size_t>(id);
  if (id <= 0 || at >= organisations_.size()) return nullptr;
  const auto& facts = organisations_[at];
  return facts ? &*facts : nullptr;
}

void KpiFacts::put_contacts(Id interaction, std::vector<Contact> contacts) {
  auto first = find_id(contacts_, interaction, &Contact::interaction);
  auto last = first;
  while (last != contacts_.end() && last->interaction == interaction) ++last;
  std::sort(contacts.begin(), contacts.end(),
            [](const Contact& a, const Contact& b) { return a.organisation < b.organisation; });
  // Mostly the same count (an edit) or an append at the end (a new interaction).
  const auto kept = std::min<std::ptrdiff_t>(last - first, std::ssize(contacts));
  std::copy_n(contacts.begin(), kept, first);
  if (kept < last - first) {
    contacts_.erase(first + kept, last);
  } else {
    contacts_.insert(first + kept, contacts.begin() + kept, contacts.end());
  }
}

void KpiFacts::put(std::vector<Fact>& list, Id id, std::optional<Fact> fact) {
  auto it = find_id(list, id, &Fact::id);
  const bool present = it != list.end() && it->id == id;
  if (fact) {
    fact->id = id;
    if (present) {
      *it = std::move(*fact);
    } else {
      list.insert(it, std::move(*fact));
    }
  } else if (present) {
    list.erase(it);
  }
}

void KpiFacts::put_project(Id id, std::optional<ProjectFacts> project) {
  auto it = std::lower_bound(projects_.begin(), projects_.end(), id,
                             [](const ProjectFacts& p, Id wanted) { return fact_id(p) < wanted; });
  const bool present = it != projects_.end() && fact_id(*it) == id;
  if (project) {
    project->fact.id = id;
    if (present) {
      *it = std::move(*project);
    } else {
      projects_.insert(it, std::move(*project));
    }
  } else if (present) {
    projects_.erase(it);
  }
}

Counted KpiFacts::counted(RecordType type, const Fact& f) const {
  static const OrgFacts kNone{};
  const auto china = countries_.find("CN");
  const OrgFacts* org = nullptr;
  for (auto id : f.parties) {
    const auto* o = organisation(id);
    if (!o) continue;
    if (!org) org = o;
    if (o->country != china) {
      org = o;
      break;
    }
  }
  if (!org) org = &kNone;
  return {type,
          f.id,
          f.day,
          f.country != 0 ? f.country : org->country,
          f.sections.value_or(org->sections),
          f.sdgs.value_or(org->sdgs)};
}

std::vector<Counted> KpiFacts::organisations(const FactPeriod& p, bool visits,
                                             bool associations) const {
  constexpr Day kNever = std::numeric_limits<Day>::max();
  const auto china = countries_.find("CN");
  std::vector<Day> first(organisations_.size(), kNever);
  for (const auto& c : contacts_) {
    if (c.day < p.from || c.day > p.to || (visits && !c.visit)) continue;
    const auto* o = organisation(c.organisation);
    if (!o || o->archived || (associations && (!o->association || o->country == china))) continue;
    auto& day = first[static_cast<std::size_t>(c.organisation)];
    day = std::min(day, c.day);
  }
  std::vector<Counted> out;
  for (std::size_t id = 0; id < first.size(); ++id) {
    const auto* o = organisation(static_cast<Id>(id));
    if (first[id] == kNever || !o) continue;
    out.push_back({RecordType::kOrganisation, static_cast<Id>(id), first[id], o->country,
                   o->sections, o->sdgs});
  }
  return out;
}

std::vector<Counted> KpiFacts::projects_in_reserve(const FactPeriod& p) const {
  std::vector<Counted> out;
  for (const auto& project : projects_) {
    if (auto since = reserve_since(project, p.until)) {
      auto c = counted(RecordType::kProject, project.fact);
      c.day = local_day(*since, p.utc_offset_minutes);
      out.push_back(c);
    }
  }
  return out;
}

std::vector<CountBy> KpiFacts::reserve_by_month(const FactPeriod& p) const {
  std::vector<CountBy> out;
  for (const auto& month : months_between(date_of(p.from), date_of(p.to))) {
    const Day next = day_of(month + "-01") + 31;
    const Day first_of_next = day_of(date_of(next).substr(0, 7) + "-01");
    const Instant end =
        std::min(Instant{first_of_next} * kDayMs - Instant{p.utc_offset_minutes} * 60000, p.until);
    std::int64_t n = 0;
    for (const auto& project : projects_) n += reserve_since(project, end) ? 1 : 0;
    out.push_back({month, n});
  }
  return out;
}

std::vector<Counted> KpiFacts::records(Figure figure, const FactPeriod& p) const {
  std::vector<Counted> out;
  const auto within = [&](const std::vector<Fact>& list, RecordType type, bool exchange_only) {
    for (const auto& f : list) {
      if (f.day >= p.from && f.day <= p.to && (!exchange_only || f.exchange)) {
        out.push_back(counted(type, f));
      }
    }
  };
  switch (figure) {
    case Figure::kMattersHandled:
      within(cases_, RecordType::kCase, false);
      break;
    case Figure::kEventsHeld:
      within(events_, RecordType::kEvent, false);
      break;
    case Figure::kExchangeActivities:
      within(events_, RecordType::kEvent, true);
      within(delegations_, RecordType::kDelegation, false);
      break;
    case Figure::kProjectsInReserve:
      return projects_in_reserve(p);
    case Figure::kOrganisationsReceived:
      return organisations(p, true, false);
    case Figure::kAssociationsInLiaison:
      return organisations(p, false, true);
    case Figure::kAgreementsSigned:
      within(agreements_, RecordType::kAgreement, false);
      break;
    case Figure::kCountriesReached: {
      std::vector<std::vector<Counted>> others;
      others.reserve(all_figures().size());
      for (auto other : all_figures()) {
        if (other != Figure::kCountriesReached) others.push_back(records(other, p));
      }
      std::vector<const std::vector<Counted>*> lists;
      lists.reserve(others.size());
      for (const auto& list : others) lists.push_back(&list);
      return countries_of(lists);
    }
  }
  return out;
}

std::vector<Counted> KpiFacts::countries_of(
    const std::vector<const std::vector<Counted>*>& others) const {
  std::map<std::string, std::pair<Day, std::uint16_t>> first;  // by code: its first day
  for (const auto* list : others) {
    for (const auto& r : *list) {
      if (r.country == 0) continue;
      auto [it, added] = first.try_emplace(countries_.code(r.country), r.day, r.country);
      if (!added) it->second.first = std::min(it->second.first, r.day);
    }
  }
  std::vector<Counted> out;
  out.reserve(first.size());
  for (const auto& [_, day_country] : first) {
    out.push_back({RecordType::kCountry, 0, day_country.first, day_country.second, 0, 0});
  }
  return out;
}

Breakdown KpiFacts::count(const std::vector<Counted>& records, const FactPeriod& p) const {
  Breakdown b;
  b.total = std::ssize(records);
  const auto months = months_between(date_of(p.from), date_of(p.to));
  const int first_month = month_number(p.from);
  std::vector<std::int64_t> by_month(months.size()), by_country(countries_.size() + 1);
  std::array<std::int64_t, 32> by_section{}, by_sdg{};
  for (const auto& r : records) {
    const auto m = month_number(r.day) - first_month;
    if (m >= 0 && m < std::ssize(by_month)) ++by_month[static_cast<std::size_t>(m)];
    ++by_country[r.country];
    for (Bits s = r.sections; s != 0; s &= s - 1) ++by_section[std::countr_zero(s)];
    for (Bits g = r.sdgs; g != 0; g &= g - 1) ++by_sdg[std::countr_zero(g)];
  }
  for (std::size_t i = 0; i < months.size(); ++i) b.by_month.push_back({months[i], by_month[i]});
  std::map<std::string, std::int64_t> countries, sections, sdgs;
  for (std::size_t c = 0; c < countries_.size(); ++c) {
    if (by_country[c] > 0)
      countries[countries_.code(static_cast<std::uint16_t>(c))] = by_country[c];
  }
  for (int bit = 0; bit < 32; ++bit) {
    const auto i = static_cast<std::size_t>(bit);
    if (bit < 26 && by_section[i] > 0)
      sections[std::string(1, static_cast<char>('A' + bit))] = by_section[i];
    if (by_sdg[i] > 0) sdgs[std::to_string(bit)] = by_sdg[i];
  }
  b.by_country = most_first(countries);
  b.by_sector = most_first(sections);
  b.by_sdg = most_first(sdgs);
  return b;
}

bool KpiFacts::matches(const Counted& r, const RecordFilter& filter) const {
  if (!filter.month.empty() && date_of(r.day).substr(0, 7) != filter.month) return false;
  if (!filter.country.empty() && countries_.code(r.country) != filter.country) return false;
  if (!filter.sector.empty() && !(r.sections & section_bit(filter.sector))) return false;
  if (filter.sdg != 0 && !(r.sdgs & sdg_bit(filter.sdg))) return false;
  return true;
}

}  // namespace icity::core
