// Events and exchange programmes: the series, each event with its programme
// of sessions (a day-by-day timetable in the event's time zone), and the
// visitable details of sites. Staff keep them; anyone reads public events
// (invitation-only ones are left out of lists, but their page opens for
// whoever has the link). Every write is audited and in the change log.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <vector>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "core/error.hpp"
#include "core/event.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

struct SessionView {
  core::EventSession session;
  std::optional<core::OrganisationRef> site;
};

struct EventCounts {
  std::int64_t registered = 0, waitlisted = 0, cancelled = 0;
  std::optional<std::int64_t> seats_left;  // none: no capacity
};

struct EventAnswer {
  core::Event event;
  std::optional<core::EventSeries> series;
  std::vector<core::OrganisationRef> organisers;
  std::optional<core::OrganisationRef> venue_organisation;
  std::vector<SessionView> sessions;  // by start (only in get())
  EventCounts counts;
};

struct SiteView {
  core::SiteDetails site;
  core::OrganisationRef organisation;
  core::OrgKind kind = core::OrgKind::kSite;
};

class EventService {
 public:
  explicit EventService(store::Database& db) : db_(db) {}

  core::Result<std::vector<core::EventSeries>> series(const Context& ctx);
  core::Result<core::EventSeries> create_series(const Context& ctx,
                                                const boost::json::object& body);
  core::Result<core::EventSeries> update_series(const Context& ctx, core::Id id,
                                                const boost::json::object& patch);

  core::Result<core::Page<EventAnswer>> list(const Context& ctx, core::EventQuery query);
  core::Result<EventAnswer> get(const Context& ctx, core::Id id);
  core::Result<EventAnswer> create(const Context& ctx, const boost::json::object& body);
  // A PATCH with the version read (409 when stale). Raising the capacity
  // gives the new seats to the waiting list in the same transaction.
  core::Result<EventAnswer> update(const Context& ctx, core::Id id,
                                   const boost::json::object& patch);

  core::Result<SessionView> add_session(const Context& ctx, core::Id event_id,
                                        const boost::json::object& body);
  core::Result<SessionView> update_session(const Context& ctx, core::Id event_id, core::Id id,
                                           const boost::json::object& patch);
  core::Result<void> remove_session(const Context& ctx, core::Id event_id, core::Id id);

  core::Result<std::vector<SiteView>> sites(const Context& ctx);
  core::Result<SiteView> site(const Context& ctx, core::Id organisation_id);
  // Creates or replaces (with the version read; 0 for a new one) the site
  // details of an organisation of kind site or enterprise.
  core::Result<SiteView> put_site(const Context& ctx, core::Id organisation_id,
                                  const boost::json::object& body);

 private:
  EventAnswer answer(soci::session& sql, core::Event e, bool with_sessions) const;
  store::Database& db_;
};

}  // namespace icity::app
