#include "app/rate_limiter.hpp"

namespace icity::app {

void RateLimiter::prune(std::deque<Clock::time_point>& times, Clock::time_point now) const {
  while (!times.empty() && now - times.front() > window_) times.pop_front();
}

bool RateLimiter::blocked(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return false;
  prune(it->second, now);
  if (it->second.empty()) {
    failures_.erase(it);
    return false;
  }
  return it->second.size() >= max_failures_;
}

void RateLimiter::failed(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto& times = failures_[key];
  prune(times, now);
  times.push_back(now);
  if (failures_.size() > 100000) {  // bound memory under a spray of addresses
    for (auto it = failures_.begin(); it != failures_.end();) {
      prune(it->second, now);
      it = it->second.empty() ? failures_.erase(it) : std::next(it);
    }
  }
}

void RateLimiter::succeeded(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace icity::app
