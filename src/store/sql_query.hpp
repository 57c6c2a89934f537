// A WHERE clause assembled at run time with bound parameters (never string
// concatenation of values), for the list endpoints' optional filters.
// Internal to src/store: includes SOCI.
#pragma once

#include <soci/soci.h>

#include <deque>
#include <string>
#include <utility>
#include <vector>

#include "core/cursor.hpp"
#include "core/views.hpp"
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

// Runs `query` with the conditions of `q` bound, then `tail` (ORDER BY, GROUP BY), after
// `bind` has bound the row's columns to the statement; calls `each` per row.
template <class Bind, class Each>
void each_row(soci::session& sql, SqlQuery& q, const std::string& query, const std::string& tail,
              Bind bind, Each each) {
  soci::statement st(sql);
  bind(st);
  q.bind(st);
  st.alloc();
  st.prepare(query + q.conditions() + tail);
  st.define_and_bind();
  st.execute(false);
  while (st.fetch()) each();
}

// One page of `table`'s rows that pass `q`, newest (highest id) first, after
// `cursor` (an id cursor; empty: from the start). `Row` binds `columns` to a
// statement (`bind(st)`) and reads the current one (`value()`); one row more
// than `limit` is read to know whether there is a next page.
template <class Row>
auto newest_first(soci::session& sql, SqlQuery& q, std::string_view columns, std::string_view table,
                  const std::string& cursor, int limit)
    -> core::Page<decltype(std::declval<Row&>().value())> {
  if (!cursor.empty()) {
    if (auto c = core::decode_cursor(cursor)) q.where("id < {}", static_cast<long long>(c->id));
  }
  long long fetch = limit + 1;
  Row row;
  soci::statement st(sql);
  row.bind(st);
  q.bind(st);
  st.exchange(soci::use(fetch, "lim"));
  st.alloc();
  st.prepare("SELECT " + std::string(columns) + " FROM " + std::string(table) + " WHERE 1 = 1" +
             q.conditions() + " ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<decltype(row.value())> page;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == limit) {
      page.next_cursor = core::encode_cursor({"id", page.items.back().id});
      break;
    }
    page.items.push_back(row.value());
  }
  return page;
}

// One page of `table`'s rows that pass `q`, ordered by `column` (then id) in
// ascending or descending order, after `cursor` (a keyset cursor of
// `key_of(item)` and the item's id). As newest_first otherwise.
template <class Row, class KeyOf>
auto sorted_page(soci::session& sql, SqlQuery& q, std::string_view columns, std::string_view table,
                 std::string_view column, bool descending, const std::string& cursor, int limit,
                 KeyOf key_of) -> core::Page<decltype(std::declval<Row&>().value())> {
  if (auto c = core::decode_cursor(cursor)) q.after(column, c->key, c->id, descending);
  long long fetch = limit + 1;
  Row row;
  soci::statement st(sql);
  row.bind(st);
  q.bind(st);
  st.exchange(soci::use(fetch, "lim"));
  st.alloc();
  const std::string order = descending ? " DESC" : " ASC";
  st.prepare("SELECT " + std::string(columns) + " FROM " + std::string(table) + " WHERE 1 = 1" +
             q.conditions() + " ORDER BY " + std::string(column) + order + ", id" + order +
             " LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<decltype(row.value())> page;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == limit) {
      const auto& last = page.items.back();
      page.next_cursor = core::encode_cursor({key_of(last), last.id});
      break;
    }
    page.items.push_back(row.value());
  }
  return page;
}

// The row of `table` with `id`, read through `Row`.
template <class Row>
auto find_row(soci::session& sql, const char* columns, const char* table, core::Id id)
    -> std::optional<decltype(std::declval<Row&>().value())> {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + columns + " FROM " + table + " WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

// Every row of a query with one integer parameter :p.
template <class Row>
auto all_rows(soci::session& sql, const std::string& query, long long p)
    -> std::vector<decltype(std::declval<Row&>().value())> {
  Row row;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(p, "p"));
  st.alloc();
  st.prepare(query);
  st.define_and_bind();
  st.execute(false);
  std::vector<decltype(row.value())> out;
  while (st.fetch()) out.push_back(row.value());
  return out;
}

// Inserts `e` into a versioned table: version 1, both times now. `Params(e)`
// binds its columns by name; `sql` inserts them, with :ca and :ua for the
// times, and ends in RETURNING id. Sets and returns the id.
template <class Params, class Entity>
core::Id insert_versioned(Tx& tx, Entity& e, const std::string& sql) {
  Params p(e);
  e.version = 1;
  e.created_at = e.updated_at = tx.now();
  long long id = 0;
  soci::statement st(tx.sql());
  p.bind(st);
  st.exchange(soci::use(e.created_at, "ca"));
  st.exchange(soci::use(e.updated_at, "ua"));
  st.exchange(soci::into(id));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(true);
  e.id = id;
  return id;
}

// Writes `e` if its stored version is still e.version: `sql` sets the
// columns `Params(e)` binds, version = version + 1 and updated_at = :ua,
// WHERE id = :id AND version = :v. Bumps e's version and updated_at; false
// (nothing written) when the version moved on.
template <class Params, class Entity>
bool update_versioned(Tx& tx, Entity& e, const std::string& sql) {
  Params p(e);
  long long id = e.id, version = e.version;
  soci::statement st(tx.sql());
  p.bind(st);
  st.exchange(soci::use(tx.now(), "ua"));
  st.exchange(soci::use(id, "id"));
  st.exchange(soci::use(version, "v"));
  st.alloc();
  st.prepare(sql);
  st.define_and_bind();
  st.execute(true);
  if (st.get_affected_rows() != 1) return false;
  ++e.version;
  e.updated_at = tx.now();
  return true;
}

}  // namespace icity::store
