#include "store/sql_query.hpp"

namespace icity::store {

std::string SqlQuery::next_name() { return "p" + std::to_string(order_.size()); }

std::string SqlQuery::substitute(std::string_view condition, bool is_text, std::size_t index) {
  std::string c(condition);
  for (auto pos = c.find("{}"); pos != std::string::npos; pos = c.find("{}", pos)) {
    std::string name = next_name();
    c.replace(pos, 2, ":" + name);
    order_.emplace_back(is_text, index);
    names_.push_back(std::move(name));
  }
  return c;
}

SqlQuery& SqlQuery::where(std::string_view condition, std::string value) {
  texts_.push_back(std::move(value));
  sql_ += " AND " + substitute(condition, true, texts_.size() - 1);
  return *this;
}

SqlQuery& SqlQuery::where(std::string_view condition, long long value) {
  numbers_.push_back(value);
  sql_ += " AND " + substitute(condition, false, numbers_.size() - 1);
  return *this;
}

SqlQuery& SqlQuery::where_in(std::string_view column, const std::vector<long long>& values) {
  if (values.empty()) return where("1 = 0");
  std::string list;
  for (long long v : values) {
    numbers_.push_back(v);
    list += (list.empty() ? "" : ", ") + substitute("{}", false, numbers_.size() - 1);
  }
  sql_ += " AND " + std::string(column) + " IN (" + list + ")";
  return *this;
}

SqlQuery& SqlQuery::where(std::string_view condition) {
  sql_ += " AND ";
  sql_ += condition;
  return *this;
}

SqlQuery& SqlQuery::after(std::string_view column, std::string key, long long id, bool descending) {
  const std::string cmp = descending ? " < " : " > ";
  const std::string col(column);
  texts_.push_back(std::move(key));
  const std::string keyed =
      substitute("(" + col + cmp + "{} OR (" + col + " = {}", true, texts_.size() - 1);
  numbers_.push_back(id);
  sql_ += " AND " + keyed + substitute(" AND id" + cmp + "{}))", false, numbers_.size() - 1);
  return *this;
}

std::string SqlQuery::contains_condition(std::string_view column) const {
  const std::string col(column);
  return backend_ == Backend::kPostgres ? col + " ILIKE {} ESCAPE '\\'"
                                        : col + " LIKE {} ESCAPE '\\'";
}

void SqlQuery::bind(soci::statement& st) {
  for (std::size_t i = 0; i < order_.size(); ++i) {
    const auto [is_text, index] = order_[i];
    if (is_text) {
      st.exchange(soci::use(texts_[index], names_[i]));
    } else {
      st.exchange(soci::use(numbers_[index], names_[i]));
    }
  }
}

}  // namespace icity::store
