// B2B meetings at an event: a participant asks another to meet, with a
// priority; the other accepts or declines; the asker may withdraw. Accepted
// requests are what the scheduler places in slots and at tables. Pure rules;
// MeetingService applies them.
//
//   if (auto why = answer_refused(request, MeetingAnswer::kAccept, me)) return conflict(*why);
//   request.status = status_after(MeetingAnswer::kAccept);
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/event.hpp"

namespace icity::core {

enum class MeetingRequestStatus { kRequested, kAccepted, kDeclined, kWithdrawn };
enum class MeetingAnswer { kAccept, kDecline, kWithdraw };

std::string_view to_string(MeetingRequestStatus v);
std::optional<MeetingRequestStatus> parse_meeting_request_status(std::string_view s);
std::optional<MeetingAnswer> parse_meeting_answer(std::string_view s);
std::span<const std::string_view> meeting_answer_names();

struct MeetingRequest {
  Id id = 0;
  Id event_id = 0;
  Id from_registration_id = 0;
  Id to_registration_id = 0;
  int priority = 3;  // 1 (nice to have) … 5 (must meet): the scheduler's weight
  std::string message;
  MeetingRequestStatus status = MeetingRequestStatus::kRequested;
  std::string created_at, updated_at;
};

struct Meeting {
  Id id = 0;
  Id event_id = 0;
  Id request_id = 0;
  int slot = 0;
  int table = 0;
  bool fixed = false;  // placed by hand: the scheduler keeps it
};

// Why `by` (a registration) may not give `answer` to `request`, or nullopt:
// only the one asked accepts or declines (a declined request may still be
// accepted, an accepted one declined); only the asker withdraws, while the
// request stands; a withdrawn request is over.
std::optional<LocalizedText> answer_refused(const MeetingRequest& request, MeetingAnswer answer,
                                            Id by);
MeetingRequestStatus status_after(MeetingAnswer answer);

}  // namespace icity::core
