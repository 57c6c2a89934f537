// icity plan-itinerary --optw FILE [--routes M] [--time-limit-ms N]: plans M
// routes of an OPTW/TOPTW benchmark instance (vertex 0 the depot) with the
// delegation itinerary planner and prints {"score":S,"routes":[[node,...],...]}
// — each route's visited vertices in order, without the depot. Bad input: a
// message on stderr and exit code 2. Scripts depend on this (README: CLI).
#include <boost/json.hpp>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "cli/commands.hpp"
#include "schedule/itinerary_optw.hpp"
#include "schedule/itinerary_planner.hpp"

namespace icity::cli {
namespace {

int bad_input(const std::string& what) {
  std::cerr << "icity plan-itinerary: " << what << "\n";
  return 2;
}

// A whole number >= 1 (and below a million routes or ms-years), or nullopt.
std::optional<std::int64_t> positive(const std::string& text) {
  std::int64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc{} || end != text.data() + text.size() || value < 1 || value > 1'000'000'000) {
    return std::nullopt;
  }
  return value;
}

boost::json::value number(double x) {
  if (x == std::floor(x) && std::abs(x) < 1e15) return static_cast<std::int64_t>(x);
  return x;
}

}  // namespace

Run add_plan_itinerary(CLI::App& parent) {
  auto* cmd = parent.add_subcommand(
      "plan-itinerary", "Plan the routes of an OPTW/TOPTW instance (the itinerary planner)");
  struct Options {
    std::string optw;
    std::string routes = "1";  // parsed here, so that any bad value exits 2
    std::string time_limit_ms = "1000";
  };
  auto o = std::make_shared<Options>();
  cmd->add_option("--optw", o->optw, "The instance, in the OPTW benchmark format")->required();
  cmd->add_option("--routes", o->routes, "Routes (days), at least 1")->capture_default_str();
  cmd->add_option("--time-limit-ms", o->time_limit_ms, "Search time limit")->capture_default_str();
  return [o]() {
    const auto route_count = positive(o->routes);
    if (!route_count) return bad_input("--routes must be at least 1, not '" + o->routes + "'");
    const auto limit = positive(o->time_limit_ms);
    if (!limit) {
      return bad_input("--time-limit-ms must be at least 1, not '" + o->time_limit_ms + "'");
    }
    std::error_code ec;
    if (!std::filesystem::is_regular_file(o->optw, ec)) return bad_input("cannot read " + o->optw);
    std::ifstream in(o->optw, std::ios::binary);
    std::stringstream text;
    text << in.rdbuf();
    if (!in || in.bad()) return bad_input("cannot read " + o->optw);
    auto instance = schedule::parse_optw(text.str());
    if (!instance) return bad_input(o->optw + ": " + instance.error().detail.en);
    schedule::ItineraryProblem problem =
        schedule::optw_problem(*instance, static_cast<int>(*route_count));
    problem.time_limit_ms = *limit;
    auto plan = schedule::plan_itinerary(problem);
    if (!plan) {
      std::string why;
      for (const auto& f : plan.error().fields) why += "; " + f.message.en;
      return bad_input(o->optw + ": not a valid instance" + why);
    }
    boost::json::array routes;
    for (const auto& route : plan->routes) {
      boost::json::array nodes;
      for (const auto& visit : route.visits) nodes.emplace_back(visit.node);
      routes.emplace_back(std::move(nodes));
    }
    std::cout << boost::json::serialize(
                     boost::json::object{{"score", number(plan->score)}, {"routes", routes}})
              << "\n";
    return 0;
  };
}

}  // namespace icity::cli
