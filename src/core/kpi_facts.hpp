// What the centre's figures (core/kpi.hpp) count, kept small enough to hold
// every record of a centre in memory and count a period in milliseconds: each
// record reduced to its day, its organisations and the country, sections and
// SDGs it counts under. Organisations are kept apart, so a change of an
// organisation's country or sectors changes every figure it stands behind at
// once. Pure: the app fills it from the store and keeps it following the
// change log (app/kpi_index.hpp).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/instant.hpp"
#include "core/kpi.hpp"

namespace icity::core {

using Day = std::int32_t;           // a date as days since 1970-01-01
Day day_of(std::string_view date);  // "YYYY-MM-DD"; 0 for anything else
std::string date_of(Day day);
// The local date of an instant at a UTC offset.
Day local_day(Instant at, int utc_offset_minutes);

// Countries as small numbers; 0 is the unknown country "".
class CountryCodes {
 public:
  CountryCodes() : codes_{""} {}
  std::uint16_t intern(std::string_view code);
  std::optional<std::uint16_t> find(std::string_view code) const;
  const std::string& code(std::uint16_t n) const { return codes_[n]; }
  std::size_t size() const { return codes_.size(); }

 private:
  std::vector<std::string> codes_;
  std::unordered_map<std::string, std::uint16_t> numbers_;
};

// Section letters and SDGs as bits: bit i is section 'A' + i; bit g is SDG g.
using Bits = std::uint32_t;
Bits section_bit(std::string_view letter);  // 0 for anything but one letter A–Z
Bits sdg_bit(int goal);                     // 0 outside 1–17

struct OrgFacts {
  std::uint16_t country = 0;
  Bits sections = 0, sdgs = 0;
  bool association = false;
  bool archived = false;
};

enum class RecordType : std::uint8_t {
  kCase,
  kEvent,
  kDelegation,
  kProject,
  kOrganisation,
  kAgreement,
  kCountry
};
std::string_view to_string(RecordType t);

// A case, event, delegation, agreement or project as the figures see it.
struct Fact {
  Id id = 0;
  Day day = 0;
  std::uint16_t country = 0;     // its own; 0: its organisation's
  std::optional<Bits> sections;  // its own; nullopt: its organisation's
  std::optional<Bits> sdgs;
  std::vector<Id> parties;  // it counts under the first foreign one, else the first
  bool exchange = false;    // an event of the exchange kinds
};

// A project's stages, oldest first: when it entered each (a stage repeated is
// not a new entry) and whether that stage is reserve.
struct ProjectFacts {
  Fact fact;  // its day is unused
  std::vector<std::pair<Instant, bool>> stages;
};

// An organisation named in an interaction.
struct Contact {
  Id interaction = 0;
  Id organisation = 0;
  Day day = 0;
  bool visit = false;  // a visit received
};

// A record counted: what it is and what it counts under.
struct Counted {
  RecordType type = RecordType::kCase;
  Id id = 0;
  Day day = 0;
  std::uint16_t country = 0;
  Bits sections = 0, sdgs = 0;
};

struct FactPeriod {
  Day from = 0, to = 0;  // inclusive
  Instant until = 0;     // the instant the period ends (its last day's end)
  int utc_offset_minutes = 480;
};

class KpiFacts {
 public:
  CountryCodes& countries() { return countries_; }
  const CountryCodes& countries() const { return countries_; }

  void put_organisation(Id id, std::optional<OrgFacts> facts);  // nullopt: gone
  // The organisations of one interaction (none: gone or archived).
  void put_contacts(Id interaction, std::vector<Contact> contacts);
  // Each nullopt: the record no longer counts (gone, archived, cancelled, unresolved).
  void put_case(Id id, std::optional<Fact> fact) { put(cases_, id, std::move(fact)); }
  void put_event(Id id, std::optional<Fact> fact) { put(events_, id, std::move(fact)); }
  void put_delegation(Id id, std::optional<Fact> fact) { put(delegations_, id, std::move(fact)); }
  void put_agreement(Id id, std::optional<Fact> fact) { put(agreements_, id, std::move(fact)); }
  void put_project(Id id, std::optional<ProjectFacts> project);

  // The records behind `figure` in the period.
  std::vector<Counted> records(Figure figure, const FactPeriod& p) const;
  // The countries figure's records: one per known country among `others`, dated by its first.
  std::vector<Counted> countries_of(const std::vector<const std::vector<Counted>*>& others) const;
  // The projects in reserve at the end of each month of the period.
  std::vector<CountBy> reserve_by_month(const FactPeriod& p) const;
  std::size_t contacts() const { return contacts_.size(); }

  Breakdown count(const std::vector<Counted>& records, const FactPeriod& p) const;
  bool matches(const Counted& r, const RecordFilter& filter) const;

 private:
  static void put(std::vector<Fact>& list, Id id, std::optional<Fact> fact);
  Counted counted(RecordType type, const Fact& f) const;
  const OrgFacts* organisation(Id id) const;
  std::vector<Counted> organisations(const FactPeriod& p, bool visits, bool associations) const;
  std::vector<Counted> projects_in_reserve(const FactPeriod& p) const;

  CountryCodes countries_;
  std::vector<std::optional<OrgFacts>> organisations_;  // by id
  std::vector<Contact> contacts_;                       // by interaction, then organisation
  std::vector<Fact> cases_, events_, delegations_, agreements_;  // each by id
  std::vector<ProjectFacts> projects_;                           // by id
};

}  // namespace icity::core
