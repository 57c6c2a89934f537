// Follows the change log: remembers the last seq it saw, polls for newer rows
// (what other nodes sharing the database wrote) and tells its listeners. Local
// commits reach listeners at once through Database's commit listeners; this
// thread is the fallback that makes other nodes' writes visible within one
// poll interval. Search and matching indexes follow the same log, each from
// the seq it has applied: a batch counts as seen only once every listener has
// taken it, so a listener that throws gets the same rows again next round.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "store/database.hpp"

namespace icity::app {

class ChangeFollower {
 public:
  using Listener = std::function<void(const std::vector<store::ChangeRow>&)>;
  ChangeFollower(store::Database& db, std::chrono::milliseconds interval);
  ~ChangeFollower();  // stops the thread
  ChangeFollower(const ChangeFollower&) = delete;
  ChangeFollower& operator=(const ChangeFollower&) = delete;

  // REQUIRES: before start().
  void add_listener(Listener listener);
  // Starts after `from_seq`, or after the current end of the log.
  void start(std::optional<std::int64_t> from_seq = std::nullopt);
  // Reads the log now instead of at the next poll (after a local commit).
  void wake();
  void stop();
  std::int64_t last_seq() const { return last_seq_.load(); }

 private:
  void run();
  store::Database& db_;
  std::chrono::milliseconds interval_;
  std::vector<Listener> listeners_;
  std::atomic<std::int64_t> last_seq_{0};
  std::mutex mutex_;
  std::condition_variable wake_;
  bool stopping_ = false;
  bool woken_ = false;
  std::thread thread_;
};

}  // namespace icity::app
