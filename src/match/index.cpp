#include "match/index.hpp"

#include <algorithm>
#include <mutex>

namespace icity::match {
namespace {

// Compaction waits for this many dead slots at least, so that a small index
// under churn is not rebuilt on every removal.
constexpr std::size_t kCompactAtLeast = 1024;

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
    lists_[list].add(slot, impact(f.weight));
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
  if (dead_ == 0) return;
  // Live slots keep their order, so every list stays sorted.
  std::vector<std::uint32_t> renumbered(slots_.size(), 0);
  std::uint32_t next = 0;
  for (std::uint32_t s = 0; s < slots_.size(); ++s) {
    if (slots_[s].alive) renumbered[s] = next++;
  }
  for (auto& list : lists_) {
    list.compact([&](std::uint32_t slot) {
      return slots_[slot].alive ? renumbered[slot] : PostingList::kDropped;
    });
  }
  for (auto& [id, slot] : slot_of_) slot = renumbered[slot];
  slots_.compact();
  side_slots_.fill(0);
  for (const auto& f : slots_.facts) ++side_slots_[static_cast<std::size_t>(f.side)];
  dead_ = 0;
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

std::vector<QueryList> MatchIndex::lists_for(const Plan& plan, Side side) const {
  std::vector<QueryList> out;
  for (std::size_t i = 0; i < plan.features.size(); ++i) {
    if (plan.side_lists[i] == nullptr) continue;
    const auto l = (*plan.side_lists[i])[static_cast<std::size_t>(side)];
    if (l != kNoList && !lists_[l].slots.empty()) out.push_back({&lists_[l], plan.weights[i]});
  }
  return out;
}

std::vector<Match> MatchIndex::matches(const Plan& plan, const std::vector<Scored>& best) const {
  // Each result's contributions, read back from the lists: one ascending pass
  // a list over the results of its side, not a binary search a result.
  std::vector<std::vector<Contribution>> parts(best.size());
  std::vector<std::size_t> order(best.size());
  for (std::size_t r = 0; r < order.size(); ++r) order[r] = r;
  auto side_of = [&](std::size_t r) { return static_cast<std::size_t>(slots_[best[r].slot].side); };
  std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return side_of(a) != side_of(b) ? side_of(a) < side_of(b) : best[a].slot < best[b].slot;
  });
  for (std::size_t i = 0; i < plan.features.size(); ++i) {
    if (plan.side_lists[i] == nullptr) continue;
    const auto& f = plan.features[i];
    std::size_t side = kSideCount;
    const PostingList* list = nullptr;
    std::size_t pos = 0;
    for (std::size_t r : order) {
      if (side_of(r) != side) {
        side = side_of(r);
        const auto l = (*plan.side_lists[i])[side];
        list = l == kNoList ? nullptr : &lists_[l];
        pos = 0;
      }
      if (list == nullptr) continue;
      pos = seek(list->slots.data(), list->slots.size(), pos, best[r].slot);
      if (pos < list->slots.size() && list->slots[pos] == best[r].slot) {
        parts[r].push_back({f.key, f.family, f.level, plan.weights[i] * list->impact(pos)});
      }
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
  // the next.
  TopK best(k);
  for (Side side : accept.sides()) {
    top_max_score(lists_for(p, side), side_slots_[static_cast<std::size_t>(side)], slots_, accept,
                  best);
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
    const auto lists = lists_for(p, static_cast<Side>(side));
    all.insert(all.end(), lists.begin(), lists.end());
  }
  TopK best(k);
  match::top_exhaustive(all, slots_, accept, best);
  return matches(p, std::move(best).sorted());
}

}  // namespace icity::match
