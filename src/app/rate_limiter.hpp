// Counts failures per key (an account, an address) in a sliding window and
// says when a key must wait. In memory, per process: enough to slow a
// password-guessing script to a crawl. The desk's intake counts the requests
// it accepts with take() and give_back().
#pragma once

#include <chrono>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace icity::app {

class RateLimiter {
 public:
  using Clock = std::chrono::steady_clock;
  RateLimiter(std::size_t max_failures, Clock::duration window)
      : max_failures_(max_failures), window_(window) {}

  // Whether `key` has failed too often within the window.
  bool blocked(const std::string& key, Clock::time_point now = Clock::now());
  void failed(const std::string& key, Clock::time_point now = Clock::now());
  void succeeded(const std::string& key);
  // Counts one for `key` unless it is blocked, in one step (so concurrent
  // callers cannot all pass); false when blocked. give_back() undoes the last.
  bool take(const std::string& key, Clock::time_point now = Clock::now());
  void give_back(const std::string& key);
  // How long until `key` is no longer blocked (0 when it is not).
  std::chrono::seconds retry_after(const std::string& key, Clock::time_point now = Clock::now());

 private:
  void prune(std::deque<Clock::time_point>& times, Clock::time_point now) const;
  void record(const std::string& key, Clock::time_point now);  // REQUIRES: mutex_ held
  std::size_t max_failures_;
  Clock::duration window_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> failures_;
};

}  // namespace icity::app
