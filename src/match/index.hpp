// The match index: every profile's candidate features (features.hpp) as
// in-memory inverted lists, feature → (slot, D(f)), and top-k retrieval of the
// best complementary candidates for a seeker, with reasons.
//
//   MatchIndex index;
//   index.put(profile, {{concept_key("g.industry.industrial_design"),
//                        {"工业设计", "industrial design"}}});
//   for (const Match& m : index.top(request, 20)) ...  // m.id, m.score, m.reasons
//
// top() prunes with MaxScore and returns exactly what top_exhaustive(), which
// scores every profile, returns: the same ids, the same scores bit for bit
// (score.hpp sums in integers), ties broken by the smaller id. Only candidates
// with a score > 0 are returned.
//
// Lists are kept per feature and side, so a query walks only the sides its
// filter accepts. Cost: one posting a feature a profile holds, 6 bytes (a
// 4-byte slot, a 2-byte fixed-point impact: float would cost 8 and lose
// exactness) or 4 in a list whose impacts are all equal (countries, kinds,
// SDGs, sector levels). A profile with 15 concepts, 10 terms, one sector, 3
// SDGs, a country and a kind holds 34 postings, ~180 bytes; plus a 32-byte
// record of facts, an id → slot hash entry (~40 bytes) and ~100 bytes a
// distinct feature; a dense list also keeps a bitmap over its span (one bit a
// slot, top_k.hpp). Measured (bench/match_bench, 33 postings a profile): 342
// bytes a profile in the vectors at 1M profiles (vector slack included; 320
// before slots were renumbered and dense lists got bitmaps), 411 of RSS.
// memory_bytes() counts the vectors (capacity, not size).
//
// Slots are internal and renumbered: a compaction numbers each side's profiles
// together (so a query's windows over one side hold only its candidates), and
// runs by itself once an eighth of the slots were put since the last one; the
// slots put in between are renumbered side by side among themselves at every
// 64th. Answers do not depend on slots (ties are broken by id). A compaction
// holds the write lock for a while: 1.3 s measured at 877k profiles on a
// loaded machine.
//
// Removal tombstones a slot; its postings stay until a compaction, which also
// runs by itself once a quarter of the slots are dead (or on compact()). Until
// then rarity counts removed profiles too.
//
// Thread safety: any number of concurrent readers (top, top_exhaustive, size,
// memory_bytes), one writer at a time (put, remove, compact, add_labels) that
// excludes them: a std::shared_mutex. A query runs on its caller's thread.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "match/candidates.hpp"
#include "match/filter.hpp"
#include "match/profile.hpp"
#include "match/reasons.hpp"
#include "match/top_k.hpp"

namespace icity::match {

struct Match {
  std::int64_t id = 0;
  double score = 0;  // in (0, 1], score.hpp
  std::vector<Reason> reasons;
};

class MatchIndex {
 public:
  MatchIndex() = default;
  MatchIndex(const MatchIndex&) = delete;
  MatchIndex& operator=(const MatchIndex&) = delete;

  // Adds `p`, replacing the profile with its id if there is one, and keeps
  // `labels` (by feature key) for the reasons of every later query.
  void put(const Profile& p, const FeatureLabels& labels = {});
  // False when no profile has the id.
  bool remove(std::int64_t id);
  void add_labels(const FeatureLabels& labels);
  // Drops removed profiles' postings now.
  void compact();

  // Live profiles.
  std::size_t size() const;
  // Bytes held by the posting lists and per-profile vectors.
  std::size_t memory_bytes() const;
  std::size_t postings() const;

  // The k best candidates for `query` as a seeker (its id need not be in the
  // index), best first, each with its reasons.
  std::vector<Match> top(const Profile& query, std::size_t k, const Filter& filter = {}) const;
  // The same, scoring every profile: the reference top() must equal.
  std::vector<Match> top_exhaustive(const Profile& query, std::size_t k,
                                    const Filter& filter = {}) const;

 private:
  // The list of each side for one feature, or kNoList: a query walks only the
  // sides its filter accepts (complementarity.hpp), not every profile.
  static constexpr std::uint32_t kNoList = 0xFFFFFFFF;
  using SideLists = std::array<std::uint32_t, kSideCount>;
  struct Plan;
  Plan plan(const Profile& query) const;
  std::vector<QueryList> lists_for(const Plan& plan, Side side, bool require_topic) const;
  std::vector<Match> matches(const Plan& plan, const std::vector<Scored>& best) const;
  void remove_locked(std::int64_t id);
  void compact_locked();
  void reorder_tail_locked();

  mutable std::shared_mutex mutex_;
  std::unordered_map<std::string, std::uint32_t> feature_ids_;
  std::vector<SideLists> features_;  // by feature id
  std::vector<PostingList> lists_;
  Slots slots_;
  std::array<std::size_t, kSideCount> side_slots_{};         // slots of each side, dead or alive
  std::unordered_map<std::int64_t, std::uint32_t> slot_of_;  // live profiles only
  std::size_t dead_ = 0;
  std::size_t compacted_ = 0;  // slots at the last compaction (renumbered side by side)
  std::size_t ordered_ = 0;    // slots [compacted_, ordered_) are side by side too (in runs)
  std::vector<std::uint32_t> tail_lists_;  // the lists with postings at ordered_ or after
  FeatureLabels labels_;
};

}  // namespace icity::match
