// icity schedule-meetings --input IN.json --output OUT.json [--mode best|all]
// [--time-limit-ms N]: places an event's B2B meetings in slots and at tables
// (schedule/meeting_scheduler.hpp; the files: cli/meeting_json.hpp). Scripts
// depend on this contract: bad input → a message naming the field on stderr,
// exit 2 and nothing written; OUT.json appears whole (temp file + rename) or
// not at all; one summary line on stdout.
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <sstream>
#include <system_error>

#include "cli/commands.hpp"
#include "cli/meeting_json.hpp"

namespace icity::cli {
namespace {

constexpr int kBadInput = 2;

int bad_input(const std::string& message) {
  std::cerr << "icity schedule-meetings: " << message << "\n";
  return kBadInput;
}

// Writes `text` beside `path` and renames it over `path`, so that a reader
// never sees half a file. False (with `error` set) if it could not.
bool write_atomically(const std::filesystem::path& path, const std::string& text,
                      std::string& error) {
  std::filesystem::path temp = path;
  temp += ".tmp-" + std::to_string(::getpid());
  {
    std::ofstream out(temp, std::ios::binary | std::ios::trunc);
    out << text;
    out.flush();
    if (!out) {
      error = "cannot write " + temp.string();
      std::error_code ignored;
      std::filesystem::remove(temp, ignored);
      return false;
    }
  }
  std::error_code ec;
  std::filesystem::rename(temp, path, ec);
  if (ec) {
    error = "cannot rename " + temp.string() + " to " + path.string() + ": " + ec.message();
    std::filesystem::remove(temp, ec);
    return false;
  }
  return true;
}

}  // namespace

Run add_schedule_meetings(CLI::App& parent) {
  auto* cmd = parent.add_subcommand("schedule-meetings",
                                    "Place an event's B2B meetings in time slots and at tables");
  struct Options {
    std::string input;
    std::string output;
    std::string mode = "best";
    std::int64_t time_limit_ms = 2000;
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--input", o->input, "The event: slots, tables, participants, requests (JSON)")
      ->required();
  cmd->add_option("--output", o->output, "Where the schedule goes (JSON, written atomically)")
      ->required();
  cmd->add_option("--mode", o->mode,
                  "best: most weight placed; all: every meeting placed if possible, then the "
                  "fewest idle gaps")
      ->capture_default_str();
  cmd->add_option("--time-limit-ms", o->time_limit_ms, "Bound on the search")
      ->capture_default_str();
  return [o]() {
    schedule::MeetingOptions options;
    if (o->mode == "best") {
      options.mode = schedule::MeetingMode::kBest;
    } else if (o->mode == "all") {
      options.mode = schedule::MeetingMode::kAll;
    } else {
      return bad_input("--mode: \"" + o->mode + "\" is neither best nor all");
    }
    if (o->time_limit_ms < 0) return bad_input("--time-limit-ms: must not be negative");
    options.time_limit = std::chrono::milliseconds(o->time_limit_ms);

    std::ifstream in(o->input, std::ios::binary);
    if (!in.is_open()) return bad_input("--input: cannot read " + o->input);
    std::stringstream text;
    text << in.rdbuf();
    if (in.bad()) return bad_input("--input: cannot read " + o->input);
    boost::system::error_code ec;
    const boost::json::value document = boost::json::parse(text.str(), ec);
    if (ec) return bad_input(o->input + ": not JSON: " + ec.message());
    std::string error;
    const auto input = read_meeting_input(document, error);
    if (!input) return bad_input(error);

    const auto started = std::chrono::steady_clock::now();
    const auto schedule = schedule::solve_meetings(input->problem, options);
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    if (!schedule) {
      const auto& fields = schedule.error().fields;
      if (fields.empty()) return bad_input(schedule.error().detail.en);
      return bad_input(meeting_input_field(fields[0].field) + ": " + fields[0].message.en);
    }
    if (!write_atomically(o->output,
                          boost::json::serialize(write_meeting_schedule(*input, *schedule)) + "\n",
                          error)) {
      std::cerr << "icity schedule-meetings: " << error << "\n";
      return 1;
    }
    std::cout << "icity: placed " << schedule->meetings.size() << " of "
              << input->problem.requests.size() << " meetings (weight " << schedule->total_weight
              << ", " << schedule->unplaced.size() << " unplaced, " << schedule->idle_gaps
              << " idle gaps, mode " << o->mode << ") in " << seconds << " s\n";
    return 0;
  };
}

}  // namespace icity::cli
