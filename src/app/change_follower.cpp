#include "app/change_follower.hpp"

#include <soci/soci.h>

namespace icity::app {

ChangeFollower::ChangeFollower(store::Database& db, std::chrono::milliseconds interval)
    : db_(db), interval_(interval) {}

ChangeFollower::~ChangeFollower() { stop(); }

void ChangeFollower::add_listener(Listener listener) { listeners_.push_back(std::move(listener)); }

void ChangeFollower::start() {
  db_.read([&](soci::session& sql) -> core::Result<void> {
    long long seq = 0;
    soci::indicator ind = soci::i_null;
    sql << "SELECT MAX(seq) FROM change_log", soci::into(seq, ind);
    last_seq_ = ind == soci::i_ok ? seq : 0;
    return {};
  });
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

void ChangeFollower::run() {
  std::unique_lock lock(mutex_);
  while (!wake_.wait_for(lock, interval_, [this] { return stopping_; })) {
    lock.unlock();
    try {
      for (auto rows = db_.changes_since(last_seq_, 1000); !rows.empty();
           rows = db_.changes_since(last_seq_, 1000)) {
        last_seq_ = rows.back().seq;
        for (const auto& listener : listeners_) listener(rows);
      }
    } catch (const std::exception&) {
      // The database is unreachable for now; /readyz says so. Try again next round.
    }
    lock.lock();
  }
}

}  // namespace icity::app
