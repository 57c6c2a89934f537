// Likely duplicate organisations, across scripts: names compared after
// normalisation, transliteration and removal of legal forms (see
// text::NameMatcher), plus website, email domain and phone. Kept in memory
// and brought up to date from the change log before each answer, so it never
// shows a merged or renamed organisation as it was. Staff only; merging is
// one audited transaction.
#pragma once

#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"
#include "text/name_key.hpp"

namespace icity::app {

struct DuplicateReason {
  std::string kind;  // name, website, email_domain, phone
  core::LocalizedText label;
};

struct DuplicateCandidate {
  core::OrganisationRef organisation;
  double score = 0;  // 0..1
  std::vector<DuplicateReason> reasons;
};

struct DuplicatePair {
  core::OrganisationRef a, b;
  double score = 0;
  std::vector<DuplicateReason> reasons;
};

class DuplicateService {
 public:
  DuplicateService(store::Database& db, const text::NameMatcher& matcher);

  // Organisations that are probably `id` itself, best first (score ≥ 0.6).
  core::Result<std::vector<DuplicateCandidate>> candidates(const Context& ctx, core::Id id,
                                                           int limit);
  // The likeliest pairs in the whole directory.
  core::Result<std::vector<DuplicatePair>> pairs(const Context& ctx, int limit);
  // Moves everything of `from` to `into` and archives `from`; returns `into`.
  core::Result<core::Id> merge(const Context& ctx, core::Id from, core::Id into);

 private:
  struct Entry {
    core::OrganisationRef ref;
    std::vector<text::NameKey> keys;
    std::vector<std::string> blocks;  // trigram and contact keys it is filed under
  };
  void refresh();  // REQUIRES: mutex_ held
  void file(const core::Organisation& org);
  void unfile(core::Id id);
  std::vector<DuplicateCandidate> candidates_of(const Entry& e, std::size_t limit) const;

  store::Database& db_;
  const text::NameMatcher& matcher_;
  std::mutex mutex_;
  std::int64_t last_seq_ = -1;  // -1: not loaded yet
  std::unordered_map<core::Id, Entry> entries_;
  std::unordered_map<std::string, std::vector<core::Id>> blocks_;
};

}  // namespace icity::app
