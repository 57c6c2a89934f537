// The JSON of `icity schedule-meetings` (README: Command line), read into the
// scheduler's problem and written back from its schedule. Participants are
// named by id in the files and by index in the engine: the participants
// listed come first, in their order, then those only named in a request.
//
//   input:  {"slots":12,"tables":20,
//            "participants":[{"id":"p1","unavailable":[0,1]}],
//            "requests":[{"a":"p1","b":"p2","weight":3,"slot":4,"table":0}]}
//   output: {"meetings":[{"a","b","slot","table"}],"total_weight":W,"idle_gaps":G,
//            "unplaced":[{"a","b","weight","reason"}]}
#pragma once

#include <boost/json.hpp>
#include <string>
#include <vector>

#include "schedule/meeting_scheduler.hpp"

namespace icity::cli {

struct MeetingInput {
  schedule::MeetingProblem problem;
  std::vector<std::string> ids;  // by participant index
};

// Reads and checks the input document; on failure `error` says which field
// ("requests[3].b: ...") and the result is empty.
std::optional<MeetingInput> read_meeting_input(const boost::json::value& document,
                                               std::string& error);

// "unavailable[p][k]" (the engine's name) → "participants[p].unavailable[k]"
// (the file's); every other field is named alike in both.
std::string meeting_input_field(const std::string& engine_field);

boost::json::object write_meeting_schedule(const MeetingInput& input,
                                           const schedule::MeetingSchedule& schedule);

}  // namespace icity::cli
