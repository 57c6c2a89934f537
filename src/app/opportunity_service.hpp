// Opportunities: what an organisation offers or seeks. The public reads the
// published ones; a partner writes its own organisation's, staff all of them
// (and moderate: unpublish or close anyone's). The status moves only through
// the core state machine (core/opportunity.hpp). "Expired" is derived when
// read, from the deadline and today's UTC date, so answers are never late; a
// sweep (hourly once started, and expire_due) also stores it, audited as the
// system, so the search index takes expired ones from the public and staff can
// reopen them after moving the deadline. Every write is audited and recorded
// in the change log.
//
// Answers about one opportunity carry suggestions: the SDGs (SDG tagger) and
// thesaurus concepts its text mentions, when it has none of its own. They are
// offered, never stored by themselves.
#pragma once

#include <boost/json/fwd.hpp>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>

#include "app/context.hpp"
#include "app/json/opportunity_json.hpp"
#include "app/reference_data.hpp"
#include "core/error.hpp"
#include "core/opportunity.hpp"
#include "core/views.hpp"
#include "store/database.hpp"
#include "text/sdg_tagger.hpp"
#include "text/thesaurus.hpp"

namespace icity::app {

struct OpportunityAnswer {
  core::Opportunity opportunity;  // with its effective status
  TextSuggestions suggestions;
};

class OpportunityService {
 public:
  OpportunityService(store::Database& db, const ReferenceData& reference,
                     const text::Thesaurus& thesaurus, const text::SdgTagger& tagger)
      : db_(db), reference_(reference), thesaurus_(thesaurus), tagger_(tagger) {}

  // Published ones for everyone; others for staff and the owner's partners (404 to the rest).
  core::Result<OpportunityAnswer> get(const Context& ctx, core::Id id);
  // Published ones, unless the caller is staff or a partner asking for its own organisation's.
  core::Result<core::Page<core::Opportunity>> list(const Context& ctx,
                                                   core::OpportunityQuery query);
  // A new draft.
  core::Result<OpportunityAnswer> create(const Context& ctx, const boost::json::object& body);
  // A PATCH with the version read (409 when stale or when its status forbids editing).
  core::Result<OpportunityAnswer> update(const Context& ctx, core::Id id,
                                         const boost::json::object& patch);
  // {"to": "published"} (and optionally "version"): 409 with the reason when illegal.
  core::Result<OpportunityAnswer> transition(const Context& ctx, core::Id id,
                                             const boost::json::object& body);

  // The system's sweep: stores "expired" on every published one whose deadline
  // has passed; returns how many. Safe on several nodes at once (versions).
  core::Result<int> expire_due(const Context& ctx);
  // Sweeps as `ctx` (the system) now and then every `period` on a background
  // thread until destroyed.
  void start(Context ctx, std::chrono::seconds period = std::chrono::hours(1));

  TextSuggestions suggest(const core::Opportunity& o) const;
  // Today's date in UTC, "YYYY-MM-DD".
  static std::string today();

 private:
  OpportunityAnswer answer(core::Opportunity o) const;
  store::Database& db_;
  const ReferenceData& reference_;
  const text::Thesaurus& thesaurus_;
  const text::SdgTagger& tagger_;
  std::mutex wake_mutex_;
  std::condition_variable_any wake_;
  std::jthread sweeper_;  // last: stops and joins before the rest goes
};

}  // namespace icity::app
