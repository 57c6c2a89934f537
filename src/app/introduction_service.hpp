// Introductions: from a match to a meeting. A partner (for its own
// organisation) or staff (for any) expresses interest in another organisation,
// often about one of its opportunities; the workflow (core/introduction.hpp)
// takes it to a meeting, recorded as an interaction, and an outcome. Partners
// see the introductions of their own organisation only; staff see all and act
// for either side. Every step is kept, audited, recorded in the change log and
// notified, in the same transaction, to the people concerned.
//
// Also here: an organisation's timeline, its interactions and the steps of its
// introductions, newest first.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/introduction.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class IntroductionService {
 public:
  explicit IntroductionService(store::Database& db) : db_(db) {}

  // Staff, and the partners of either organisation (404 to everyone else).
  core::Result<core::IntroductionView> get(const Context& ctx, core::Id id);
  // The caller's box: partners see only their organisation's.
  core::Result<core::Page<core::IntroductionView>> list(const Context& ctx,
                                                        core::IntroductionQuery query);
  // {from_organisation_id, to_organisation_id?, opportunity_id?, delegation_id?, score?,
  //  message?}: a new one in status interest (422 naming each bad field, 404 for an
  //  unknown organisation or opportunity, 409 when one is already under way).
  core::Result<core::IntroductionView> create(const Context& ctx, const boost::json::object& body);
  // {to, version?, message?, date?, summary?, outcome?}: 409 with the reason when the
  // move is illegal or the version stale, 403 when it is not the caller's to make.
  core::Result<core::IntroductionView> transition(const Context& ctx, core::Id id,
                                                  const boost::json::object& body);
  // Signed-in users; a partner sees the steps of its own organisation's introductions only.
  core::Result<core::Page<core::TimelineItem>> timeline(const Context& ctx,
                                                        core::TimelineQuery query);

 private:
  store::Database& db_;
};

}  // namespace icity::app
