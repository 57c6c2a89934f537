#include "cli/meeting_json.hpp"

#include <initializer_list>
#include <optional>
#include <unordered_map>

namespace icity::cli {
namespace {

namespace json = boost::json;

// Each reader sets `error` ("field: what") and returns nullopt on failure.
std::optional<std::int64_t> read_integer(const json::value& v, const std::string& field,
                                         std::int64_t low, std::int64_t high, std::string& error) {
  std::optional<std::int64_t> n;
  if (v.is_int64()) n = v.get_int64();
  if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(high)) {
    n = static_cast<std::int64_t>(v.get_uint64());
  }
  if (!v.is_int64() && !v.is_uint64()) {
    error = field + ": must be an integer";
    return std::nullopt;
  }
  if (!n || *n < low || *n > high) {
    error = field + ": must be between " + std::to_string(low) + " and " + std::to_string(high);
    return std::nullopt;
  }
  return n;
}

// Rejects the keys of `object` that are not in `known`.
bool only_known(const json::object& object, const std::string& where,
                std::initializer_list<std::string_view> known, std::string& error) {
  for (const auto& [key, value] : object) {
    if (std::find(known.begin(), known.end(), key) == known.end()) {
      error = where + (where.empty() ? "" : ".") + std::string(key) + ": unknown field";
      return false;
    }
  }
  return true;
}

class Reader {
 public:
  explicit Reader(std::string& error) : error_(error) {}

  bool read(const json::value& document, MeetingInput& input) {
    const json::object* root = document.if_object();
    if (root == nullptr) return fail("(document): must be a JSON object");
    if (!only_known(*root, "", {"slots", "tables", "participants", "requests"}, error_)) {
      return false;
    }
    const json::value* slots = root->if_contains("slots");
    const json::value* tables = root->if_contains("tables");
    if (slots == nullptr) return fail("slots: required");
    if (tables == nullptr) return fail("tables: required");
    const auto s = read_integer(*slots, "slots", 1, schedule::kMaxMeetingSlots, error_);
    if (!s) return false;
    const auto t = read_integer(*tables, "tables", 0, 1'000'000, error_);
    if (!t) return false;
    input.problem.slots = static_cast<int>(*s);
    input.problem.tables = static_cast<int>(*t);
    if (const json::value* people = root->if_contains("participants")) {
      if (!read_participants(*people, input)) return false;
    }
    const json::value* requests = root->if_contains("requests");
    if (requests == nullptr) return fail("requests: required");
    return read_requests(*requests, input);
  }

 private:
  bool fail(std::string message) {
    error_ = std::move(message);
    return false;
  }

  bool read_participants(const json::value& value, MeetingInput& input) {
    const json::array* people = value.if_array();
    if (people == nullptr) return fail("participants: must be an array");
    for (std::size_t i = 0; i < people->size(); ++i) {
      const std::string at = "participants[" + std::to_string(i) + "]";
      const json::object* person = (*people)[i].if_object();
      if (person == nullptr) return fail(at + ": must be an object");
      if (!only_known(*person, at, {"id", "unavailable"}, error_)) return false;
      const json::value* id = person->if_contains("id");
      if (id == nullptr || !id->is_string() || id->get_string().empty()) {
        return fail(at + ".id: must be a non-empty string");
      }
      const std::string name(id->get_string());
      if (!index_.emplace(name, static_cast<int>(input.ids.size())).second) {
        std::string message = at;
        message += ".id: \"" + name;
        message += "\" is listed twice";
        return fail(std::move(message));
      }
      input.ids.push_back(name);
      std::vector<int>& off = input.problem.unavailable.emplace_back();
      const json::value* unavailable = person->if_contains("unavailable");
      if (unavailable == nullptr) continue;
      if (!unavailable->is_array()) return fail(at + ".unavailable: must be an array");
      const json::array& slots = unavailable->get_array();
      for (std::size_t k = 0; k < slots.size(); ++k) {
        const auto slot = read_integer(slots[k], at + ".unavailable[" + std::to_string(k) + "]", 0,
                                       input.problem.slots - 1, error_);
        if (!slot) return false;
        off.push_back(static_cast<int>(*slot));
      }
    }
    return true;
  }

  // The index of participant `name`, added (available everywhere) if new.
  int participant(const std::string& name, MeetingInput& input) {
    const auto [it, added] = index_.emplace(name, static_cast<int>(input.ids.size()));
    if (added) {
      input.ids.push_back(name);
      input.problem.unavailable.emplace_back();
    }
    return it->second;
  }

  bool read_requests(const json::value& value, MeetingInput& input) {
    const json::array* requests = value.if_array();
    if (requests == nullptr) return fail("requests: must be an array");
    for (std::size_t i = 0; i < requests->size(); ++i) {
      const std::string at = "requests[" + std::to_string(i) + "]";
      const json::object* r = (*requests)[i].if_object();
      if (r == nullptr) return fail(at + ": must be an object");
      if (!only_known(*r, at, {"a", "b", "weight", "slot", "table"}, error_)) return false;
      schedule::MeetingRequest request;
      for (const char* side : {"a", "b"}) {
        const json::value* who = r->if_contains(side);
        if (who == nullptr || !who->is_string() || who->get_string().empty()) {
          return fail(at + "." + side + ": must be a participant id (a non-empty string)");
        }
        (side[0] == 'a' ? request.a : request.b) =
            participant(std::string(who->get_string()), input);
      }
      if (request.a == request.b) return fail(at + ".b: the same participant as a");
      if (const json::value* w = r->if_contains("weight")) {
        const auto weight = read_integer(*w, at + ".weight", 0, 1'000'000'000, error_);
        if (!weight) return false;
        request.weight = *weight;
      }
      if (const json::value* slot = r->if_contains("slot")) {
        const auto s = read_integer(*slot, at + ".slot", 0, input.problem.slots - 1, error_);
        if (!s) return false;
        request.slot = static_cast<int>(*s);
      }
      if (const json::value* table = r->if_contains("table")) {
        if (!request.slot) return fail(at + ".table: only with a slot");
        const auto t = read_integer(*table, at + ".table", 0, input.problem.tables - 1, error_);
        if (!t) return false;
        request.table = static_cast<int>(*t);
      }
      input.problem.requests.push_back(request);
    }
    return true;
  }

  std::string& error_;
  std::unordered_map<std::string, int> index_;
};

}  // namespace

std::optional<MeetingInput> read_meeting_input(const boost::json::value& document,
                                               std::string& error) {
  MeetingInput input;
  Reader reader(error);
  if (!reader.read(document, input)) return std::nullopt;
  return input;
}

std::string meeting_input_field(const std::string& engine_field) {
  if (!engine_field.starts_with("unavailable[")) return engine_field;
  const std::size_t close = engine_field.find(']');
  return "participants" + engine_field.substr(11, close - 10) + ".unavailable" +
         engine_field.substr(close + 1);
}

boost::json::object write_meeting_schedule(const MeetingInput& input,
                                           const schedule::MeetingSchedule& schedule) {
  const auto& requests = input.problem.requests;
  json::array meetings;
  for (const schedule::PlacedMeeting& m : schedule.meetings) {
    const schedule::MeetingRequest& r = requests[m.request];
    meetings.push_back(json::object{
        {"a", input.ids[r.a]}, {"b", input.ids[r.b]}, {"slot", m.slot}, {"table", m.table}});
  }
  json::array unplaced;
  for (const schedule::UnplacedMeeting& u : schedule.unplaced) {
    const schedule::MeetingRequest& r = requests[u.request];
    unplaced.push_back(json::object{{"a", input.ids[r.a]},
                                    {"b", input.ids[r.b]},
                                    {"weight", r.weight},
                                    {"reason", std::string(schedule::to_string(u.reason))}});
  }
  return json::object{{"meetings", std::move(meetings)},
                      {"total_weight", schedule.total_weight},
                      {"idle_gaps", schedule.idle_gaps},
                      {"unplaced", std::move(unplaced)}};
}

}  // namespace icity::cli
