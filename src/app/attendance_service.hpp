// Check-in and attendance: staff scan (or type) the token of a registration's
// QR code and the presence is recorded in one step, at the event or at one of
// its sessions; a forged code, a code of another event, a cancelled or
// waiting registration and a code already used there are refused with the
// reason. Figures per event and session, and the attendee list as CSV.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "app/signing_key.hpp"
#include "core/error.hpp"
#include "core/event.hpp"
#include "core/registration.hpp"
#include "store/database.hpp"

namespace icity::app {

struct CheckIn {
  core::Registration registration;
  core::Id session_id = 0;  // 0: the event
  std::string checked_in_at;
};

struct SessionAttendance {
  core::Id session_id = 0;
  core::LocalizedText title;
  std::string starts_at;
  std::int64_t attended = 0;
};

struct AttendanceFigures {
  std::optional<std::int64_t> capacity;
  std::int64_t registered = 0, waitlisted = 0, cancelled = 0;
  std::int64_t checked_in = 0;  // registrations present at the event or at any session
  std::vector<SessionAttendance> sessions;
};

// One row of the attendee list (exports).
struct Attendee {
  core::Registration registration;
  std::string checked_in_at;  // at the event, or ""
  std::int64_t sessions_attended = 0;
};

class AttendanceService {
 public:
  AttendanceService(store::Database& db, SigningKey& key) : db_(db), key_(key) {}

  // Staff: {"token": "...", "session_id": 3 (optional)}.
  core::Result<CheckIn> check_in(const Context& ctx, core::Id event_id,
                                 const boost::json::object& body);
  core::Result<AttendanceFigures> figures(const Context& ctx, core::Id event_id);
  // Staff: every registration not cancelled, in order of arrival, with presence.
  core::Result<std::vector<Attendee>> attendees(const Context& ctx, core::Id event_id);
  // The attendee list as RFC 4180 CSV (UTF-8 with a byte-order mark, for Excel).
  core::Result<std::string> attendees_csv(const Context& ctx, core::Id event_id);
  // The same as an .xlsx workbook: the attendees, and a sheet of figures per session.
  core::Result<std::string> attendees_xlsx(const Context& ctx, core::Id event_id);

 private:
  store::Database& db_;
  SigningKey& key_;
};

}  // namespace icity::app
