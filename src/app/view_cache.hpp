// Serialized read views (an organisation's JSON) kept in memory and thrown
// away as a whole whenever the change log moves: derived state that follows
// the log like the search index, so it is never older than the last change
// this node has seen. An entry loaded while a change commits is tagged with
// the generation read before loading and so is never served afterwards.
#pragma once

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace icity::app {

class ViewCache {
 public:
  explicit ViewCache(std::size_t max_entries = 200000) : max_entries_(max_entries) {}

  std::uint64_t generation() const;
  std::shared_ptr<const std::string> get(std::int64_t id) const;
  // Stores `view` unless a change happened since `generation` was read.
  void put(std::int64_t id, std::uint64_t generation, std::shared_ptr<const std::string> view);
  void invalidate();

 private:
  std::size_t max_entries_;
  mutable std::mutex mutex_;
  std::uint64_t generation_ = 0;
  std::unordered_map<std::int64_t, std::shared_ptr<const std::string>> entries_;
};

}  // namespace icity::app
