#include "app/view_cache.hpp"

namespace icity::app {

std::uint64_t ViewCache::generation() const {
  std::lock_guard lock(mutex_);
  return generation_;
}

std::shared_ptr<const std::string> ViewCache::get(std::int64_t id) const {
  std::lock_guard lock(mutex_);
  auto it = entries_.find(id);
  return it == entries_.end() ? nullptr : it->second;
}

void ViewCache::put(std::int64_t id, std::uint64_t generation,
                    std::shared_ptr<const std::string> view) {
  std::lock_guard lock(mutex_);
  if (generation != generation_) return;
  if (entries_.size() >= max_entries_) entries_.clear();
  entries_[id] = std::move(view);
}

void ViewCache::invalidate() {
  std::lock_guard lock(mutex_);
  ++generation_;
  entries_.clear();
}

}  // namespace icity::app
