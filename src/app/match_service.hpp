// Partner suggestions: for an organisation, an opportunity or a visiting
// delegation, the best complementary organisations and opportunities, each
// with the reasons for it and their share of the score (src/match).
//
// The index lives in memory. It is filled in the background when the node
// starts (start()) and brought up to date from the change log before each
// answer, so a suggestion never shows a record as it was before a write that
// has been answered. Only what the public may see is in it: active
// organisations and published opportunities (one past its deadline is left
// out of answers at once, before the sweep stores it expired).
//
// Who may ask: any signed-in user for an organisation or a visible
// opportunity; staff for a delegation (delegations are staff's records).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <stop_token>
#include <string>
#include <string_view>
#include <thread>
#include <unordered_map>
#include <vector>

#include "app/context.hpp"
#include "app/match_profiles.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "match/index.hpp"
#include "store/database.hpp"

namespace icity::app {

struct MatchResult {
  MatchType type = MatchType::kOrganisation;
  core::Id id = 0;
  double score = 0;
  core::LocalizedText name;     // the organisation's name or the opportunity's title
  core::OrganisationRef owner;  // the organisation (itself, or the opportunity's owner)
  std::string kind;             // organisation kind or opportunity kind
  std::string country;
  std::vector<match::Reason> reasons;
};

class MatchService {
 public:
  MatchService(store::Database& db, const text::Thesaurus& thesaurus,
               const ReferenceData& reference);
  ~MatchService();
  MatchService(const MatchService&) = delete;
  MatchService& operator=(const MatchService&) = delete;

  // Fills the index on a background thread (serve); answers asked for
  // meanwhile wait for it.
  void start();

  core::Result<std::vector<MatchResult>> for_organisation(const Context& ctx, core::Id id,
                                                          int limit);
  core::Result<std::vector<MatchResult>> for_opportunity(const Context& ctx, core::Id id,
                                                         int limit);
  core::Result<std::vector<MatchResult>> for_delegation(const Context& ctx, core::Id id, int limit);
  // How much each of `organisations` interests the delegation: its match
  // score (0 for one that shares nothing with it), for the itinerary planner.
  core::Result<std::map<core::Id, double>> interest_for_delegation(
      const Context& ctx, core::Id id, const std::vector<core::Id>& organisations);

  // Profiles in the index (after catching up with the log).
  std::size_t size();

 private:
  // What an answer shows of a candidate besides its score.
  // The delegation's query profile, nullopt when there is no such delegation.
  std::optional<match::Profile> delegation_query(core::Id id);
  struct Card {
    core::LocalizedText name;
    core::Id owner = 0;
    std::string kind;
    std::string country;
    std::string deadline;  // opportunities: the last open day, or ""
  };
  // Each REQUIRES: mutex_ held exclusively.
  void refresh(const std::stop_token& stop = {});
  void load_all(soci::session& sql, const std::stop_token& stop);
  void put_organisation(soci::session& sql, core::Id id);
  void put_opportunity(soci::session& sql, core::Id id);
  void put_opportunities_of(soci::session& sql, core::Id organisation);
  void remove(std::int64_t profile);

  // The best `limit` for `query`, leaving out candidates in country `not_from`.
  std::vector<MatchResult> answer(const match::Profile& query, const match::Filter& filter,
                                  int limit, std::string_view not_from = {});

  store::Database& db_;
  ProfileBuilder builder_;
  // Exclusive while the index and cards change (refresh), shared while an answer reads them.
  std::shared_mutex mutex_;
  std::int64_t last_seq_ = -1;  // -1: not loaded yet
  match::MatchIndex index_;
  std::unordered_map<std::int64_t, Card> cards_;  // by profile id
  std::unordered_map<core::Id, std::vector<core::Id>> opportunities_of_;
  std::jthread loader_;
};

}  // namespace icity::app
