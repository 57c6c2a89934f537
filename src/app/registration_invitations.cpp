// RegistrationService, second half: invitations, reminders and the outbox
// (declared in app/registration_service.hpp).
#include <soci/soci.h>

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/event_messages.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/registration_service.hpp"
#include "app/secrets.hpp"
#include "app/service_errors.hpp"
#include "core/instant.hpp"
#include "store/event_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

constexpr core::Instant kReminderGapMs = 20LL * 3600 * 1000;

}  // namespace

core::Result<std::vector<InvitationAnswer>> RegistrationService::invite(
    const Context& ctx, core::Id event_id, const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"invitations"});
  if (!in.has("invitations")) in.error("invitations", "必填", "required");
  std::vector<InvitationAnswer> out;
  in.objects("invitations", [&](JsonReader& r) {
    r.allow({"name", "email", "person_id"});
    InvitationAnswer a;
    r.text("name", a.invitation.name);
    r.string("email", a.invitation.email, 254);
    r.optional_id("person_id", a.invitation.person_id);
    for (auto& c : a.invitation.email)
      c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (auto& f : core::validate(a.invitation)) {
      errors.push_back({r.path(f.field), std::move(f.message)});
    }
    out.push_back(std::move(a));
  });
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto result = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto event = store::events::find(tx.sql(), event_id);
    if (!event) return core::fail(not_found("event", event_id));
    std::vector<core::FieldError> taken;
    for (std::size_t i = 0; i < out.size(); ++i) {
      auto& a = out[i];
      a.key = random_token(24);
      a.invitation.event_id = event_id;
      a.invitation.key_digest = digest(a.key);
      if (!store::invitations::insert(tx, a.invitation)) {
        taken.push_back({"invitations[" + std::to_string(i) + "].email",
                         {"已邀请过此邮箱", "this email was already invited"}});
        continue;
      }
      auto m = invitation_message(*event, a.invitation, a.key, false);
      store::outbox::queue(tx, m);
      audit(tx, ctx, "create", "invitation", a.invitation.id, "",
            json_text(boost::json::object{{"event_id", event_id}, {"email", a.invitation.email}}));
    }
    if (!taken.empty()) return core::fail(core::Error::invalid(std::move(taken)));
    return {};
  });
  if (!result) return core::fail(result.error());
  return out;
}

core::Result<std::vector<core::Invitation>> RegistrationService::invitations(const Context& ctx,
                                                                             core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::Invitation> out;
  bool found = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::events::find(sql, event_id).has_value();
    out = store::invitations::of_event(sql, event_id);
    return {};
  });
  if (!found) return core::fail(not_found("event", event_id));
  return out;
}

core::Result<int> RegistrationService::remind(const Context& ctx, core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  int queued = 0;
  auto result = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto event = store::events::find(tx.sql(), event_id);
    if (!event) return core::fail(not_found("event", event_id));
    if (auto why = core::registration_refused(*event, tx.now(), true)) {
      return core::fail(core::Error::conflict(*why));
    }
    const auto now = core::parse_instant(tx.now()).value_or(0);
    for (const auto& i : store::invitations::of_event(tx.sql(), event_id)) {
      if (i.registration_id) {
        auto r = store::registrations::find(tx.sql(), *i.registration_id);
        if (r && r->status != core::RegistrationStatus::kCancelled) continue;
      }
      const auto last = core::parse_instant(i.reminded_at.empty() ? i.invited_at : i.reminded_at);
      if (!i.reminded_at.empty() && last && now - *last < kReminderGapMs) continue;
      auto m = invitation_message(*event, i, "", true);
      store::outbox::queue(tx, m);
      store::invitations::reminded(tx, i.id);
      ++queued;
    }
    audit(tx, ctx, "remind", "event", event_id, "",
          json_text(boost::json::object{{"reminders", queued}}));
    return {};
  });
  if (!result) return core::fail(result.error());
  return queued;
}

core::Result<std::vector<store::outbox::Message>> RegistrationService::outbox(
    const Context& ctx, std::optional<core::Id> event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<store::outbox::Message> out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    out = store::outbox::list(sql, event_id, false, 500);
    return {};
  });
  return out;
}

}  // namespace icity::app
