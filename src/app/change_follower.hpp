// Follows the change log: remembers the last seq it saw, polls for newer rows
// (what other nodes sharing the database wrote) and tells its listeners. Local
// commits reach listeners at once through Database's commit listeners; this
// thread is the fallback that makes other nodes' writes visible within one
// poll interval. Search and matching indexes follow the same log.
#pragma once

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <functional>
#include <mutex>
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
  // Starts after the current end of the log.
  void start();
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
  std::thread thread_;
};

}  // namespace icity::app
