#include "app/attendance_service.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>
#include <map>
#include <set>

#include "app/audit_trail.hpp"
#include "app/check_in_token.hpp"
#include "app/csv.hpp"
#include "app/export/xlsx_table.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/service_errors.hpp"
#include "store/event_repo.hpp"
#include "store/registration_repo.hpp"

namespace icity::app {
namespace {

using core::RegistrationStatus;

// The staff member checking in (none for the system, which loads the demo world).
std::optional<core::Id> by_user(const Context& ctx) {
  return ctx.actor.user_id > 0 ? std::optional<core::Id>(ctx.actor.user_id) : std::nullopt;
}

core::Error bad_token() {
  return core::Error::invalid({{"token",
                                {"不是本活动的有效入场码(可能被伪造或抄错)",
                                 "not a valid check-in code of this event (forged or mistyped)"}}});
}

}  // namespace

core::Result<CheckIn> AttendanceService::check_in(const Context& ctx, core::Id event_id,
                                                  const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"token", "session_id"});
  std::string token;
  std::optional<core::Id> session_id;
  if (!in.has("token")) in.error("token", "必填", "required");
  in.string("token", token, 200);
  in.optional_id("session_id", session_id);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto ticket = read_check_in_token(key_.get(), token);
  if (!ticket || ticket->event_id != event_id) return core::fail(bad_token());
  CheckIn out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (!store::events::find(tx.sql(), event_id)) return core::fail(not_found("event", event_id));
    if (session_id) {
      auto s = store::events::find_session(tx.sql(), *session_id);
      if (!s || s->event_id != event_id) {
        return core::fail(core::Error::invalid(
            {{"session_id", {"不是本活动的日程", "not a session of this event"}}}));
      }
    }
    auto reg = store::registrations::find(tx.sql(), ticket->registration_id);
    if (!reg || reg->event_id != event_id) return core::fail(bad_token());
    if (reg->status == RegistrationStatus::kCancelled) {
      return core::fail(core::Error::conflict({"该报名已取消", "this registration was cancelled"}));
    }
    if (reg->status == RegistrationStatus::kWaitlisted) {
      return core::fail(core::Error::conflict(
          {"该报名仍在候补名单上,没有座位", "this registration is on the waiting list: no seat"}));
    }
    const core::Id where = session_id.value_or(0);
    if (!store::registrations::check_in(tx, reg->id, where, by_user(ctx))) {
      const auto at = store::registrations::checked_in_at(tx.sql(), reg->id, where).value_or("");
      return core::fail(
          core::Error::conflict({"此入场码已使用(" + at + " 签到)",
                                 "this code was already used (checked in at " + at + ")"}));
    }
    audit(tx, ctx, "check_in", "registration", reg->id, "",
          json_text(boost::json::object{{"event_id", event_id}, {"session_id", where}}));
    out.registration = std::move(*reg);
    out.session_id = where;
    out.checked_in_at = tx.now();
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<AttendanceFigures> AttendanceService::figures(const Context& ctx, core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  AttendanceFigures out;
  bool found = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto event = store::events::find(sql, event_id);
    if (!event) return {};
    found = true;
    out.capacity = event->capacity;
    for (const auto& r : store::registrations::of_event(sql, event_id)) {
      if (r.status == RegistrationStatus::kRegistered) ++out.registered;
      if (r.status == RegistrationStatus::kWaitlisted) ++out.waitlisted;
      if (r.status == RegistrationStatus::kCancelled) ++out.cancelled;
    }
    std::set<core::Id> present;
    std::map<core::Id, std::int64_t> per_session;
    for (const auto& a : store::registrations::attendance(sql, event_id)) {
      present.insert(a.registration_id);
      if (a.session_id) ++per_session[a.session_id];
    }
    out.checked_in = static_cast<std::int64_t>(present.size());
    for (const auto& s : store::events::sessions(sql, event_id)) {
      out.sessions.push_back({s.id, s.title, s.starts_at, per_session[s.id]});
    }
    return {};
  });
  if (!found) return core::fail(not_found("event", event_id));
  return out;
}

core::Result<std::vector<Attendee>> AttendanceService::attendees(const Context& ctx,
                                                                 core::Id event_id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<Attendee> out;
  bool found = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    if (!store::events::find(sql, event_id)) return {};
    found = true;
    std::map<core::Id, std::string> at_event;
    std::map<core::Id, std::int64_t> sessions;
    for (const auto& a : store::registrations::attendance(sql, event_id)) {
      if (a.session_id == 0)
        at_event[a.registration_id] = a.checked_in_at;
      else
        ++sessions[a.registration_id];
    }
    for (auto& r : store::registrations::of_event(sql, event_id)) {
      if (r.status == RegistrationStatus::kCancelled) continue;
      const auto id = r.id;
      out.push_back({std::move(r), at_event[id], sessions[id]});
    }
    return {};
  });
  if (!found) return core::fail(not_found("event", event_id));
  return out;
}

namespace {

const std::vector<std::string>& attendee_columns() {
  static const std::vector<std::string> columns = {
      "id",           "status",  "waiting_position", "name_zh",       "name_en",          "email",
      "organisation", "country", "registered_at",    "checked_in_at", "sessions_attended"};
  return columns;
}

// One attendee's cells, as text, in attendee_columns() order.
std::vector<std::string> attendee_cells(const Attendee& a) {
  const auto& r = a.registration;
  return {std::to_string(r.id),
          std::string(core::to_string(r.status)),
          r.position ? std::to_string(r.position) : "",
          r.name.zh,
          r.name.en,
          r.email,
          r.organisation,
          r.country,
          r.created_at,
          a.checked_in_at,
          std::to_string(a.sessions_attended)};
}

}  // namespace

core::Result<std::string> AttendanceService::attendees_csv(const Context& ctx, core::Id event_id) {
  auto rows = attendees(ctx, event_id);
  if (!rows) return core::fail(rows.error());
  std::string out = "\xEF\xBB\xBF" + csv_line(attendee_columns());
  for (const auto& a : *rows) out += csv_line(attendee_cells(a));
  return out;
}

core::Result<std::string> AttendanceService::attendees_xlsx(const Context& ctx, core::Id event_id) {
  auto rows = attendees(ctx, event_id);
  if (!rows) return core::fail(rows.error());
  auto figures_of = figures(ctx, event_id);
  if (!figures_of) return core::fail(figures_of.error());
  XlsxSheet people{"attendees", attendee_columns(), {}};
  for (const auto& a : *rows) {
    std::vector<XlsxCell> cells;
    for (auto& text : attendee_cells(a)) cells.push_back({std::move(text)});
    cells[0] = {static_cast<long long>(a.registration.id)};
    cells[2] = a.registration.position ? XlsxCell{static_cast<long long>(a.registration.position)}
                                       : XlsxCell{};
    cells[10] = {static_cast<long long>(a.sessions_attended)};
    people.rows.push_back(std::move(cells));
  }
  XlsxSheet sessions{
      "sessions", {"session_id", "title_zh", "title_en", "starts_at", "attended"}, {}};
  for (const auto& s : figures_of->sessions) {
    sessions.rows.push_back({{static_cast<long long>(s.session_id)},
                             {s.title.zh},
                             {s.title.en},
                             {s.starts_at},
                             {static_cast<long long>(s.attended)}});
  }
  return xlsx_workbook({people, sessions});
}

}  // namespace icity::app
