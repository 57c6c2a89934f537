// Search over everything a caller may see, and the index kept in step with
// the change log: on start it catches up from the last seq it committed; a
// follower thread, woken right after each local commit (and polling for
// other nodes' writes), applies each batch of changes and commits it with
// its last seq. Applying a change re-reads the record, so applying one twice
// is harmless and none is ever skipped.
#pragma once

#include <functional>
#include <memory>

#include "app/change_follower.hpp"
#include "app/context.hpp"
#include "core/error.hpp"
#include "search/index.hpp"
#include "store/database.hpp"

namespace icity::app {

class SearchService {
 public:
  // `index` may be null (a command that needs no search): then searching
  // answers "unavailable" and nothing is indexed.
  SearchService(store::Database& db, search::Index* index);
  ~SearchService();

  // Starts following the log from the index's last seq (serve).
  void start();
  void wake() { follower_.wake(); }
  // Applies every change the index has not seen yet, now, on this thread.
  core::Result<void> catch_up();
  // Empties the index and indexes every record again (icity reindex).
  core::Result<std::int64_t> rebuild(
      const std::function<void(std::int64_t done, std::int64_t total)>& progress);
  core::Result<search::Result> search(const Context& ctx, search::Query query);
  // Builds this thread's share of the search (its index reader, the text
  // converters a query goes through) with one throwaway query.
  void warm_this_thread();

 private:
  void apply(const std::vector<store::ChangeRow>& rows);
  store::Database& db_;
  search::Index* index_;
  ChangeFollower follower_;
};

}  // namespace icity::app
