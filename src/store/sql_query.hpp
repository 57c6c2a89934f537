// A WHERE clause assembled at run time with bound parameters (never string
// concatenation of values), for the list endpoints' optional filters.
// Internal to src/store: includes SOCI.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <string>
#include <vector>

#include "store/database.hpp"

namespace icity::store {

class SqlQuery {
 public:
  explicit SqlQuery(Backend backend) : backend_(backend) {}

  // Appends " AND <condition>", where each `{}` stands for a parameter bound to value.
  SqlQuery& where(std::string_view condition, std::string value);
  SqlQuery& where(std::string_view condition, long long value);
  SqlQuery& where(std::string_view condition);  // no parameter
  // " AND column IN (...)" over `values` (none: a condition that is false).
  SqlQuery& where_in(std::string_view column, const std::vector<long long>& values);
  // Keyset pagination after (key, id) in ascending or descending order of `column`.
  SqlQuery& after(std::string_view column, std::string key, long long id, bool descending);
  // `column` contains `text`, case-insensitively on both databases.
  std::string contains_condition(std::string_view column) const;

  const std::string& conditions() const { return sql_; }
  // Binds every parameter to `st`, in order. The SqlQuery must outlive the statement.
  void bind(soci::statement& st);

 private:
  std::string next_name();
  std::string substitute(std::string_view condition, bool is_text, std::size_t index);
  Backend backend_;
  std::string sql_;
  std::deque<std::string> texts_;
  std::deque<long long> numbers_;
  std::deque<std::pair<bool, std::size_t>> order_;  // (is_text, index)
  std::deque<std::string> names_;
};

}  // namespace icity::store
