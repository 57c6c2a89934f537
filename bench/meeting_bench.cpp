// The meeting scheduler (schedule/meeting_scheduler.hpp) against the exact
// integer program solved by CBC, on generated events of 50 to 700
// participants, then on an exhibition-sized event (50,000 requests between
// 700 exhibitors and 1,500 visitors) in both modes, each beside the greedy
// construction alone as the baseline.
//
//   meeting_bench [--quick] [--cbc /usr/bin/cbc] [--cbc-seconds 300] [--keep DIR] [--no-cbc]
//
// The IP: x[m][s] binary for every slot s both participants of m can attend;
// max sum w*x; sum_s x[m][s] <= 1 per meeting; per participant and slot at
// most one meeting; per slot at most `tables`. Written as an LP file and run
// as `cbc FILE.lp sec N solve solu OUT`; when CBC stops on its time limit the
// table says so and shows its best bound.
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "schedule/meeting_scheduler.hpp"

namespace {

using icity::schedule::MeetingMode;
using icity::schedule::MeetingOptions;
using icity::schedule::MeetingProblem;
using icity::schedule::MeetingRequest;
using icity::schedule::MeetingSchedule;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point start) {
  return std::chrono::duration<double>(Clock::now() - start).count();
}

// A matchmaking event: each participant asks a few others, chosen with a
// Zipf-like popularity (a few are wanted by many); a request accepted by the
// other side becomes a meeting of weight 1..5 (the pair once). About one slot
// in ten is unavailable to each participant. `from`/`to`: who may ask whom
// (two sides at a fair; everyone at a matchmaking day).
MeetingProblem generate(std::mt19937_64& rng, int participants, int asks_low, int asks_high,
                        int slots, double capacity_factor, int sides_split = 0) {
  MeetingProblem p;
  p.slots = slots;
  p.unavailable.resize(participants);
  for (auto& off : p.unavailable) {
    for (int s = 0; s < slots; ++s) {
      if (rng() % 10 == 0) off.push_back(s);
    }
  }
  // Popularity by a random rank: weight 1/rank^0.8 for each candidate.
  auto zipf_pick = [&](int low, int high, std::vector<double>& cumulative) {
    if (cumulative.empty()) {
      std::vector<int> rank(high - low);
      for (int i = 0; i < high - low; ++i) rank[i] = i + 1;
      std::shuffle(rank.begin(), rank.end(), rng);
      double total = 0;
      for (int r : rank) cumulative.push_back(total += 1.0 / std::pow(r, 0.8));
    }
    const double x = std::uniform_real_distribution<double>(0, cumulative.back())(rng);
    return low + static_cast<int>(std::lower_bound(cumulative.begin(), cumulative.end(), x) -
                                  cumulative.begin());
  };
  std::vector<double> everyone, exhibitors;
  std::set<std::pair<int, int>> pairs;
  for (int a = sides_split; a < participants; ++a) {
    const int asks = asks_low + static_cast<int>(rng() % (asks_high - asks_low + 1));
    for (int k = 0; k < asks; ++k) {
      const int b = sides_split > 0 ? zipf_pick(0, sides_split, exhibitors)
                                    : zipf_pick(0, participants, everyone);
      if (a == b || rng() % 10 == 0) continue;  // declined
      if (!pairs.insert({std::min(a, b), std::max(a, b)}).second) continue;
      MeetingRequest r;
      r.a = a;
      r.b = b;
      r.weight = 1 + static_cast<std::int64_t>(rng() % 5);
      p.requests.push_back(r);
    }
  }
  p.tables = std::max(1, static_cast<int>(std::lround(static_cast<double>(p.requests.size()) /
                                                      slots * capacity_factor)));
  return p;
}

struct CbcResult {
  double objective = -1;  // < 0: no solution read
  double bound = -1;      // CBC's best possible, when it stopped early
  bool optimal = false;
  double seconds = 0;
};

void write_lp(const MeetingProblem& p, const std::filesystem::path& path) {
  std::ofstream out(path);
  std::vector<std::uint64_t> available(p.participants(), (std::uint64_t{1} << p.slots) - 1);
  for (int who = 0; who < p.participants(); ++who) {
    for (int s : p.unavailable[who]) available[who] &= ~(std::uint64_t{1} << s);
  }
  std::map<std::pair<int, int>, std::vector<std::string>> by_participant_slot;
  std::vector<std::vector<std::string>> by_slot(p.slots);
  std::vector<std::string> binaries;
  std::ostringstream objective;
  std::ostringstream rows;
  int terms = 0;
  for (std::size_t m = 0; m < p.requests.size(); ++m) {
    const MeetingRequest& r = p.requests[m];
    const std::uint64_t both = available[r.a] & available[r.b];
    std::vector<std::string> mine;
    for (int s = 0; s < p.slots; ++s) {
      if ((both >> s & 1U) == 0) continue;
      std::string x = "x" + std::to_string(m) + "_" + std::to_string(s);
      objective << " + " << r.weight << " " << x << (++terms % 8 == 0 ? "\n" : "");
      by_participant_slot[{r.a, s}].push_back(x);
      by_participant_slot[{r.b, s}].push_back(x);
      by_slot[s].push_back(x);
      mine.push_back(x);
      binaries.push_back(x);
    }
    auto row = [&](const std::string& name, const std::vector<std::string>& xs, int rhs) {
      rows << " " << name << ":";
      for (std::size_t i = 0; i < xs.size(); ++i)
        rows << " + " << xs[i] << (i % 8 == 7 ? "\n" : "");
      rows << " <= " << rhs << "\n";
    };
    if (mine.size() > 1) row("m" + std::to_string(m), mine, 1);
  }
  for (const auto& [key, xs] : by_participant_slot) {
    if (xs.size() < 2) continue;
    rows << " p" << key.first << "_" << key.second << ":";
    for (std::size_t i = 0; i < xs.size(); ++i) rows << " + " << xs[i] << (i % 8 == 7 ? "\n" : "");
    rows << " <= 1\n";
  }
  for (int s = 0; s < p.slots; ++s) {
    if (static_cast<int>(by_slot[s].size()) <= p.tables) continue;
    rows << " s" << s << ":";
    for (std::size_t i = 0; i < by_slot[s].size(); ++i) {
      rows << " + " << by_slot[s][i] << (i % 8 == 7 ? "\n" : "");
    }
    rows << " <= " << p.tables << "\n";
  }
  out << "Maximize\n obj:" << (terms == 0 ? " 0 x_none" : objective.str()) << "\nSubject To\n"
      << rows.str() << "Binary\n";
  for (const std::string& x : binaries) out << " " << x << "\n";
  out << "End\n";
}

CbcResult run_cbc(const MeetingProblem& p, const std::string& cbc, int limit_seconds,
                  const std::filesystem::path& dir, const std::string& name) {
  const auto lp = dir / (name + ".lp");
  const auto solution = dir / (name + ".sol");
  const auto log = dir / (name + ".log");
  write_lp(p, lp);
  const std::string command = cbc + " " + lp.string() + " sec " + std::to_string(limit_seconds) +
                              " solve solu " + solution.string() + " > " + log.string() + " 2>&1";
  CbcResult result;
  const auto started = Clock::now();
  const int status = std::system(command.c_str());
  result.seconds = seconds_since(started);
  if (status != 0) return result;
  std::ifstream sol(solution);
  std::string first;
  std::getline(sol, first);
  result.optimal = first.rfind("Optimal", 0) == 0;
  const auto at = first.find("objective value");
  if (at != std::string::npos) result.objective = std::stod(first.substr(at + 15));
  std::ifstream text(log);
  for (std::string line; std::getline(text, line);) {
    const auto possible = line.find("best possible");
    if (possible != std::string::npos) result.bound = std::stod(line.substr(possible + 14));
  }
  return result;
}

// Solves `runs` times and keeps the fastest time: the answers are the same
// each time (the search is deterministic when it stops by itself), and the
// machine's other work only ever adds to a run.
MeetingSchedule solve(const MeetingProblem& p, MeetingMode mode, int limit_ms, bool improve,
                      double& seconds, int runs = 1) {
  MeetingOptions options;
  options.mode = mode;
  options.time_limit = std::chrono::milliseconds(limit_ms);
  options.improve = improve;
  icity::core::Result<MeetingSchedule> s;
  seconds = 1e9;
  for (int run = 0; run < runs; ++run) {
    const auto started = Clock::now();
    s = icity::schedule::solve_meetings(p, options);
    seconds = std::min(seconds, seconds_since(started));
  }
  if (!s) {
    std::cerr << "invalid generated problem: " << s.error().fields[0].field << "\n";
    std::exit(1);
  }
  return *s;
}

// An upper bound on the placed weight (with unit weights, on the count):
// every meeting has one exhibitor (participants below `split`) and one
// visitor, each meeting at most once a slot they can attend, so each side's
// sum of its participants' best requests, one per such slot, bounds it.
std::int64_t upper_bound(const MeetingProblem& p, int split, bool count_only) {
  std::vector<std::vector<std::int64_t>> weights(p.participants());
  for (const MeetingRequest& r : p.requests) {
    weights[r.a].push_back(count_only ? 1 : r.weight);
    weights[r.b].push_back(count_only ? 1 : r.weight);
  }
  std::int64_t side[2] = {0, 0};
  for (int who = 0; who < p.participants(); ++who) {
    auto& w = weights[who];
    std::sort(w.rbegin(), w.rend());
    const std::size_t can = p.slots - p.unavailable[who].size();
    for (std::size_t i = 0; i < std::min(can, w.size()); ++i) side[who < split ? 0 : 1] += w[i];
  }
  return std::min(side[0], side[1]);
}

}  // namespace

int main(int argc, char** argv) {
  bool quick = false;
  std::string cbc = "/usr/bin/cbc";
  int cbc_seconds = 300;
  std::filesystem::path keep;
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--quick") quick = true;
    if (arg == "--cbc" && i + 1 < argc) cbc = argv[++i];
    if (arg == "--cbc-seconds" && i + 1 < argc) cbc_seconds = std::atoi(argv[++i]);
    if (arg == "--keep" && i + 1 < argc) keep = argv[++i];
    if (arg == "--no-cbc") cbc.clear();
  }
  const std::filesystem::path dir =
      keep.empty() ? std::filesystem::temp_directory_path() / "icity_meeting_bench" : keep;
  std::filesystem::create_directories(dir);

  struct Instance {
    int participants, asks_low, asks_high, slots;
    double capacity;
  };
  std::vector<Instance> instances = {{50, 2, 6, 12, 0.6},  {100, 2, 6, 12, 1.5},
                                     {200, 2, 6, 16, 0.8}, {300, 2, 5, 20, 1.2},
                                     {500, 2, 5, 24, 0.7}, {700, 2, 5, 24, 1.5}};
  if (quick) instances = {{50, 2, 6, 12, 0.6}, {100, 2, 6, 12, 1.5}, {200, 2, 6, 16, 0.8}};

  std::printf(
      "mode best against CBC (the exact IP): weight, seconds, share of CBC's optimum and\n"
      "time as a share of CBC's (ours: the fastest of 3 identical runs; CBC: one run);\n"
      "greedy = the construction alone (no local search)\n");
  std::printf("%6s %6s %6s %6s | %10s %8s | %9s %8s %7s %8s | %8s %8s %7s %8s\n", "people", "meets",
              "slots", "tables", "CBC opt", "CBC s", "heur", "heur s", "share", "time", "greedy",
              "greedy s", "share", "time");
  std::mt19937_64 rng(2026);
  double worst_share = 1;
  double worst_ratio = 0;
  for (std::size_t i = 0; i < instances.size(); ++i) {
    const Instance& in = instances[i];
    const MeetingProblem p =
        generate(rng, in.participants, in.asks_low, in.asks_high, in.slots, in.capacity);
    double heuristic_seconds = 0;
    double greedy_seconds = 0;
    const MeetingSchedule s = solve(p, MeetingMode::kBest, 10000, true, heuristic_seconds, 3);
    const MeetingSchedule g = solve(p, MeetingMode::kBest, 10000, false, greedy_seconds, 3);
    const CbcResult c =
        cbc.empty() ? CbcResult{} : run_cbc(p, cbc, cbc_seconds, dir, "event" + std::to_string(i));
    const double share = c.objective > 0 ? static_cast<double>(s.total_weight) / c.objective : 0;
    const double ratio = c.seconds > 0 ? heuristic_seconds / c.seconds : 0;
    worst_share = std::min(worst_share, share);
    worst_ratio = std::max(worst_ratio, ratio);
    const double greedy_share =
        c.objective > 0 ? static_cast<double>(g.total_weight) / c.objective : 0;
    std::printf(
        "%6d %6zu %6d %6d | %10.0f%s %7.2f | %9lld %8.4f %6.2f%% %7.3f%% | %8lld %8.4f %6.2f%% "
        "%7.3f%%\n",
        in.participants, p.requests.size(), p.slots, p.tables, c.objective, c.optimal ? " " : "*",
        c.seconds, static_cast<long long>(s.total_weight), heuristic_seconds, 100 * share,
        100 * ratio, static_cast<long long>(g.total_weight), greedy_seconds, 100 * greedy_share,
        c.seconds > 0 ? 100 * greedy_seconds / c.seconds : 0);
    if (!c.optimal && c.bound > 0)
      std::printf("       * CBC stopped at its limit; bound %.0f\n", c.bound);
  }
  std::printf(
      "worst share of CBC's optimum %.2f%% (target >= 99%%), worst time ratio %.3f%% "
      "(target <= 1%%)\n\n",
      100 * worst_share, 100 * worst_ratio);

  // The exhibition: 700 exhibitors (0..699) and 1,500 visitors, each visitor
  // asking 39 to 48 exhibitors (Zipf; ~10% declined), two days of 24
  // twenty-minute slots (48, counted as one session) and one table per
  // exhibitor. ~50,000 requests are ~71 an exhibitor, more than there are
  // slots: it cannot all fit, so the bound is upper_bound()'s, not the total.
  MeetingProblem fair = generate(rng, 2200, 39, 48, 48, 1.0, 700);
  fair.tables = 700;
  std::printf(
      "exhibition: %d participants (700 exhibitors, 1500 visitors), %zu requests, %d "
      "slots, %d tables\n",
      fair.participants(), fair.requests.size(), fair.slots, fair.tables);
  std::int64_t requested = 0;
  for (const MeetingRequest& r : fair.requests) requested += r.weight;
  const std::int64_t weight_bound = upper_bound(fair, 700, false);
  const std::int64_t count_bound = upper_bound(fair, 700, true);
  std::printf("  requested weight %lld, upper bound on placed weight %lld, on placed count %lld\n",
              static_cast<long long>(requested), static_cast<long long>(weight_bound),
              static_cast<long long>(count_bound));
  for (const MeetingMode mode : {MeetingMode::kBest, MeetingMode::kAll}) {
    double seconds = 0;
    double greedy_seconds = 0;
    const MeetingSchedule s = solve(fair, mode, 8000, true, seconds);
    const MeetingSchedule g = solve(fair, mode, 8000, false, greedy_seconds);
    const char* name = mode == MeetingMode::kBest ? "best" : "all ";
    std::printf(
        "  %s: placed %zu, unplaced %zu, weight %lld (%.2f%% of the bound), idle gaps %d, "
        "%.2f s | greedy: placed %zu, weight %lld, idle gaps %d, %.2f s\n",
        name, s.meetings.size(), s.unplaced.size(), static_cast<long long>(s.total_weight),
        100.0 * static_cast<double>(s.total_weight) / static_cast<double>(weight_bound),
        s.idle_gaps, seconds, g.meetings.size(), static_cast<long long>(g.total_weight),
        g.idle_gaps, greedy_seconds);
  }
  return 0;
}
