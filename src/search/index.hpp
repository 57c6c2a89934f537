// The full-text index (Xapian) under the data dir: words of both languages
// (CJK n-grams, English stems) and the thesaurus concepts each record
// mentions, so a query in one language finds records written in the other.
// One writer (the change-log follower), any number of concurrent readers.
// Xapian stays out of this header.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "search/document.hpp"
#include "text/thesaurus.hpp"

namespace icity::search {

class Index {
 public:
  // Opens or creates the index in `dir`. Throws std::runtime_error on failure.
  Index(const std::string& dir, const text::Thesaurus& thesaurus);
  ~Index();
  Index(const Index&) = delete;
  Index& operator=(const Index&) = delete;

  // Writer side, one thread at a time. Changes become visible at commit().
  void put(const Document& doc);
  // Many at once, their documents built on every core.
  void put_many(const std::vector<Document>& docs);
  void remove(const std::string& type, std::int64_t id);
  void clear();
  // Makes the changes visible and records the last change-log seq they cover,
  // in the same Xapian commit (so a restart resumes exactly there).
  void commit(std::int64_t last_seq);
  std::int64_t last_seq() const;
  // A note kept with the index ("" when none), written with the next commit.
  std::string metadata(const std::string& key) const;
  void set_metadata(const std::string& key, const std::string& value);

  // Reader side, any thread.
  Result search(const Query& query) const;
  std::int64_t size() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace icity::search
