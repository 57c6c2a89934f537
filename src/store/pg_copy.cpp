#include "store/pg_copy.hpp"

#include <libpq-fe.h>
#include <soci/postgresql/soci-postgresql.h>
#include <soci/soci.h>

namespace icity::store {
namespace {

constexpr std::size_t kFlushBytes = 1 << 20;

PGconn* conn_of(soci::session& sql) {
  // SOCI's backend classes export no typeinfo; the caller knows it is PostgreSQL.
  return static_cast<soci::postgresql_session_backend*>(sql.get_backend())->conn_;
}

[[noreturn]] void fail(PGconn* conn, const std::string& what) {
  throw soci::soci_error(what + ": " + PQerrorMessage(conn));
}

}  // namespace

CopyIn::CopyIn(soci::session& sql, std::string_view table,
               const std::vector<std::string_view>& columns)
    : conn_(conn_of(sql)) {
  std::string command = "COPY " + std::string(table) + " (";
  bool first = true;
  for (auto c : columns) {
    if (!first) command += ", ";
    command += c;
    first = false;
  }
  command += ") FROM STDIN";
  auto* conn = static_cast<PGconn*>(conn_);
  PGresult* result = PQexec(conn, command.c_str());
  const bool ready = PQresultStatus(result) == PGRES_COPY_IN;
  PQclear(result);
  if (!ready) fail(conn, command);
  buffer_.reserve(kFlushBytes + 4096);
}

CopyIn::~CopyIn() {
  if (finished_) return;
  auto* conn = static_cast<PGconn*>(conn_);
  PQputCopyEnd(conn, "copy abandoned");
  while (PGresult* r = PQgetResult(conn)) PQclear(r);
}

void CopyIn::separate() {
  if (row_started_) buffer_ += '\t';
  row_started_ = true;
}

CopyIn& CopyIn::add(std::string_view text) {
  separate();
  for (char c : text) {
    switch (c) {
      case '\\':
        buffer_ += "\\\\";
        break;
      case '\t':
        buffer_ += "\\t";
        break;
      case '\n':
        buffer_ += "\\n";
        break;
      case '\r':
        buffer_ += "\\r";
        break;
      default:
        buffer_ += c;
    }
  }
  return *this;
}

CopyIn& CopyIn::add(long long number) {
  separate();
  buffer_ += std::to_string(number);
  return *this;
}

CopyIn& CopyIn::add_null() {
  separate();
  buffer_ += "\\N";
  return *this;
}

void CopyIn::end_row() {
  buffer_ += '\n';
  row_started_ = false;
  if (buffer_.size() >= kFlushBytes) flush();
}

void CopyIn::flush() {
  if (buffer_.empty()) return;
  auto* conn = static_cast<PGconn*>(conn_);
  if (PQputCopyData(conn, buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
    fail(conn, "COPY data");
  }
  buffer_.clear();
}

void CopyIn::finish() {
  flush();
  auto* conn = static_cast<PGconn*>(conn_);
  finished_ = true;
  if (PQputCopyEnd(conn, nullptr) != 1) fail(conn, "COPY end");
  bool ok = true;
  std::string error;
  while (PGresult* r = PQgetResult(conn)) {
    if (PQresultStatus(r) != PGRES_COMMAND_OK) {
      ok = false;
      error = PQresultErrorMessage(r);
    }
    PQclear(r);
  }
  if (!ok) throw soci::soci_error("COPY: " + error);
}

}  // namespace icity::store

namespace icity::store {

std::vector<long long> reserve_ids(soci::session& sql, std::string_view table, std::size_t count) {
  std::vector<long long> ids(count);
  if (count == 0) return ids;
  const std::string sequence = "pg_get_serial_sequence('" + std::string(table) + "', 'id')";
  long long n = static_cast<long long>(count);
  sql << "SELECT nextval(" + sequence + ") FROM generate_series(1, :n)", soci::use(n),
      soci::into(ids);
  return ids;
}

}  // namespace icity::store
