// Likely duplicate organisations, across scripts: names compared after
// normalisation, transliteration and removal of legal forms (see
// text::NameMatcher), plus website, email domain and phone. Kept in memory:
// filed in the background when the node starts, then brought up to date from
// the change log before each answer, so it never shows a merged or renamed
// organisation as it was. The directory's pairs are kept too, and only a
// changed organisation's are scored again. Staff only; merging is one audited
// transaction.
#pragma once

#include <map>
#include <mutex>
#include <set>
#include <stop_token>
#include <string>
#include <thread>
#include <unordered_map>
#include <utility>
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
  ~DuplicateService();
  DuplicateService(const DuplicateService&) = delete;
  DuplicateService& operator=(const DuplicateService&) = delete;

  // Files every organisation and scores the pairs on a background thread
  // (serve); answers asked for meanwhile wait for the filing, not the pairs.
  void start();

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
  // What two organisations share: how alike their names are, the same contacts.
  struct Evidence {
    float name = 0;  // 0..1
    bool website = false, email_domain = false, phone = false;
    double score() const;  // the signs combined (noisy-OR), 0..1 in hundredths
    std::vector<DuplicateReason> reasons() const;
  };
  using PairKey = std::pair<core::Id, core::Id>;  // lower id first
  struct ByScore {                                // likeliest first, then by ids
    bool operator()(const std::pair<double, PairKey>& a,
                    const std::pair<double, PairKey>& b) const {
      return a.first != b.first ? a.first > b.first : a.second < b.second;
    }
  };

  // Each REQUIRES: mutex_ held.
  void refresh(const std::stop_token& stop = {});
  Entry entry_of(const core::Organisation& org) const;  // pure: any thread
  void file(Entry e);
  void unfile(core::Id id);
  void drop_pairs(core::Id id);
  // Scores the pairs of up to `budget` organisations changed since (on every core).
  void settle(std::size_t budget);
  std::vector<std::pair<core::Id, Evidence>> candidates_of(const Entry& e, std::size_t limit) const;
  void add_pair(PairKey key, const Evidence& evidence);
  void erase_pair(PairKey key);

  store::Database& db_;
  const text::NameMatcher& matcher_;
  std::mutex mutex_;
  std::int64_t last_seq_ = -1;  // -1: not loaded yet
  std::unordered_map<core::Id, Entry> entries_;
  std::unordered_map<std::string, std::vector<core::Id>> blocks_;
  std::set<core::Id> unsettled_;  // filed, their pairs not scored yet
  std::map<PairKey, Evidence> pairs_;
  std::set<std::pair<double, PairKey>, ByScore> ranked_;  // pairs_ by score
  std::unordered_map<core::Id, std::vector<core::Id>> partners_;
  std::jthread warmer_;
};

}  // namespace icity::app
