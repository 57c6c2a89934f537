#include "match/index.hpp"

#include <algorithm>
#include <mutex>

namespace icity::match {
namespace {

// Compaction waits for this many dead slots at least, so that a small index
// under churn is not rebuilt on every removal.
constexpr std::size_t kCompactAtLeast = 1024;

}  // namespace

// A query resolved against the index: its features and, for those some
// profile holds, their lists and Q(f).
struct MatchIndex::Plan {
  std::vector<Feature> features;
  std::vector<QueryList> lists;
  std::vector<std::size_t> feature_of;  // lists[i] is features[feature_of[i]]
  std::uint64_t ideal = 0;
};

void MatchIndex::put(const Profile& p, const FeatureLabels& labels) {
  const auto features = candidate_features(p);
  std::unique_lock lock(mutex_);
  if (slot_of_.contains(p.id)) remove_locked(p.id);
  const auto slot = static_cast<std::uint32_t>(slots_.size());
  slots_.push(p);
  slot_of_.emplace(p.id, slot);
  for (const auto& f : features) {
    const auto [it, added] =
        feature_ids_.try_emplace(f.key, static_cast<std::uint32_t>(lists_.size()));
    if (added) lists_.emplace_back();
    lists_[it->second].add(slot, impact(f.weight));
  }
  for (const auto& [key, label] : labels) labels_.insert_or_assign(key, label);
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
  slots_.alive[it->second] = false;
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
  if (dead_ == 0) return;
  // Live slots keep their order, so every list stays sorted.
  std::vector<std::uint32_t> renumbered(slots_.size(), 0);
  std::uint32_t next = 0;
  for (std::size_t s = 0; s < slots_.size(); ++s) {
    if (slots_.alive[s]) renumbered[s] = next++;
  }
  for (auto& list : lists_) {
    std::size_t out = 0;
    list.max_impact = 0;
    for (std::size_t i = 0; i < list.slots.size(); ++i) {
      if (!slots_.alive[list.slots[i]]) continue;
      list.slots[out] = renumbered[list.slots[i]];
      list.impacts[out] = list.impacts[i];
      list.max_impact = std::max(list.max_impact, list.impacts[i]);
      ++out;
    }
    list.slots.resize(out);
    list.impacts.resize(out);
    list.slots.shrink_to_fit();
    list.impacts.shrink_to_fit();
  }
  for (auto& [id, slot] : slot_of_) slot = renumbered[slot];
  slots_.compact();
  dead_ = 0;
}

std::size_t MatchIndex::size() const {
  std::shared_lock lock(mutex_);
  return slot_of_.size();
}

std::size_t MatchIndex::memory_bytes() const {
  std::shared_lock lock(mutex_);
  std::size_t bytes = slots_.bytes() + lists_.capacity() * sizeof(PostingList);
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
  for (std::size_t i = 0; i < plan.features.size(); ++i) {
    const auto& f = plan.features[i];
    const auto it = feature_ids_.find(f.key);
    const PostingList* list = it == feature_ids_.end() ? nullptr : &lists_[it->second];
    // A feature nobody holds counts as the rarest: the seeker asked for it.
    const std::size_t df = list == nullptr ? 1 : std::max<std::size_t>(1, list->slots.size());
    const auto w = query_weight(f, uses_rarity(f.family) ? rarity(std::min(df, n), n) : 1.0);
    weights.push_back({f.family, w});
    if (w == 0 || list == nullptr || list->slots.empty()) continue;
    plan.lists.push_back({list, w});
    plan.feature_of.push_back(i);
  }
  plan.ideal = ideal_score(weights);
  return plan;
}

std::vector<Match> MatchIndex::matches(const Plan& plan, const std::vector<Scored>& best) const {
  std::vector<Match> out;
  out.reserve(best.size());
  std::vector<Contribution> parts;
  for (const auto& s : best) {
    parts.clear();
    for (std::size_t i = 0; i < plan.lists.size(); ++i) {
      const Impact d = plan.lists[i].list->impact_of(s.slot);
      if (d == 0) continue;
      const auto& f = plan.features[plan.feature_of[i]];
      parts.push_back({f.key, f.family, f.level, plan.lists[i].weight * d});
    }
    out.push_back({s.id, normalised(s.score, plan.ideal), explain(parts, labels_)});
  }
  return out;
}

std::vector<Match> MatchIndex::top(const Profile& query, std::size_t k,
                                   const Filter& filter) const {
  std::shared_lock lock(mutex_);
  const auto p = plan(query);
  const CandidateFilter accept(slots_, query, filter);
  return matches(p, top_max_score(p.lists, k, slots_, accept));
}

std::vector<Match> MatchIndex::top_exhaustive(const Profile& query, std::size_t k,
                                              const Filter& filter) const {
  std::shared_lock lock(mutex_);
  const auto p = plan(query);
  const CandidateFilter accept(slots_, query, filter);
  return matches(p, match::top_exhaustive(p.lists, k, slots_, accept));
}

}  // namespace icity::match
