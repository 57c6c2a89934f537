#include "app/calendar_service.hpp"

#include <soci/soci.h>

#include <charconv>

#include "app/export/calendar_feed.hpp"
#include "app/secrets.hpp"
#include "app/service_errors.hpp"
#include "store/event_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/registration_repo.hpp"
#include "store/site_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {
namespace {

std::string feed_mac(const std::string& key, core::Id user_id, const std::string& email) {
  return mac(key, "feed:u" + std::to_string(user_id) + ":" + email);
}

// The entries of one event: its sessions, or itself.
void add_entries(soci::session& sql, const core::Event& e, std::vector<CalendarEntry>& out) {
  const std::string base = "event-" + std::to_string(e.id);
  const auto sessions = store::events::sessions(sql, e.id);
  if (sessions.empty()) {
    CalendarEntry c;
    c.uid = base + "@icity";
    c.title = e.title;
    c.description = e.summary;
    c.location = e.venue;
    c.starts_at = e.starts_at;
    c.ends_at = e.ends_at;
    c.url = "/events/" + std::to_string(e.id);
    c.cancelled = e.status == core::EventStatus::kCancelled;
    c.sequence = e.version;
    c.updated_at = e.updated_at;
    out.push_back(std::move(c));
    return;
  }
  for (const auto& s : sessions) {
    CalendarEntry c;
    c.uid = base + "-session-" + std::to_string(s.id) + "@icity";
    c.title = s.title;
    c.description = {e.title.zh + (s.summary.zh.empty() ? "" : "\n" + s.summary.zh),
                     e.title.en + (s.summary.en.empty() ? "" : "\n" + s.summary.en)};
    c.location = s.location;
    if (s.site_id) {
      if (auto org = store::organisations::find(sql, *s.site_id)) {
        const auto& name = org->organisation.name;
        c.location = {name.zh + (s.location.zh.empty() ? "" : "," + s.location.zh),
                      name.en + (s.location.en.empty() ? "" : ", " + s.location.en)};
      }
      if (auto site = store::sites::find(sql, *s.site_id);
          site && site->latitude && site->longitude) {
        c.geo = std::pair{*site->latitude, *site->longitude};
      }
    }
    if (c.location.empty()) c.location = e.venue;
    c.starts_at = s.starts_at;
    c.ends_at = s.ends_at;
    c.url = "/events/" + std::to_string(e.id);
    c.cancelled = e.status == core::EventStatus::kCancelled;
    c.sequence = s.version + e.version;
    c.updated_at = std::max(s.updated_at, e.updated_at);
    c.categories = {std::string(core::to_string(s.type))};
    out.push_back(std::move(c));
  }
}

}  // namespace

core::Result<std::string> CalendarService::event_feed(const Context& ctx, core::Id event_id,
                                                      const std::string& locale) {
  std::string out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = store::events::find(sql, event_id);
    if (!e || (e->archived && !ctx.actor.is_staff()))
      return core::fail(not_found("event", event_id));
    CalendarFeed feed;
    feed.name = e->title.in(locale);
    feed.time_zone = e->time_zone;
    feed.locale = locale;
    add_entries(sql, *e, feed.entries);
    out = render_ics(feed);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

std::string CalendarService::person_feed(soci::session& sql, const std::string& email,
                                         const std::string& name, const std::string& locale) {
  CalendarFeed feed;
  feed.name = name;
  feed.time_zone = "Asia/Shanghai";
  feed.locale = locale;
  for (const auto& r : store::registrations::of_email(sql, email)) {
    if (r.status == core::RegistrationStatus::kCancelled) continue;
    auto e = store::events::find(sql, r.event_id);
    if (!e || e->archived) continue;
    feed.time_zone = e->time_zone;  // one zone a feed: the newest event's
    add_entries(sql, *e, feed.entries);
  }
  return render_ics(feed);
}

core::Result<std::string> CalendarService::registrant_feed(core::Id event_id,
                                                           core::Id registration_id,
                                                           const std::string& key,
                                                           const std::string& locale) {
  std::string out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto reg = store::registrations::find(sql, registration_id);
    if (!reg || reg->event_id != event_id || key.empty() ||
        !same_secret(digest(key), reg->key_digest)) {
      return core::fail(not_found("registration", registration_id));
    }
    out = person_feed(sql, reg->email, locale.starts_with("zh") ? "我的活动" : "My events", locale);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::string> CalendarService::feed_token(const Context& ctx) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  return "u" + std::to_string(ctx.actor.user_id) + "." +
         feed_mac(key_.get(), ctx.actor.user_id, ctx.actor.email);
}

core::Result<std::string> CalendarService::user_feed(const std::string& token,
                                                     const std::string& locale) {
  const auto not_found_feed = core::Error::not_found({"没有这个日历订阅", "no such calendar feed"});
  const std::size_t dot = token.find('.');
  core::Id user_id = 0;
  if (token.size() < 3 || token[0] != 'u' || dot == std::string::npos) {
    return core::fail(not_found_feed);
  }
  auto [end, ec] = std::from_chars(token.data() + 1, token.data() + dot, user_id);
  if (ec != std::errc() || end != token.data() + dot) return core::fail(not_found_feed);
  std::string out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto user = store::users::find(sql, user_id);
    if (!user || !same_secret(feed_mac(key_.get(), user_id, user->email), token.substr(dot + 1))) {
      return core::fail(not_found_feed);
    }
    out = person_feed(sql, user->email,
                      user->display_name.empty() ? user->email : user->display_name, locale);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
