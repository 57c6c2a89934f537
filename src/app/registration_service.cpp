#include "app/registration_service.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/check_in_token.hpp"
#include "app/event_messages.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/secrets.hpp"
#include "app/service_errors.hpp"
#include "store/event_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

using core::RegistrationStatus;

// What the audit trail keeps of a registration: no key, no email in clear
// beyond what staff see anyway.
std::string snapshot(const core::Registration& r) {
  return json_text(boost::json::object{{"event_id", r.event_id},
                                       {"status", core::to_string(r.status)},
                                       {"arrival", r.arrival},
                                       {"name", to_json(r.name)},
                                       {"email", r.email},
                                       {"organisation", r.organisation},
                                       {"country", r.country}});
}

std::string lower(std::string s) {
  for (auto& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

core::Error closed(const core::LocalizedText& why) { return core::Error::conflict(why); }

}  // namespace

void fill_seats(store::Tx& tx, const Context& ctx, const core::Event& event) {
  const auto registered =
      store::registrations::count(tx.sql(), event.id, RegistrationStatus::kRegistered);
  const auto waiting =
      store::registrations::count(tx.sql(), event.id, RegistrationStatus::kWaitlisted);
  const auto n = core::seats_to_fill(event, registered, waiting);
  for (auto& r : store::registrations::first_waiting(tx.sql(), event.id, n)) {
    store::registrations::set_status(tx, r.id, RegistrationStatus::kRegistered);
    r.status = RegistrationStatus::kRegistered;
    auto m = promoted_message(event, r);
    store::outbox::queue(tx, m);
    tx.changed("registration", r.id, "update");
    audit(tx, ctx, "promote", "registration", r.id, "", snapshot(r));
  }
}

core::Result<RegistrationAnswer> RegistrationService::register_for(
    const Context& ctx, core::Id event_id, const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"name", "email", "organisation", "country", "invitation", "person_id"});
  core::Registration r;
  std::string invitation_key;
  in.text("name", r.name);
  in.string("email", r.email, 254);
  in.string("organisation", r.organisation, 300);
  in.string("country", r.country, 8);
  in.string("invitation", invitation_key, 100);
  if (ctx.actor.is_staff()) in.optional_id("person_id", r.person_id);
  r.email = lower(r.email);
  for (auto& f : core::validate(r, reference_)) errors.push_back(std::move(f));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  RegistrationAnswer out;
  const std::string key = random_token(24);
  auto result = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto arrival = store::events::take_arrival(tx, event_id);
    if (!arrival) return core::fail(not_found("event", event_id));
    auto event = store::events::find(tx.sql(), event_id);
    std::optional<core::Invitation> invitation;
    if (!invitation_key.empty()) {
      invitation = store::invitations::find_by_key(tx.sql(), digest(invitation_key));
      if (!invitation || invitation->event_id != event_id) {
        return core::fail(core::Error::invalid(
            {{"invitation", {"邀请链接无效", "this invitation link is not valid for the event"}}}));
      }
    }
    // Staff may enrol anyone (a delegate on the phone, a past event's record)
    // while the event is not cancelled; everyone else within the rules.
    const bool by_staff =
        ctx.actor.is_staff() && event->status != core::EventStatus::kCancelled && !event->archived;
    if (auto why = core::registration_refused(*event, tx.now(), invitation.has_value());
        why && !by_staff) {
      return core::fail(closed(*why));
    }
    if (store::registrations::find_active(tx.sql(), event_id, r.email)) {
      return core::fail(core::Error::conflict(
          {"该邮箱已报名本活动:请查看报名确认邮件中的链接",
           "this email is already registered for the event: see the link in its confirmation"}));
    }
    const auto registered =
        store::registrations::count(tx.sql(), event_id, RegistrationStatus::kRegistered);
    r.event_id = event_id;
    r.arrival = *arrival;
    r.status = core::admit(*event, registered);
    r.invitation_id = invitation ? std::optional(invitation->id) : std::nullopt;
    r.key_digest = digest(key);
    store::registrations::insert(tx, r);
    if (r.status == RegistrationStatus::kWaitlisted) {
      r.position = store::registrations::position(tx.sql(), event_id, r.arrival);
    }
    if (invitation) store::invitations::set_registration(tx, invitation->id, r.id);
    auto m = registered_message(*event, r, key);
    store::outbox::queue(tx, m);
    tx.changed("registration", r.id, "create");
    audit(tx, ctx, "create", "registration", r.id, "", snapshot(r));
    out.event_title_zh = event->title.zh;
    out.event_title_en = event->title.en;
    return {};
  });
  if (!result) return core::fail(result.error());
  out.registration = std::move(r);
  out.key = key;
  out.check_in_token = make_check_in_token(key_.get(), event_id, out.registration.id);
  return out;
}

core::Result<core::Registration> open_registration(soci::session& sql, const Context& ctx,
                                                   core::Id event_id, core::Id id,
                                                   const std::string& key) {
  auto r = store::registrations::find(sql, id);
  if (!r || r->event_id != event_id) return core::fail(not_found("registration", id));
  if (!ctx.actor.is_staff() && !(key.size() > 0 && same_secret(digest(key), r->key_digest))) {
    // The same answer as for a registration that does not exist: ids are guessable.
    return core::fail(not_found("registration", id));
  }
  if (r->status == RegistrationStatus::kWaitlisted) {
    r->position = store::registrations::position(sql, event_id, r->arrival);
  }
  return std::move(*r);
}

core::Result<RegistrationAnswer> RegistrationService::get(const Context& ctx, core::Id event_id,
                                                          core::Id id, const std::string& key) {
  RegistrationAnswer out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto reg = open_registration(sql, ctx, event_id, id, key);
    if (!reg) return core::fail(reg.error());
    out.registration = std::move(*reg);
    if (auto e = store::events::find(sql, event_id)) {
      out.event_title_zh = e->title.zh;
      out.event_title_en = e->title.en;
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  out.check_in_token = make_check_in_token(key_.get(), event_id, id);
  return out;
}

core::Result<RegistrationAnswer> RegistrationService::cancel(const Context& ctx, core::Id event_id,
                                                             core::Id id, const std::string& key) {
  RegistrationAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (!store::events::hold(tx, event_id)) return core::fail(not_found("event", event_id));
    auto reg = open_registration(tx.sql(), ctx, event_id, id, key);
    if (!reg) return core::fail(reg.error());
    if (reg->status == RegistrationStatus::kCancelled) {
      return core::fail(
          core::Error::conflict({"报名已取消", "the registration is already cancelled"}));
    }
    const std::string before = snapshot(*reg);
    store::registrations::set_status(tx, id, RegistrationStatus::kCancelled);
    reg->status = RegistrationStatus::kCancelled;
    reg->position = 0;
    reg->cancelled_at = tx.now();
    tx.changed("registration", id, "update");
    audit(tx, ctx, "cancel", "registration", id, before, snapshot(*reg));
    auto event = store::events::find(tx.sql(), event_id);
    fill_seats(tx, ctx, *event);
    out.registration = std::move(*reg);
    out.event_title_zh = event->title.zh;
    out.event_title_en = event->title.en;
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::vector<core::Registration>> RegistrationService::list(const Context& ctx,
                                                                        core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::Registration> out;
  bool found = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::events::find(sql, event_id).has_value();
    if (found) out = store::registrations::of_event(sql, event_id);
    return {};
  });
  if (!found) return core::fail(not_found("event", event_id));
  return out;
}

}  // namespace icity::app
