#include "app/event_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/export/calendar_feed.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/event_json.hpp"
#include "app/registration_service.hpp"
#include "app/service_errors.hpp"
#include "store/event_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

std::optional<core::OrganisationRef> ref_of(soci::session& sql, core::Id id) {
  auto org = store::organisations::find(sql, id);
  if (!org) return std::nullopt;
  return core::OrganisationRef{org->organisation.id, org->organisation.name};
}

// core::validate, and the time zone known to the calendar feeds.
std::vector<core::FieldError> validated(const core::Event& e) {
  auto errors = core::validate(e);
  const bool named = std::any_of(errors.begin(), errors.end(),
                                 [](const auto& f) { return f.field == "time_zone"; });
  if (!named && !is_known_time_zone(e.time_zone)) {
    errors.push_back({"time_zone", {"未知的时区", "not a time zone this server knows"}});
  }
  return errors;
}

void check_references(soci::session& sql, const core::Event& e,
                      std::vector<core::FieldError>& errors) {
  if (e.series_id && !store::events::find_series(sql, *e.series_id)) {
    errors.push_back({"series_id", {"系列不存在", "no such series"}});
  }
  if (e.venue_organisation_id &&
      !store::organisations::missing(sql, {*e.venue_organisation_id}).empty()) {
    errors.push_back({"venue_organisation_id", {"机构不存在", "no such organisation"}});
  }
  const auto missing = store::organisations::missing(sql, e.organisers);
  for (std::size_t i = 0; i < e.organisers.size(); ++i) {
    if (std::find(missing.begin(), missing.end(), e.organisers[i]) != missing.end()) {
      errors.push_back(
          {"organisers[" + std::to_string(i) + "]", {"机构不存在", "no such organisation"}});
    }
  }
}

std::string snapshot(const core::Event& e) { return json_text(to_json(e)); }

}  // namespace

EventAnswer EventService::answer(soci::session& sql, core::Event e, bool with_sessions) const {
  EventAnswer a;
  if (e.series_id) a.series = store::events::find_series(sql, *e.series_id);
  for (auto id : e.organisers) {
    if (auto r = ref_of(sql, id)) a.organisers.push_back(std::move(*r));
  }
  if (e.venue_organisation_id) a.venue_organisation = ref_of(sql, *e.venue_organisation_id);
  if (with_sessions) {
    for (auto& s : store::events::sessions(sql, e.id)) {
      SessionView v;
      if (s.site_id) v.site = ref_of(sql, *s.site_id);
      v.session = std::move(s);
      a.sessions.push_back(std::move(v));
    }
  }
  using core::RegistrationStatus;
  a.counts.registered = store::registrations::count(sql, e.id, RegistrationStatus::kRegistered);
  a.counts.waitlisted = store::registrations::count(sql, e.id, RegistrationStatus::kWaitlisted);
  a.counts.cancelled = store::registrations::count(sql, e.id, RegistrationStatus::kCancelled);
  if (e.capacity)
    a.counts.seats_left = std::max<std::int64_t>(0, *e.capacity - a.counts.registered);
  a.event = std::move(e);
  return a;
}

core::Result<std::vector<core::EventSeries>> EventService::series(const Context&) {
  std::vector<core::EventSeries> out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    out = store::events::all_series(sql);
    return {};
  });
  return out;
}

core::Result<core::EventSeries> EventService::create_series(const Context& ctx,
                                                            const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::EventSeries s;
  read_into(in, s);
  s.archived = false;
  for (auto& e : core::validate(s)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    store::events::insert(tx, s);
    tx.changed("event_series", s.id, "create");
    audit(tx, ctx, "create", "event_series", s.id, "", json_text(to_json(s)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

core::Result<core::EventSeries> EventService::update_series(const Context& ctx, core::Id id,
                                                            const boost::json::object& patch) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  core::EventSeries out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::events::find_series(tx.sql(), id);
    if (!current) return core::fail(not_found("event_series", id));
    core::EventSeries s = *current;
    read_into(in, s);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != current->version) return core::fail(stale("event_series", id, current->version));
    if (auto problems = core::validate(s); !problems.empty()) {
      return core::fail(core::Error::invalid(std::move(problems)));
    }
    if (!store::events::update(tx, s)) return core::fail(stale("event_series", id, s.version));
    tx.changed("event_series", id, "update");
    audit(tx, ctx, "update", "event_series", id, json_text(to_json(*current)),
          json_text(to_json(s)));
    out = std::move(s);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<core::Page<EventAnswer>> EventService::list(const Context& ctx,
                                                         core::EventQuery query) {
  query.public_only = !ctx.actor.is_staff();
  core::Page<EventAnswer> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto rows = store::events::list(sql, db_.backend(), query);
    for (auto& e : rows.items) page.items.push_back(answer(sql, std::move(e), false));
    page.next_cursor = std::move(rows.next_cursor);
    return {};
  });
  return page;
}

core::Result<EventAnswer> EventService::get(const Context& ctx, core::Id id) {
  std::optional<EventAnswer> out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    if (auto e = store::events::find(sql, id); e && (!e->archived || ctx.actor.is_staff())) {
      out = answer(sql, std::move(*e), true);
    }
    return {};
  });
  if (!out) return core::fail(not_found("event", id));
  return std::move(*out);
}

core::Result<EventAnswer> EventService::create(const Context& ctx,
                                               const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Event e;
  if (!in.has("type")) in.error("type", "必填", "required");
  read_into(in, e);
  e.archived = false;
  e.meetings_published_at.clear();
  for (auto& f : validated(e)) errors.push_back(std::move(f));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  EventAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_references(tx.sql(), e, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::events::insert(tx, e);
    tx.changed("event", e.id, "create");
    audit(tx, ctx, "create", "event", e.id, "", snapshot(e));
    out = answer(tx.sql(), e, true);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<EventAnswer> EventService::update(const Context& ctx, core::Id id,
                                               const boost::json::object& patch) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  EventAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (!store::events::hold(tx, id)) return core::fail(not_found("event", id));
    auto current = store::events::find(tx.sql(), id);
    core::Event e = *current;
    read_into(in, e);
    e.meetings_published_at =
        current->meetings_published_at;  // the agenda's publication has its own step
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != current->version) return core::fail(stale("event", id, current->version));
    auto problems = validated(e);
    check_references(tx.sql(), e, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::events::update(tx, e)) return core::fail(stale("event", id, e.version));
    tx.changed("event", id, "update");
    audit(tx, ctx, "update", "event", id, snapshot(*current), snapshot(e));
    fill_seats(tx, ctx, e);
    out = answer(tx.sql(), std::move(e), true);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
