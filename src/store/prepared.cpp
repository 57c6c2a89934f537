#include "store/prepared.hpp"

#include <soci/sqlite3/soci-sqlite3.h>

namespace icity::store {
namespace {

thread_local soci::session* t_session = nullptr;
thread_local StatementCache* t_cache = nullptr;

}  // namespace

StatementCache* statement_cache_of(soci::session& sql) {
  return t_session == &sql ? t_cache : nullptr;
}

StatementDone::~StatementDone() {
  if (!sqlite_) return;  // PostgreSQL holds no transaction open for a statement
  // SOCI's backend classes export no typeinfo: the session said it is SQLite.
  auto* backend = static_cast<soci::sqlite3_statement_backend*>(st_.get_backend());
  if (backend != nullptr && backend->stmt_ != nullptr) sqlite_api::sqlite3_reset(backend->stmt_);
}

LeasedConnection::LeasedConnection(soci::session& sql, StatementCache& cache)
    : previous_session_(t_session), previous_cache_(t_cache) {
  t_session = &sql;
  t_cache = &cache;
}

LeasedConnection::~LeasedConnection() {
  t_session = previous_session_;
  t_cache = previous_cache_;
}

}  // namespace icity::store
