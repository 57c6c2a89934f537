// Counts failures per key (an account, an address) in a sliding window and
// says when a key must wait. In memory, per process: enough to slow a
// password-guessing script to a crawl.
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

 private:
  void prune(std::deque<Clock::time_point>& times, Clock::time_point now) const;
  std::size_t max_failures_;
  Clock::duration window_;
  std::mutex mutex_;
  std::unordered_map<std::string, std::deque<Clock::time_point>> failures_;
};

}  // namespace icity::app
