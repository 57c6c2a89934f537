// Internal to the match index: what it keeps of each profile besides its
// features (one slot each, slot numbers dense), and a Filter compiled against
// those facts. Not thread-safe by itself; MatchIndex locks.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "match/filter.hpp"
#include "match/profile.hpp"

namespace icity::match {

// What a filter asks of a candidate, in one 32-byte record so that testing a
// candidate costs one cache line, not one per fact.
struct SlotFacts {
  std::int64_t id = 0;
  std::int64_t organisation = 0;
  std::int32_t employees = -1;  // -1: unknown
  std::uint16_t country = 0;    // pack_country; 0: none
  Side side = Side::kOrganisation;
  Subject subject = Subject::kOrganisation;
  bool alive = true;  // false: removed, its postings not yet compacted away
};

struct Slots {
  std::vector<SlotFacts> facts;

  std::size_t size() const { return facts.size(); }
  const SlotFacts& operator[](std::uint32_t slot) const { return facts[slot]; }
  void push(const Profile& p);
  // Keeps the live slots, slot s at to[s] (a permutation of 0..live-1 over
  // the live ones).
  void compact(std::span<const std::uint32_t> to, std::size_t live);
  std::size_t bytes() const { return facts.capacity() * sizeof(SlotFacts); }
};

// Two ASCII letters in 16 bits, case-folded; 0 for anything else.
std::uint16_t pack_country(std::string_view alpha2);

class CandidateFilter {
 public:
  // REQUIRES: `slots` and `filter` outlive this object.
  CandidateFilter(const Slots& slots, const Profile& query, const Filter& filter);
  // The sides a candidate may have, in declaration order.
  const std::vector<Side>& sides() const { return sides_; }
  // Live, not the query, and passing every part of the filter.
  bool operator()(std::uint32_t slot) const;

 private:
  const Slots& slots_;
  std::int64_t self_;
  std::int64_t organisation_;  // 0: no organisation to leave out
  std::vector<Side> sides_;
  std::uint32_t side_mask_ = 0;
  std::uint32_t subject_mask_ = 0;  // 0: any
  std::vector<std::uint16_t> countries_;
  std::int32_t min_employees_ = 0;
  std::int32_t max_employees_ = 0;
  bool sized_ = false;
  const std::function<bool(std::int64_t)>* accept_ = nullptr;
};

// Inline: it runs for every candidate a query considers.
inline bool CandidateFilter::operator()(std::uint32_t slot) const {
  const SlotFacts& s = slots_[slot];
  if (!s.alive || s.id == self_) return false;
  if ((side_mask_ & (1U << static_cast<unsigned>(s.side))) == 0) return false;
  if (organisation_ != 0 && s.organisation == organisation_) return false;
  if (subject_mask_ != 0 && (subject_mask_ & (1U << static_cast<unsigned>(s.subject))) == 0) {
    return false;
  }
  if (!countries_.empty() && !std::binary_search(countries_.begin(), countries_.end(), s.country)) {
    return false;
  }
  if (sized_ && (s.employees < 0 || s.employees < min_employees_ || s.employees > max_employees_)) {
    return false;
  }
  return accept_ == nullptr || (*accept_)(s.id);
}

}  // namespace icity::match
