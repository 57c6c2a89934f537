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
  record(key, now);
}

void RateLimiter::record(const std::string& key, Clock::time_point now) {
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

bool RateLimiter::take(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto& times = failures_[key];
  prune(times, now);
  if (times.size() >= max_failures_) return false;
  record(key, now);
  return true;
}

void RateLimiter::give_back(const std::string& key) {
  std::lock_guard lock(mutex_);
  if (auto it = failures_.find(key); it != failures_.end() && !it->second.empty()) {
    it->second.pop_back();
  }
}

std::chrono::seconds RateLimiter::retry_after(const std::string& key, Clock::time_point now) {
  std::lock_guard lock(mutex_);
  auto it = failures_.find(key);
  if (it == failures_.end()) return std::chrono::seconds(0);
  prune(it->second, now);
  auto& times = it->second;
  if (times.size() < max_failures_) return std::chrono::seconds(0);
  const auto free_at = times[times.size() - max_failures_] + window_;
  return std::chrono::ceil<std::chrono::seconds>(free_at - now);
}

void RateLimiter::succeeded(const std::string& key) {
  std::lock_guard lock(mutex_);
  failures_.erase(key);
}

}  // namespace icity::app
