#include "app/change_follower.hpp"

#include <soci/soci.h>

namespace icity::app {

ChangeFollower::ChangeFollower(store::Database& db, std::chrono::milliseconds interval)
    : db_(db), interval_(interval) {}

ChangeFollower::~ChangeFollower() { stop(); }

void ChangeFollower::add_listener(Listener listener) { listeners_.push_back(std::move(listener)); }

void ChangeFollower::start(std::optional<std::int64_t> from_seq) {
  if (from_seq) {
    last_seq_ = *from_seq;
  } else {
    db_.read([&](soci::session& sql) -> core::Result<void> {
      long long seq = 0;
      soci::indicator ind = soci::i_null;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(seq, ind);
      last_seq_ = ind == soci::i_ok ? seq : 0;
      return {};
    });
  }
  thread_ = std::thread([this] { run(); });
}

void ChangeFollower::stop() {
  {
    std::lock_guard lock(mutex_);
    stopping_ = true;
  }
  wake_.notify_all();
  if (thread_.joinable()) thread_.join();
}

void ChangeFollower::wake() {
  {
    std::lock_guard lock(mutex_);
    woken_ = true;
  }
  wake_.notify_all();
}

void ChangeFollower::run() {
  std::unique_lock lock(mutex_);
  while (true) {
    wake_.wait_for(lock, interval_, [this] { return stopping_ || woken_; });
    if (stopping_) return;
    woken_ = false;
    lock.unlock();
    try {
      for (auto rows = db_.changes_since(last_seq_, 1000); !rows.empty();
           rows = db_.changes_since(last_seq_, 1000)) {
        for (const auto& listener : listeners_) listener(rows);
        last_seq_ = rows.back().seq;
      }
    } catch (const std::exception&) {
      // The database or a listener failed for now: the same rows come again
      // next round (applying a change twice is harmless).
    }
    lock.lock();
  }
}

}  // namespace icity::app
