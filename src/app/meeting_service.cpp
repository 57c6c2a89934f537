// MeetingService, the participants' half: who takes part, requests and
// answers, unavailable slots, the agenda.
#include "app/meeting_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/meeting_views.hpp"
#include "app/registration_service.hpp"
#include "app/service_errors.hpp"
#include "store/meeting_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

using core::RegistrationStatus;

// The acting participant: their registration, opened by its key (or staff),
// holding a seat at the event.
core::Result<core::Registration> acting(soci::session& sql, const Context& ctx, core::Id event_id,
                                        const Who& who) {
  auto r = open_registration(sql, ctx, event_id, who.registration_id, who.key);
  if (!r) return r;
  if (r->status != RegistrationStatus::kRegistered) {
    return core::fail(core::Error::conflict(
        {"只有已确认座位的参会者可以预约洽谈", "only participants with a seat can book meetings"}));
  }
  return r;
}

std::string snapshot(const core::MeetingRequest& r) {
  return json_text(boost::json::object{{"from", r.from_registration_id},
                                       {"to", r.to_registration_id},
                                       {"priority", r.priority},
                                       {"status", core::to_string(r.status)}});
}

}  // namespace

core::Result<std::vector<Participant>> MeetingService::participants(const Context& ctx,
                                                                    core::Id event_id,
                                                                    const Who& who) {
  std::vector<Participant> out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    if (!ctx.actor.is_staff()) {
      if (who.registration_id == 0) {
        return core::fail(refused(ctx));
      }
      if (auto me = acting(sql, ctx, event_id, who); !me) return core::fail(me.error());
    }
    for (const auto& reg : store::registrations::of_event(sql, event_id)) {
      if (reg.status == RegistrationStatus::kRegistered) out.push_back(participant_of(reg));
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<RequestView> MeetingService::ask(const Context& ctx, core::Id event_id, const Who& who,
                                              const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"registration", "key", "to", "priority", "message"});
  std::optional<std::int64_t> to;
  std::int64_t priority = 3;
  core::MeetingRequest request;
  if (!in.has("to")) in.error("to", "必填", "required");
  in.optional_id("to", to);
  in.integer("priority", priority);
  in.string("message", request.message, 1000);
  if (priority < 1 || priority > 5) in.error("priority", "应为 1 到 5", "from 1 to 5");
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  RequestView out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto e = b2b_event(tx.sql(), event_id);
    if (!e) return core::fail(e.error());
    auto me = acting(tx.sql(), ctx, event_id, who);
    if (!me) return core::fail(me.error());
    auto other = store::registrations::find(tx.sql(), *to);
    if (!other || other->event_id != event_id || other->status != RegistrationStatus::kRegistered ||
        other->id == me->id) {
      return core::fail(core::Error::invalid(
          {{"to", {"不是本活动的其他参会者", "not another participant of this event"}}}));
    }
    if (auto existing = store::meetings::find_pair(tx.sql(), event_id, me->id, other->id)) {
      return core::fail(core::Error::conflict(
          existing->from_registration_id == me->id
              ? core::LocalizedText{"已向对方发出过请求", "you have already asked to meet them"}
              : core::LocalizedText{"对方已向您发出请求:请直接接受",
                                    "they have already asked to meet you: accept their request"}));
    }
    request.event_id = event_id;
    request.from_registration_id = me->id;
    request.to_registration_id = other->id;
    request.priority = static_cast<int>(priority);
    store::meetings::insert(tx, request);
    audit(tx, ctx, "create", "meeting_request", request.id, "", snapshot(request));
    out = view_of(tx.sql(), request);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::vector<RequestView>> MeetingService::requests(const Context& ctx,
                                                                core::Id event_id,
                                                                const std::optional<Who>& who) {
  if (!who && !ctx.actor.is_staff()) {
    return core::fail(refused(ctx));
  }
  std::vector<RequestView> out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    std::optional<core::Id> only;
    if (who) {
      auto me = acting(sql, ctx, event_id, *who);
      if (!me) return core::fail(me.error());
      only = me->id;
    }
    for (const auto& q : store::meetings::requests(sql, event_id, only))
      out.push_back(view_of(sql, q));
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<RequestView> MeetingService::answer(const Context& ctx, core::Id event_id,
                                                 core::Id request_id, const Who& who,
                                                 const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"registration", "key", "answer"});
  core::MeetingAnswer answer = core::MeetingAnswer::kAccept;
  if (!in.has("answer")) in.error("answer", "必填", "required");
  in.enumeration("answer", answer, &core::parse_meeting_answer, core::meeting_answer_names());
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  RequestView out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto e = b2b_event(tx.sql(), event_id);
    if (!e) return core::fail(e.error());
    auto me = acting(tx.sql(), ctx, event_id, who);
    if (!me) return core::fail(me.error());
    auto request = store::meetings::find_request(tx.sql(), request_id);
    if (!request || request->event_id != event_id) {
      return core::fail(not_found("meeting_request", request_id));
    }
    if (auto why = core::answer_refused(*request, answer, me->id)) {
      return core::fail(core::Error::conflict(*why));
    }
    const std::string before = snapshot(*request);
    request->status = core::status_after(answer);
    store::meetings::set_status(tx, request_id, request->status);
    // Only accepted requests are meetings.
    if (request->status != core::MeetingRequestStatus::kAccepted) {
      store::meetings::remove_for_request(tx, request_id);
    }
    audit(tx, ctx, std::string(core::to_string(request->status)), "meeting_request", request_id,
          before, snapshot(*request));
    out = view_of(tx.sql(), *request);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::vector<int>> MeetingService::unavailable(const Context& ctx, core::Id event_id,
                                                           const Who& who) {
  std::vector<int> out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    auto me = acting(sql, ctx, event_id, who);
    if (!me) return core::fail(me.error());
    out = store::meetings::unavailable(sql, me->id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::vector<int>> MeetingService::set_unavailable(const Context& ctx,
                                                               core::Id event_id, const Who& who,
                                                               const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"registration", "key", "slots"});
  std::vector<int> slots;
  if (!in.has("slots")) in.error("slots", "必填", "required");
  in.int_list("slots", slots);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto e = b2b_event(tx.sql(), event_id);
    if (!e) return core::fail(e.error());
    auto me = acting(tx.sql(), ctx, event_id, who);
    if (!me) return core::fail(me.error());
    std::vector<core::FieldError> bad;
    for (std::size_t i = 0; i < slots.size(); ++i) {
      if (slots[i] < 0 || slots[i] >= e->meeting_slots) {
        bad.push_back({"slots[" + std::to_string(i) + "]",
                       {"时段应为 0 到 " + std::to_string(e->meeting_slots - 1),
                        "a slot from 0 to " + std::to_string(e->meeting_slots - 1)}});
      }
    }
    if (!bad.empty()) return core::fail(core::Error::invalid(std::move(bad)));
    std::sort(slots.begin(), slots.end());
    slots.erase(std::unique(slots.begin(), slots.end()), slots.end());
    store::meetings::set_unavailable(tx, me->id, slots);
    boost::json::array list;
    for (int s : slots) list.emplace_back(s);
    audit(tx, ctx, "update", "meeting_unavailable", me->id, "",
          json_text(boost::json::object{{"slots", std::move(list)}}));
    return {};
  });
  if (!r) return core::fail(r.error());
  return slots;
}

core::Result<ScheduleAnswer> MeetingService::agenda(const Context& ctx, core::Id event_id,
                                                    const Who& who) {
  ScheduleAnswer out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    auto me = acting(sql, ctx, event_id, who);
    if (!me) return core::fail(me.error());
    if (e->meetings_published_at.empty() && !ctx.actor.is_staff()) {
      return core::fail(core::Error::conflict(
          {"洽谈日程尚未发布", "the meeting agenda has not been published yet"}));
    }
    out = stored_schedule(sql, *e, me->id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
