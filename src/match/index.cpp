#include "match/index.hpp"

#include <algorithm>
#include <mutex>
#include <utility>

namespace icity::match {
namespace {

// Compaction waits for this many dead slots at least, so that a small index
// under churn is not rebuilt on every removal.
constexpr std::size_t kCompactAtLeast = 1024;
// Slots put since the last compaction are in the order they came, every side
// mixed. Once there are this many of them and an eighth of all slots, the
// index is compacted (renumbered side by side, bitmaps rebuilt) even with
// nothing dead: over a bulk load that rewrites the lists about nine times in
// all (a geometric sum). In between, once the slots put since the last
// reordering are a 64th of all, only they are renumbered side by side, at a
// cost in proportion to them: a query's windows over them then hold one side.
constexpr std::size_t kReorderAtLeast = 1024;
constexpr std::size_t kReorderFraction = 8;
constexpr std::size_t kTailAtLeast = 256;
constexpr std::size_t kTailFraction = 64;

}  // namespace

// A query resolved against the index: its features, Q(f) of each, and the
// lists of each side that hold it.
struct MatchIndex::Plan {
  std::vector<Feature> features;
  std::vector<std::uint64_t> weights;        // Q(f); 0: it cannot contribute
  std::vector<const SideLists*> side_lists;  // null: nobody holds it
  std::uint64_t ideal = 0;
};

void MatchIndex::put(const Profile& p, const FeatureLabels& labels) {
  const auto features = candidate_features(p);
  std::unique_lock lock(mutex_);
  if (slot_of_.contains(p.id)) remove_locked(p.id);
  const auto slot = static_cast<std::uint32_t>(slots_.size());
  slots_.push(p);
  ++side_slots_[static_cast<std::size_t>(p.side)];
  slot_of_.emplace(p.id, slot);
  for (const auto& f : features) {
    const auto [it, added] =
        feature_ids_.try_emplace(f.key, static_cast<std::uint32_t>(features_.size()));
    if (added) features_.emplace_back().fill(kNoList);
    auto& list = features_[it->second][static_cast<std::size_t>(p.side)];
    if (list == kNoList) {
      list = static_cast<std::uint32_t>(lists_.size());
      lists_.emplace_back();
    }
    auto& postings = lists_[list].slots;
    if (postings.empty() || postings.back() < ordered_) tail_lists_.push_back(list);
    lists_[list].add(slot, impact(f.weight));
  }
  for (const auto& [key, label] : labels) labels_.insert_or_assign(key, label);
  if (slots_.size() - compacted_ >= std::max(kReorderAtLeast, slots_.size() / kReorderFraction)) {
    compact_locked();
  } else if (slots_.size() - ordered_ >= std::max(kTailAtLeast, slots_.size() / kTailFraction)) {
    reorder_tail_locked();
  }
}

bool MatchIndex::remove(std::int64_t id) {
  std::unique_lock lock(mutex_);
  if (!slot_of_.contains(id)) return false;
  remove_locked(id);
  if (dead_ >= kCompactAtLeast && dead_ * 4 >= slots_.size()) compact_locked();
  return true;
}

void MatchIndex::remove_locked(std::int64_t id) {
  const auto it = slot_of_.find(id);
  slots_.facts[it->second].alive = false;
  slot_of_.erase(it);
  ++dead_;
}

void MatchIndex::add_labels(const FeatureLabels& labels) {
  std::unique_lock lock(mutex_);
  for (const auto& [key, label] : labels) labels_.insert_or_assign(key, label);
}

void MatchIndex::compact() {
  std::unique_lock lock(mutex_);
  compact_locked();
}

void MatchIndex::compact_locked() {
  if (dead_ == 0 && compacted_ == slots_.size()) return;
  // The live slots renumbered side by side, each side's in their old order.
  // A list holds the slots of one side, so it stays sorted; and a side's
  // profiles are contiguous, so a query's windows over a side are full of its
  // candidates and its dense lists are dense over their span (top_k.hpp).
  // Answers do not depend on slots: ties are broken by id.
  std::array<std::uint32_t, kSideCount> next{};
  for (const auto& f : slots_.facts) {
    if (f.alive) ++next[static_cast<std::size_t>(f.side)];
  }
  std::uint32_t live = 0;
  for (auto& n : next) live += std::exchange(n, live);
  std::vector<std::uint32_t> renumbered(slots_.size(), PostingList::kDropped);
  for (std::uint32_t s = 0; s < slots_.size(); ++s) {
    if (slots_[s].alive) renumbered[s] = next[static_cast<std::size_t>(slots_[s].side)]++;
  }
  for (auto& list : lists_) {
    list.compact([&](std::uint32_t slot) { return renumbered[slot]; });
  }
  for (auto& [id, slot] : slot_of_) slot = renumbered[slot];
  slots_.compact(renumbered, live);
  // Room for the slots put until the next reordering, which comes once they
  // are an eighth of all (so live / 7 of them), without doubling.
  slots_.facts.reserve(live + live / (kReorderFraction - 1) + kReorderAtLeast);
  side_slots_.fill(0);
  for (const auto& f : slots_.facts) ++side_slots_[static_cast<std::size_t>(f.side)];
  dead_ = 0;
  ordered_ = slots_.size();
  compacted_ = slots_.size();
  tail_lists_.clear();
}

void MatchIndex::reorder_tail_locked() {
  // The slots put since the last reordering, dead or alive, renumbered side by
  // side among themselves: each list's postings there are of one side and
  // after all its others, so it stays sorted.
  const auto from = static_cast<std::uint32_t>(ordered_);
  std::array<std::uint32_t, kSideCount> next{};
  for (std::uint32_t s = from; s < slots_.size(); ++s)
    ++next[static_cast<std::size_t>(slots_[s].side)];
  std::uint32_t at = from;
  for (auto& n : next) at += std::exchange(n, at);
  std::vector<std::uint32_t> renumbered(slots_.size() - from);
  std::vector<SlotFacts> facts(slots_.size() - from);
  for (std::uint32_t s = from; s < slots_.size(); ++s) {
    const std::uint32_t to = next[static_cast<std::size_t>(slots_[s].side)]++;
    renumbered[s - from] = to;
    facts[to - from] = slots_[s];
    if (slots_[s].alive) slot_of_[slots_[s].id] = to;
  }
  std::copy(facts.begin(), facts.end(), slots_.facts.begin() + from);
  for (const std::uint32_t l : tail_lists_) {
    auto& slots = lists_[l].slots;
    for (auto it = std::lower_bound(slots.begin(), slots.end(), from); it != slots.end(); ++it) {
      *it = renumbered[*it - from];
    }
    lists_[l].extend_bitmap();  // a dense list's new postings probed as its others
  }
  tail_lists_.clear();
  ordered_ = slots_.size();
}

std::size_t MatchIndex::size() const {
  std::shared_lock lock(mutex_);
  return slot_of_.size();
}

std::size_t MatchIndex::memory_bytes() const {
  std::shared_lock lock(mutex_);
  std::size_t bytes = slots_.bytes() + lists_.capacity() * sizeof(PostingList) +
                      features_.capacity() * sizeof(SideLists);
  for (const auto& list : lists_) bytes += list.bytes() - sizeof(PostingList);
  return bytes;
}

std::size_t MatchIndex::postings() const {
  std::shared_lock lock(mutex_);
  std::size_t n = 0;
  for (const auto& list : lists_) n += list.slots.size();
  return n;
}

MatchIndex::Plan MatchIndex::plan(const Profile& query) const {
  Plan plan;
  plan.features = seeker_features(query);
  const std::size_t n = std::max<std::size_t>(1, slots_.size());
  std::vector<SeekerWeight> weights;
  weights.reserve(plan.features.size());
  for (const auto& f : plan.features) {
    const auto it = feature_ids_.find(f.key);
    const SideLists* lists = it == feature_ids_.end() ? nullptr : &features_[it->second];
    std::size_t df = 0;
    if (lists != nullptr) {
      for (auto l : *lists) df += l == kNoList ? 0 : lists_[l].slots.size();
    }
    // A feature nobody holds counts as the rarest: the seeker asked for it.
    const auto w =
        query_weight(f, uses_rarity(f.family) ? rarity(std::clamp<std::size_t>(df, 1, n), n) : 1.0);
    weights.push_back({f.family, w});
    plan.weights.push_back(w);
    plan.side_lists.push_back(w == 0 || df == 0 ? nullptr : lists);
  }
  plan.ideal = ideal_score(weights);
  return plan;
}

std::vector<QueryList> MatchIndex::lists_for(const Plan& plan, Side side,
                                             bool require_topic) const {
  std::vector<QueryList> out;
  for (std::size_t i = 0; i < plan.features.size(); ++i) {
    if (plan.side_lists[i] == nullptr) continue;
    const auto l = (*plan.side_lists[i])[static_cast<std::size_t>(side)];
    const auto family = plan.features[i].family;
    const bool topical = !require_topic || (family != Family::kCountry && family != Family::kKind);
    if (l != kNoList && !lists_[l].slots.empty()) {
      out.push_back({&lists_[l], plan.weights[i], topical});
    }
  }
  return out;
}

std::vector<Match> MatchIndex::matches(const Plan& plan, const std::vector<Scored>& best) const {
  // Each result's contributions, read back from the lists: a bitmap probe
  // where the list is dense, else a binary search.
  std::vector<std::vector<Contribution>> parts(best.size());
  for (std::size_t i = 0; i < plan.features.size(); ++i) {
    if (plan.side_lists[i] == nullptr) continue;
    const auto& f = plan.features[i];
    for (std::size_t r = 0; r < best.size(); ++r) {
      const auto l = (*plan.side_lists[i])[static_cast<std::size_t>(slots_[best[r].slot].side)];
      if (l == kNoList) continue;
      const Impact d = lists_[l].impact_of(best[r].slot);
      if (d != 0) parts[r].push_back({f.key, f.family, f.level, plan.weights[i] * d});
    }
  }
  std::vector<Match> out;
  out.reserve(best.size());
  for (std::size_t r = 0; r < best.size(); ++r) {
    out.push_back({best[r].id, normalised(best[r].score, plan.ideal), explain(parts[r], labels_)});
  }
  return out;
}

std::vector<Match> MatchIndex::top(const Profile& query, std::size_t k,
                                   const Filter& filter) const {
  std::shared_lock lock(mutex_);
  if (k == 0) return {};
  const auto p = plan(query);
  const CandidateFilter accept(slots_, query, filter);
  // One heap across the sides: the k-th best score found on one side prunes
  // the next, so the largest side, where the k best are likeliest, goes first.
  auto sides = accept.sides();
  std::stable_sort(sides.begin(), sides.end(), [&](Side a, Side b) {
    return side_slots_[static_cast<std::size_t>(a)] > side_slots_[static_cast<std::size_t>(b)];
  });
  TopK best(k);
  for (Side side : sides) {
    top_max_score(lists_for(p, side, filter.require_topic),
                  side_slots_[static_cast<std::size_t>(side)], slots_, accept, best);
  }
  return matches(p, std::move(best).sorted());
}

std::vector<Match> MatchIndex::top_exhaustive(const Profile& query, std::size_t k,
                                              const Filter& filter) const {
  std::shared_lock lock(mutex_);
  if (k == 0) return {};
  const auto p = plan(query);
  const CandidateFilter accept(slots_, query, filter);
  // Every side's lists: every profile holding a feature of the query is scored.
  std::vector<QueryList> all;
  for (std::size_t side = 0; side < kSideCount; ++side) {
    const auto lists = lists_for(p, static_cast<Side>(side), filter.require_topic);
    all.insert(all.end(), lists.begin(), lists.end());
  }
  TopK best(k);
  match::top_exhaustive(all, slots_, accept, best);
  return matches(p, std::move(best).sorted());
}

}  // namespace icity::match
