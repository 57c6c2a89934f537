#include "core/meeting.hpp"

#include <array>

#include "core/enum_names.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 4> kStatuses = {"requested", "accepted", "declined",
                                                       "withdrawn"};
constexpr std::array<std::string_view, 3> kAnswers = {"accept", "decline", "withdraw"};

}  // namespace

std::string_view to_string(MeetingRequestStatus v) {
  return kStatuses[static_cast<std::size_t>(v)];
}

std::optional<MeetingRequestStatus> parse_meeting_request_status(std::string_view s) {
  return parse_in<MeetingRequestStatus>(kStatuses, s);
}

std::optional<MeetingAnswer> parse_meeting_answer(std::string_view s) {
  return parse_in<MeetingAnswer>(kAnswers, s);
}

std::span<const std::string_view> meeting_answer_names() { return kAnswers; }

std::optional<LocalizedText> answer_refused(const MeetingRequest& r, MeetingAnswer answer, Id by) {
  using S = MeetingRequestStatus;
  if (r.status == S::kWithdrawn) return LocalizedText{"该请求已撤回", "the request was withdrawn"};
  switch (answer) {
    case MeetingAnswer::kAccept:
    case MeetingAnswer::kDecline:
      if (by != r.to_registration_id) {
        return LocalizedText{"只有被邀请的一方可以接受或拒绝",
                             "only the participant asked can accept or decline"};
      }
      if ((answer == MeetingAnswer::kAccept && r.status == S::kAccepted) ||
          (answer == MeetingAnswer::kDecline && r.status == S::kDeclined)) {
        return LocalizedText{"已是这个答复", "that is already the answer"};
      }
      return std::nullopt;
    case MeetingAnswer::kWithdraw:
      if (by != r.from_registration_id) {
        return LocalizedText{"只有发起方可以撤回", "only the participant who asked can withdraw"};
      }
      if (r.status == S::kDeclined) return LocalizedText{"对方已拒绝", "the request was declined"};
      return std::nullopt;
  }
  return std::nullopt;
}

MeetingRequestStatus status_after(MeetingAnswer answer) {
  switch (answer) {
    case MeetingAnswer::kAccept:
      return MeetingRequestStatus::kAccepted;
    case MeetingAnswer::kDecline:
      return MeetingRequestStatus::kDeclined;
    case MeetingAnswer::kWithdraw:
      return MeetingRequestStatus::kWithdrawn;
  }
  return MeetingRequestStatus::kRequested;
}

}  // namespace icity::core
