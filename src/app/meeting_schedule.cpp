// MeetingService, the staff's half: run the scheduler, move a meeting by
// hand, publish.
#include <soci/soci.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/meeting_service.hpp"
#include "app/meeting_views.hpp"
#include "app/service_errors.hpp"
#include "schedule/meeting_scheduler.hpp"
#include "store/event_repo.hpp"
#include "store/invitation_repo.hpp"
#include "store/meeting_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

// What the scheduler is given: the accepted requests between participants
// who still hold a seat, their unavailable slots, the meetings fixed by hand.
struct Input {
  schedule::MeetingProblem problem;
  std::vector<core::MeetingRequest> requests;  // problem.requests[i] is requests[i]
  std::string fingerprint;                     // changes when any of it does
};

Input input_of(soci::session& sql, const core::Event& e) {
  Input in;
  in.problem.slots = e.meeting_slots;
  in.problem.tables = e.meeting_tables;
  std::map<core::Id, int> index;  // registration → participant index
  std::map<core::Id, core::Meeting> fixed;
  for (const auto& m : store::meetings::schedule(sql, e.id)) {
    if (m.fixed) fixed[m.request_id] = m;
  }
  auto participant = [&](core::Id registration) {
    auto [it, added] = index.emplace(registration, static_cast<int>(index.size()));
    if (added) {
      in.problem.unavailable.push_back(store::meetings::unavailable(sql, registration));
      for (int s : in.problem.unavailable.back()) in.fingerprint += "u" + std::to_string(s);
    }
    return it->second;
  };
  for (const auto& q : store::meetings::requests(sql, e.id, std::nullopt)) {
    if (q.status != core::MeetingRequestStatus::kAccepted) continue;
    auto from = store::registrations::find(sql, q.from_registration_id);
    auto to = store::registrations::find(sql, q.to_registration_id);
    if (!from || !to || from->status != core::RegistrationStatus::kRegistered ||
        to->status != core::RegistrationStatus::kRegistered) {
      continue;
    }
    schedule::MeetingRequest r{
        participant(q.from_registration_id), participant(q.to_registration_id), q.priority, {}, {}};
    in.fingerprint += "r" + std::to_string(q.id);
    if (auto f = fixed.find(q.id); f != fixed.end()) {
      r.slot = f->second.slot;
      r.table = f->second.table;
      in.fingerprint +=
          "f" + std::to_string(f->second.slot) + "." + std::to_string(f->second.table);
    }
    in.problem.requests.push_back(r);
    in.requests.push_back(q);
  }
  return in;
}

}  // namespace

core::Result<ScheduleAnswer> MeetingService::schedule(const Context& ctx, core::Id event_id,
                                                      const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader reader(body, errors);
  reader.allow({"mode", "time_limit_ms"});
  std::string mode = "all";
  std::int64_t limit = 1000;
  reader.string("mode", mode, 8);
  reader.integer("time_limit_ms", limit);
  if (mode != "all" && mode != "best")
    reader.error("mode", "应为 all 或 best", "must be all or best");
  if (limit < 10 || limit > 30000) {
    reader.error("time_limit_ms", "应为 10 到 30000 毫秒", "from 10 to 30,000 ms");
  }
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  // Read, solve outside any transaction (the search takes up to the limit),
  // then write only if nothing it read has changed meanwhile.
  Input in;
  core::Event event;
  auto read = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    event = *e;
    in = input_of(sql, event);
    return {};
  });
  if (!read) return core::fail(read.error());
  schedule::MeetingOptions options;
  options.mode = mode == "best" ? schedule::MeetingMode::kBest : schedule::MeetingMode::kAll;
  options.time_limit = std::chrono::milliseconds(limit);
  auto solved = schedule::solve_meetings(in.problem, options);
  if (!solved) {
    // Fixed meetings that conflict: a hand move let through is a bug; say which.
    return core::fail(core::Error::conflict(
        {"手动安排的洽谈互相冲突", "meetings placed by hand conflict with each other"}));
  }
  ScheduleAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (!store::events::hold(tx, event_id)) return core::fail(not_found("event", event_id));
    if (input_of(tx.sql(), event).fingerprint != in.fingerprint) {
      return core::fail(core::Error::conflict(
          {"排程期间请求有变化,请重试", "requests changed while scheduling: run it again"}));
    }
    std::vector<core::Meeting> placed;
    for (const auto& m : solved->meetings) {
      if (in.problem.requests[m.request].slot) continue;  // fixed: stays as it is
      placed.push_back({0, event_id, in.requests[m.request].id, m.slot, m.table, false});
    }
    store::meetings::replace_unfixed(tx, event_id, placed);
    audit(tx, ctx, "schedule", "event", event_id, "",
          json_text(boost::json::object{{"mode", mode},
                                        {"placed", solved->meetings.size()},
                                        {"unplaced", solved->unplaced.size()},
                                        {"total_weight", solved->total_weight},
                                        {"idle_gaps", solved->idle_gaps}}));
    out = stored_schedule(tx.sql(), event, std::nullopt);
    for (const auto& u : solved->unplaced) {
      out.unplaced.push_back(
          {view_of(tx.sql(), in.requests[u.request]), std::string(schedule::to_string(u.reason))});
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<ScheduleAnswer> MeetingService::current(const Context& ctx, core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  ScheduleAnswer out;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    auto e = b2b_event(sql, event_id);
    if (!e) return core::fail(e.error());
    out = stored_schedule(sql, *e, std::nullopt);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<ScheduleAnswer> MeetingService::move(const Context& ctx, core::Id event_id,
                                                  core::Id meeting_id,
                                                  const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader reader(body, errors);
  reader.allow({"slot", "table"});
  std::int64_t slot = -1, table = -1;
  if (!reader.has("slot")) reader.error("slot", "必填", "required");
  if (!reader.has("table")) reader.error("table", "必填", "required");
  reader.integer("slot", slot);
  reader.integer("table", table);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  ScheduleAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto e = b2b_event(tx.sql(), event_id);
    if (!e) return core::fail(e.error());
    store::events::hold(tx, event_id);
    auto m = store::meetings::find_meeting(tx.sql(), meeting_id);
    if (!m || m->event_id != event_id) return core::fail(not_found("meeting", meeting_id));
    std::vector<core::FieldError> bad;
    if (slot < 0 || slot >= e->meeting_slots)
      bad.push_back({"slot", {"时段超出范围", "no such slot"}});
    if (table < 0 || table >= e->meeting_tables)
      bad.push_back({"table", {"桌号超出范围", "no such table"}});
    if (!bad.empty()) return core::fail(core::Error::invalid(std::move(bad)));
    auto request = store::meetings::find_request(tx.sql(), m->request_id);
    if (!request) return core::fail(not_found("meeting", meeting_id));
    const std::set<core::Id> pair{request->from_registration_id, request->to_registration_id};
    for (const auto& other : store::meetings::schedule(tx.sql(), event_id)) {
      if (other.id == meeting_id || other.slot != slot) continue;
      if (other.table == table) {
        return core::fail(
            core::Error::conflict({"该时段此桌已有洽谈", "that table is taken in that slot"}));
      }
      auto q = store::meetings::find_request(tx.sql(), other.request_id);
      if (q && (pair.count(q->from_registration_id) || pair.count(q->to_registration_id))) {
        return core::fail(core::Error::conflict(
            {"一方在该时段已有其他洽谈", "one of them has another meeting in that slot"}));
      }
    }
    for (core::Id who : pair) {
      auto slots = store::meetings::unavailable(tx.sql(), who);
      if (std::find(slots.begin(), slots.end(), slot) != slots.end()) {
        return core::fail(core::Error::conflict(
            {"一方在该时段无法参加", "one of them cannot attend in that slot"}));
      }
    }
    store::meetings::move(tx, meeting_id, static_cast<int>(slot), static_cast<int>(table));
    audit(tx, ctx, "move", "meeting", meeting_id,
          json_text(boost::json::object{{"slot", m->slot}, {"table", m->table}}),
          json_text(boost::json::object{{"slot", slot}, {"table", table}, {"fixed", true}}));
    out = stored_schedule(tx.sql(), *e, std::nullopt);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<ScheduleAnswer> MeetingService::publish(const Context& ctx, core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  ScheduleAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto e = b2b_event(tx.sql(), event_id);
    if (!e) return core::fail(e.error());
    store::events::set_meetings_published(tx, event_id, tx.now());
    e->meetings_published_at = tx.now();
    out = stored_schedule(tx.sql(), *e, std::nullopt);
    std::map<core::Id, int> count;  // meetings per participant
    for (const auto& m : out.meetings) {
      ++count[m.request.from.registration_id];
      ++count[m.request.to.registration_id];
    }
    for (const auto& [registration, n] : count) {
      auto reg = store::registrations::find(tx.sql(), registration);
      if (!reg) continue;
      store::outbox::Message msg;
      msg.kind = "agenda";
      msg.event_id = event_id;
      msg.to_email = reg->email;
      msg.to_name = reg->name.in("en");
      msg.subject = {"您的洽谈日程:" + e->title.in("zh"),
                     "Your meeting agenda: " + e->title.in("en")};
      msg.body = {"「" + e->title.in("zh") + "」的 B2B 洽谈日程已发布,您有 " + std::to_string(n) +
                      " 场洽谈。请在报名确认邮件的链接中查看时间与桌号。",
                  "The B2B agenda of \"" + e->title.in("en") + "\" is published: you have " +
                      std::to_string(n) +
                      " meetings. Times and tables are on the page your confirmation linked to."};
      store::outbox::queue(tx, msg);
    }
    tx.changed("event", event_id, "update");
    audit(tx, ctx, "publish", "event", event_id, "",
          json_text(boost::json::object{{"meetings", out.meetings.size()}}));
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
