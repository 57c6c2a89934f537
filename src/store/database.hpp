// The one database: a pool of SOCI sessions over SQLite (WAL, durable commits)
// or PostgreSQL 15. Every write runs through write(), which appends the
// change_log rows of the transaction as its last statement, so followers
// (search, match) see every change in commit order.
//
//   db->write([&](Tx& tx) -> Result<void> {
//     id = repo.insert(tx, org);
//     tx.changed("organisation", id, "create");
//     return {};
//   });
//
// SOCI stays out of this header: callers that run SQL include <soci/soci.h>.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"

namespace soci {
class session;
class connection_pool;
}  // namespace soci

namespace icity::store {

class StatementCache;
enum class Backend { kSqlite, kPostgres };

struct ChangeRow {
  std::int64_t seq = 0;
  std::string entity;
  std::int64_t entity_id = 0;
  std::string op;
  std::string at;
};

// One write transaction. REQUIRES: used only inside Database::write.
class Tx {
 public:
  Tx(soci::session& sql, Backend backend, std::string now)
      : sql_(sql), backend_(backend), now_(std::move(now)) {}
  soci::session& sql() { return sql_; }
  Backend backend() const { return backend_; }
  const std::string& now() const { return now_; }  // RFC 3339 UTC, same for the whole tx
  // Records that an entity changed; written to change_log at commit.
  void changed(std::string entity, std::int64_t id, std::string op);
  const std::vector<ChangeRow>& changes() const { return changes_; }

 private:
  soci::session& sql_;
  Backend backend_;
  std::string now_;
  std::vector<ChangeRow> changes_;
};

// A postgresql:// URL as libpq key=value pairs (SOCI would read the URL's
// scheme as its own backend prefix). Fails on a URL that cannot be parsed.
core::Result<std::string> postgres_conninfo(std::string_view url);

class Database {
 public:
  // url: "sqlite:/path/to/file.db" or "postgresql://user@host:port/db".
  static core::Result<std::unique_ptr<Database>> open(std::string_view url, std::size_t pool_size);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  Backend backend() const { return backend_; }
  const std::string& url() const { return url_; }

  // Runs `work` in one write transaction and commits when it succeeds; an
  // error from `work` rolls back and is returned. Database exceptions
  // propagate (they are bugs or outages, answered 500/503).
  core::Result<void> write(const std::function<core::Result<void>(Tx&)>& work);
  // Runs `work` on a pooled session (autocommit reads).
  core::Result<void> read(const std::function<core::Result<void>(soci::session&)>& work);
  // read() for work that returns a value: the value, or the read's error.
  template <class Work>
  auto read_value(Work&& work) -> core::Result<decltype(work(std::declval<soci::session&>()))> {
    std::optional<decltype(work(std::declval<soci::session&>()))> out;
    auto r = read([&](soci::session& sql) -> core::Result<void> {
      out.emplace(work(sql));
      return {};
    });
    if (!r) return core::fail(r.error());
    if (!out) return core::fail(core::Error::internal({"读取没有结果", "the read gave nothing"}));
    return std::move(*out);
  }
  // Called after every commit of write() with the changes it logged (seq not
  // set), on the committing thread. Register before serving; not thread-safe
  // against concurrent registration.
  void add_commit_listener(std::function<void(const std::vector<ChangeRow>&)> listener);
  // Cheap liveness probe for /readyz.
  bool ping();

  // The changes after `after_seq`, in commit order, at most `limit`.
  std::vector<ChangeRow> changes_since(std::int64_t after_seq, std::size_t limit);

  // Current time as RFC 3339 UTC with millisecond precision.
  static std::string now_rfc3339();

 private:
  Database(Backend backend, std::string url, std::unique_ptr<soci::connection_pool> pool,
           std::size_t pool_size);
  // A pooled connection for the duration of one call, with its statements.
  class Lease;
  Backend backend_;
  std::string url_;
  std::unique_ptr<soci::connection_pool> pool_;
  std::size_t pool_size_;
  // One per pooled connection; destroyed before the pool (declared after it).
  std::vector<std::unique_ptr<StatementCache>> caches_;
  std::vector<std::function<void(const std::vector<ChangeRow>&)>> listeners_;
};

}  // namespace icity::store
