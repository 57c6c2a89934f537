// Internal to the match index: what it keeps of each profile besides its
// features (one slot each, slot numbers dense), and a Filter compiled against
// those facts. Not thread-safe by itself; MatchIndex locks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "match/filter.hpp"
#include "match/profile.hpp"

namespace icity::match {

// Per-slot facts as parallel vectors: 24 bytes a profile.
struct Slots {
  std::vector<std::int64_t> id;
  std::vector<std::int64_t> organisation;
  std::vector<std::int32_t> employees;  // -1: unknown
  std::vector<std::uint16_t> country;   // pack_country; 0: none
  std::vector<Side> side;
  std::vector<Subject> subject;
  std::vector<bool> alive;  // false: removed, its postings not yet compacted away

  std::size_t size() const { return id.size(); }
  void push(const Profile& p);
  // Keeps the live slots in order (slot numbers shift down over the dead).
  void compact();
  std::size_t bytes() const;
};

// Two ASCII letters in 16 bits, case-folded; 0 for anything else.
std::uint16_t pack_country(std::string_view alpha2);

class CandidateFilter {
 public:
  // REQUIRES: `slots` and `filter` outlive this object.
  CandidateFilter(const Slots& slots, const Profile& query, const Filter& filter);
  // Live, not the query, and passing every part of the filter.
  bool operator()(std::uint32_t slot) const;

 private:
  const Slots& slots_;
  std::int64_t self_;
  std::int64_t organisation_;  // 0: no organisation to leave out
  std::uint32_t side_mask_ = 0;
  std::uint32_t subject_mask_ = 0;  // 0: any
  std::vector<std::uint16_t> countries_;
  std::int32_t min_employees_ = 0;
  std::int32_t max_employees_ = 0;
  bool sized_ = false;
  const std::function<bool(std::int64_t)>* accept_ = nullptr;
};

}  // namespace icity::match
