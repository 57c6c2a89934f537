#include "store/database.hpp"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <boost/url/parse.hpp>
#include <chrono>
#include <ctime>
#include <mutex>

#include "store/pg_copy.hpp"
#include "store/prepared.hpp"

namespace icity::store {
namespace {

// Key of the transaction-scoped advisory lock that serialises change_log
// appends on PostgreSQL, so seq order equals commit order.
constexpr long long kChangeLogLock = 4242001;

// Before the first connection: SQLite's memory statistics take a global mutex
// on every allocation, which serialises all reading threads; and a pooled
// connection is only ever used by one thread at a time, so SQLite need not
// lock each connection either. (SOCI declares the SQLite API in namespace sqlite_api.)
void configure_sqlite_library() {
  static std::once_flag once;
  std::call_once(once, [] {
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    sqlite_api::sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  });
}

void configure(soci::session& sql, Backend backend) {
  if (backend == Backend::kSqlite) {
    sql << "PRAGMA journal_mode=WAL";
    sql << "PRAGMA synchronous=FULL";  // an acknowledged write survives power loss
    sql << "PRAGMA busy_timeout=10000";
    sql << "PRAGMA foreign_keys=ON";
    sql << "PRAGMA cache_size=-32000";
  } else {
    sql << "SET client_min_messages = warning";
    sql << "SET TIME ZONE 'UTC'";
  }
}

std::string quoted(std::string_view value) {
  std::string out = "'";
  for (char c : value) {
    if (c == '\\' || c == '\'') out += '\\';
    out += c;
  }
  return out + "'";
}

// The transaction's change_log rows, last before COMMIT; a bulk load's many
// rows go to PostgreSQL in one COPY.
void append_change_log(soci::session& sql, Backend backend, const std::vector<ChangeRow>& rows) {
  constexpr std::size_t kCopyFrom = 16;
  if (backend == Backend::kPostgres && rows.size() >= kCopyFrom) {
    CopyIn copy(sql, "change_log", {"entity", "entity_id", "op", "at"});
    for (const auto& c : rows) copy.add(c.entity).add(c.entity_id).add(c.op).add(c.at).end_row();
    copy.finish();
    return;
  }
  for (const auto& c : rows) {
    long long id = c.entity_id;
    sql << "INSERT INTO change_log (entity, entity_id, op, at) VALUES (:e, :i, :o, :a)",
        soci::use(c.entity), soci::use(id), soci::use(c.op), soci::use(c.at);
  }
}

}  // namespace

core::Result<std::string> postgres_conninfo(std::string_view url) {
  auto parsed = boost::urls::parse_uri(url);
  if (!parsed) {
    return core::fail(
        core::Error::malformed({"无法解析 PostgreSQL 地址",
                                "cannot parse the PostgreSQL URL: " + parsed.error().message()}));
  }
  const auto& u = *parsed;
  std::string info;
  auto add = [&](std::string_view key, std::string_view value) {
    if (value.empty()) return;
    if (!info.empty()) info += ' ';
    info.append(key).append("=").append(quoted(value));
  };
  add("host", u.host());
  add("port", u.port());
  add("user", u.user());
  add("password", u.password());
  std::string db = u.path();
  if (!db.empty() && db.front() == '/') db.erase(0, 1);
  add("dbname", db);
  for (auto param : u.params()) add(param.key, param.value);
  return info;
}

void Tx::changed(std::string entity, std::int64_t id, std::string op) {
  changes_.push_back({0, std::move(entity), id, std::move(op), now_});
}

std::string Database::now_rfc3339() {
  using namespace std::chrono;
  const auto now = system_clock::now();
  const auto ms = duration_cast<milliseconds>(now.time_since_epoch()).count() % 1000;
  const std::time_t t = system_clock::to_time_t(now);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", &tm);
  char out[40];
  std::snprintf(out, sizeof out, "%s.%03dZ", buf, static_cast<int>(ms));
  return out;
}

core::Result<std::unique_ptr<Database>> Database::open(std::string_view url,
                                                       std::size_t pool_size) {
  Backend backend;
  std::string connect;
  if (url.starts_with("sqlite:")) {
    backend = Backend::kSqlite;
    auto path = url.substr(7);
    if (path.starts_with("//")) path.remove_prefix(2);
    if (path.empty()) {
      return core::fail(core::Error::malformed({"SQLite 数据库路径为空", "empty SQLite path"}));
    }
    connect = "db=" + std::string(path) + " timeout=10";
    configure_sqlite_library();
  } else if (url.starts_with("postgresql://") || url.starts_with("postgres://")) {
    backend = Backend::kPostgres;
    auto info = postgres_conninfo(url);
    if (!info) return core::fail(info.error());
    connect = *info;
  } else {
    return core::fail(
        core::Error::malformed({"数据库地址应为 sqlite:PATH 或 postgresql://...",
                                "the database URL must be sqlite:PATH or postgresql://..."}));
  }
  if (pool_size == 0) pool_size = 1;
  auto pool = std::make_unique<soci::connection_pool>(pool_size);
  try {
    for (std::size_t i = 0; i < pool_size; ++i) {
      soci::session& s = pool->at(i);
      if (backend == Backend::kSqlite) {
        s.open(*soci::factory_sqlite3(), connect);
      } else {
        s.open(*soci::factory_postgresql(), connect);
      }
      configure(s, backend);
    }
  } catch (const std::exception& e) {
    return core::fail(core::Error{core::ErrorCode::kUnavailable,
                                  {std::string("无法连接数据库:") + e.what(),
                                   std::string("cannot open the database: ") + e.what()},
                                  {}});
  }
  return std::unique_ptr<Database>(
      new Database(backend, std::string(url), std::move(pool), pool_size));
}

Database::Database(Backend backend, std::string url, std::unique_ptr<soci::connection_pool> pool,
                   std::size_t pool_size)
    : backend_(backend), url_(std::move(url)), pool_(std::move(pool)), pool_size_(pool_size) {
  for (std::size_t i = 0; i < pool_size_; ++i)
    caches_.push_back(std::make_unique<StatementCache>());
}

// Leases a connection from the pool and makes its statement cache current.
class Database::Lease {
 public:
  explicit Lease(Database& db)
      : db_(db),
        position_(db.pool_->lease()),
        leased_(db.pool_->at(position_), *db.caches_[position_]) {}
  ~Lease() { db_.pool_->give_back(position_); }
  Lease(const Lease&) = delete;
  Lease& operator=(const Lease&) = delete;
  soci::session& sql() { return db_.pool_->at(position_); }

 private:
  Database& db_;
  std::size_t position_;
  LeasedConnection leased_;
};

Database::~Database() {
  caches_.clear();  // statements before their connections
}

core::Result<void> Database::write(const std::function<core::Result<void>(Tx&)>& work) {
  Lease lease(*this);
  soci::session& sql = lease.sql();
  sql << (backend_ == Backend::kSqlite ? "BEGIN IMMEDIATE" : "BEGIN");
  try {
    Tx tx(sql, backend_, now_rfc3339());
    auto result = work(tx);
    if (!result) {
      sql << "ROLLBACK";
      return result;
    }
    if (!tx.changes().empty()) {
      if (backend_ == Backend::kPostgres) {
        long long lock = kChangeLogLock;
        sql << "SELECT pg_advisory_xact_lock(:k)", soci::use(lock);
      }
      append_change_log(sql, backend_, tx.changes());
    }
    sql << "COMMIT";
    if (!tx.changes().empty()) {
      for (const auto& listener : listeners_) listener(tx.changes());
    }
    return {};
  } catch (...) {
    try {
      sql << "ROLLBACK";
    } catch (...) {
      // The connection is broken; the original error says why.
    }
    throw;
  }
}

core::Result<void> Database::read(const std::function<core::Result<void>(soci::session&)>& work) {
  Lease lease(*this);
  return work(lease.sql());
}

void Database::add_commit_listener(std::function<void(const std::vector<ChangeRow>&)> listener) {
  listeners_.push_back(std::move(listener));
}

bool Database::ping() {
  try {
    soci::session sql(*pool_);
    int one = 0;
    sql << "SELECT 1", soci::into(one);
    return one == 1;
  } catch (...) {
    return false;
  }
}

std::vector<ChangeRow> Database::changes_since(std::int64_t after_seq, std::size_t limit) {
  soci::session sql(*pool_);
  std::vector<ChangeRow> out;
  ChangeRow row;
  long long seq = 0;
  long long entity_id = 0;
  long long after = after_seq;
  long long lim = static_cast<long long>(limit);
  soci::statement st = (sql.prepare << "SELECT seq, entity, entity_id, op, at FROM change_log "
                                       "WHERE seq > :after ORDER BY seq LIMIT :lim",
                        soci::use(after), soci::use(lim), soci::into(seq), soci::into(row.entity),
                        soci::into(entity_id), soci::into(row.op), soci::into(row.at));
  st.execute(false);
  while (st.fetch()) {
    row.seq = seq;
    row.entity_id = entity_id;
    out.push_back(row);
  }
  return out;
}

}  // namespace icity::store
