// Statements prepared once per pooled connection and reused: parsing SQL was
// most of the cost of a simple read. Internal to src/store.
//
//   struct FindThing : PreparedStatement { ...bound variables...; soci::statement st; };
//   auto& q = prepared<FindThing>(sql, StatementSlot::kFindThing);
//   q.key = id;
//   const StatementDone done(sql, q.st);  // resets it however the caller leaves
//   if (q.st.execute(true)) ...
//
// The cache belongs to the connection that Database::read/write leased to
// this thread; outside of them (no cache) a fresh statement is prepared.
#pragma once

#include <soci/soci.h>

#include <memory>
#include <vector>

namespace icity::store {

enum class StatementSlot : std::size_t {
  kFindOrganisation,
  kOrganisationRelations,
  kCount,
};

struct PreparedStatement {
  virtual ~PreparedStatement() = default;
};

// The statements of one pooled connection.
class StatementCache {
 public:
  StatementCache() : items_(static_cast<std::size_t>(StatementSlot::kCount)) {}
  std::unique_ptr<PreparedStatement>& at(StatementSlot slot) {
    return items_[static_cast<std::size_t>(slot)];
  }

 private:
  std::vector<std::unique_ptr<PreparedStatement>> items_;
};

// Resets a reused statement when its caller is done with it. SQLite keeps a
// read transaction open on a statement that has not run to its end until it
// is reset: a cached one would pin an old snapshot on its connection (stale
// reads, and BEGIN IMMEDIATE failing at once with "database is locked").
class StatementDone {
 public:
  StatementDone(soci::session& sql, soci::statement& st)
      : st_(st), sqlite_(sql.get_backend_name() == "sqlite3") {}
  ~StatementDone();
  StatementDone(const StatementDone&) = delete;
  StatementDone& operator=(const StatementDone&) = delete;

 private:
  soci::statement& st_;
  bool sqlite_;
};

// The cache of `sql` when this thread leased it through Database, else null.
StatementCache* statement_cache_of(soci::session& sql);

// While alive, `sql` is this thread's leased connection with `cache`.
class LeasedConnection {
 public:
  LeasedConnection(soci::session& sql, StatementCache& cache);
  ~LeasedConnection();
  LeasedConnection(const LeasedConnection&) = delete;
  LeasedConnection& operator=(const LeasedConnection&) = delete;

 private:
  soci::session* previous_session_;
  StatementCache* previous_cache_;
};

// The cached statement T for `sql` (T's constructor prepares it on `sql`),
// or, without a cache, `scratch` freshly constructed.
template <class T>
T& prepared(soci::session& sql, StatementSlot slot, std::unique_ptr<T>& scratch) {
  if (StatementCache* cache = statement_cache_of(sql)) {
    auto& item = cache->at(slot);
    if (!item) item = std::make_unique<T>(sql);
    return static_cast<T&>(*item);
  }
  scratch = std::make_unique<T>(sql);
  return *scratch;
}

}  // namespace icity::store
