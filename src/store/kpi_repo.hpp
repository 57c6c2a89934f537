// What the centre's figures count, read from the tables into core::KpiFacts:
// each loader reads every row of its kind (`only` empty, when the index is
// built) or the rows a batch of changes names, and puts what it finds — and
// that the records it did not find no longer count. Titles are read only for the records a
// drill-down shows.
#pragma once

#include <functional>
#include <map>
#include <string_view>
#include <vector>

#include "core/kpi_facts.hpp"
#include "store/database.hpp"

namespace icity::store::kpis {

// Sector codes (space-separated) → the bits of their sections.
using SectionsOf = std::function<core::Bits(std::string_view codes)>;

struct Loader {
  soci::session& sql;
  Backend backend;
  core::KpiFacts& facts;
  const SectionsOf& sections_of;
  int utc_offset_minutes = 480;  // the centre's dates

  void organisations(const std::vector<core::Id>& only = {});
  void interactions(const std::vector<core::Id>& only = {});
  void cases(const std::vector<core::Id>& only = {});
  void events(const std::vector<core::Id>& only = {});
  void delegations(const std::vector<core::Id>& only = {});
  void agreements(const std::vector<core::Id>& only = {});
  void projects(const std::vector<core::Id>& only = {});
};

// The titles of records of one type, by id (a country has none here).
std::map<core::Id, core::LocalizedText> titles(soci::session& sql, Backend backend,
                                               core::RecordType type,
                                               const std::vector<core::Id>& ids);

}  // namespace icity::store::kpis
