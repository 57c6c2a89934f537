// PostgreSQL's COPY ... FROM STDIN through libpq, for loading many rows in one
// round trip (bulk loads, a transaction's change_log rows). Internal to
// src/store; runs inside the caller's transaction on its session.
//
//   CopyIn copy(sql, "people", {"id", "name_zh", "organisation_id"});
//   copy.add(id).add(name).add_null().end_row();
//   copy.finish();  // throws soci::soci_error when the server refuses the data
#pragma once

#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace soci {
class session;
}

namespace icity::store {

class CopyIn {
 public:
  CopyIn(soci::session& sql, std::string_view table,
         std::initializer_list<std::string_view> columns)
      : CopyIn(sql, table, std::vector<std::string_view>(columns)) {}
  CopyIn(soci::session& sql, std::string_view table, const std::vector<std::string_view>& columns);
  ~CopyIn();  // ends an unfinished copy with an error, so the transaction rolls back
  CopyIn(const CopyIn&) = delete;
  CopyIn& operator=(const CopyIn&) = delete;

  CopyIn& add(std::string_view text);
  CopyIn& add(long long number);
  CopyIn& add_null();
  template <class T>
  CopyIn& add(const std::optional<T>& value) {
    return value ? add(*value) : add_null();
  }
  void end_row();
  void finish();

 private:
  void separate();
  void flush();
  void* conn_;  // PGconn, kept out of this header
  std::string buffer_;
  bool row_started_ = false;
  bool finished_ = false;
};

}  // namespace icity::store

namespace icity::store {

// `count` new ids from the identity column `table`.id, in one round trip.
std::vector<long long> reserve_ids(soci::session& sql, std::string_view table, std::size_t count);

}  // namespace icity::store
