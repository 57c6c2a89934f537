// B2B meetings at an event. Participants — registered people, through their
// registration's private key — see who else takes part, ask to meet with a
// priority, accept or decline what they are asked, mark the slots they
// cannot attend, and read their agenda once staff publish it. Staff run the
// scheduler (schedule::solve_meetings) over the accepted requests, move a
// meeting by hand (it then stays where it was put), and publish. Every write
// is audited.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/meeting.hpp"
#include "core/registration.hpp"
#include "store/database.hpp"

namespace icity::app {

struct Participant {
  core::Id registration_id = 0;
  core::LocalizedText name;
  std::string organisation;
  std::string country;
};

struct RequestView {
  core::MeetingRequest request;
  Participant from, to;
};

struct MeetingView {
  core::Meeting meeting;
  RequestView request;
  std::string starts_at, ends_at;  // the slot's times
};

struct UnplacedView {
  RequestView request;
  std::string reason;  // why, in the scheduler's words (English)
};

struct ScheduleAnswer {
  std::vector<MeetingView> meetings;   // by slot, table
  std::vector<UnplacedView> unplaced;  // after a run of the scheduler
  std::int64_t total_weight = 0;
  int idle_gaps = 0;
  std::string published_at;  // "" while a draft
};

// A participant's own credentials: their registration and its private key
// (staff may act for anyone with the registration alone).
struct Who {
  core::Id registration_id = 0;
  std::string key;
};

class MeetingService {
 public:
  explicit MeetingService(store::Database& db) : db_(db) {}

  core::Result<std::vector<Participant>> participants(const Context& ctx, core::Id event_id,
                                                      const Who& who);
  // {"to": registration id, "priority": 1..5, "message"}; one request a pair.
  core::Result<RequestView> ask(const Context& ctx, core::Id event_id, const Who& who,
                                const boost::json::object& body);
  // The participant's requests, sent and received (staff without `who`: all).
  core::Result<std::vector<RequestView>> requests(const Context& ctx, core::Id event_id,
                                                  const std::optional<Who>& who);
  // {"answer": "accept" | "decline" | "withdraw"}.
  core::Result<RequestView> answer(const Context& ctx, core::Id event_id, core::Id request_id,
                                   const Who& who, const boost::json::object& body);
  core::Result<std::vector<int>> unavailable(const Context& ctx, core::Id event_id, const Who& who);
  // {"slots": [0, 1, …]}: replaces the participant's unavailable slots.
  core::Result<std::vector<int>> set_unavailable(const Context& ctx, core::Id event_id,
                                                 const Who& who, const boost::json::object& body);
  // The participant's meetings once published (staff: always).
  core::Result<ScheduleAnswer> agenda(const Context& ctx, core::Id event_id, const Who& who);

  // Staff: {"mode": "best" | "all", "time_limit_ms": N} — places the accepted
  // requests around the meetings fixed by hand.
  core::Result<ScheduleAnswer> schedule(const Context& ctx, core::Id event_id,
                                        const boost::json::object& body);
  core::Result<ScheduleAnswer> current(const Context& ctx, core::Id event_id);
  // Staff: {"slot", "table"} — 409 naming the conflict; the meeting is then fixed.
  core::Result<ScheduleAnswer> move(const Context& ctx, core::Id event_id, core::Id meeting_id,
                                    const boost::json::object& body);
  // Staff: participants may read their agenda; each is told (outbox).
  core::Result<ScheduleAnswer> publish(const Context& ctx, core::Id event_id);

 private:
  store::Database& db_;
};

}  // namespace icity::app
