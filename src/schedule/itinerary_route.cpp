#include "schedule/itinerary_route.hpp"

#include <algorithm>
#include <set>
#include <utility>

namespace icity::schedule::detail {
namespace {

// Slack for floating-point noise; the checker allows 1e-6.
constexpr double kEps = 1e-9;

}  // namespace

SearchData::SearchData(const ItineraryProblem& problem)
    : n_(problem.nodes.size()), routes(problem.routes) {
  travel_.resize(n_ * n_);
  for (std::size_t i = 0; i < n_; ++i) {
    for (std::size_t j = 0; j < n_; ++j) travel_[i * n_ + j] = problem.travel[i][j];
  }
  must.assign(n_, 0);
  for (int node : problem.must_visit) must[static_cast<std::size_t>(node)] = 1;
  for (const Pin& pin : problem.pinned) must[static_cast<std::size_t>(pin.node)] = 1;
  double total = 0;
  for (const ItineraryNode& node : problem.nodes) {
    duration.push_back(node.duration);
    total += node.score;
  }
  // A must-visit outweighs every other site together.
  for (std::size_t i = 0; i < n_; ++i) {
    value.push_back(problem.nodes[i].score + (must[i] != 0 ? total + 1 : 0));
  }
  std::set<int> banned(problem.dropped.begin(), problem.dropped.end());
  for (const RouteSpec& r : problem.routes) {
    banned.insert(r.start_node);
    banned.insert(r.end_node);
  }
  const std::size_t m = routes.size();
  allowed_.assign(m * n_, 0);
  windows_.resize(m * n_);
  for (std::size_t r = 0; r < m; ++r) {
    for (std::size_t i = 0; i < n_; ++i) {
      if (banned.contains(static_cast<int>(i))) continue;
      windows_[r * n_ + i] = windows_on(problem, static_cast<int>(i), static_cast<int>(r));
    }
  }
  for (const Pin& pin : problem.pinned) {
    for (std::size_t r = 0; r < m; ++r) {
      auto& windows = windows_[r * n_ + static_cast<std::size_t>(pin.node)];
      if (static_cast<int>(r) != pin.route) {
        windows.clear();
      } else if (pin.start) {
        // A pinned time outside the opening hours cannot be honoured.
        const bool open = std::any_of(windows.begin(), windows.end(), [&](const TimeWindow& w) {
          return *pin.start >= w.open && *pin.start <= w.close;
        });
        windows.clear();
        if (open) windows.push_back({*pin.start, *pin.start});
      }
    }
  }
  std::vector<char> somewhere(n_, 0);
  for (std::size_t k = 0; k < m * n_; ++k) {
    allowed_[k] = windows_[k].empty() ? 0 : 1;
    if (allowed_[k] != 0) somewhere[k % n_] = 1;
  }
  for (std::size_t i = 0; i < n_; ++i) {
    if (somewhere[i] != 0) sites.push_back(static_cast<int>(i));
  }
}

RouteState::RouteState(const SearchData& data, int route)
    : data_(&data),
      route_(route),
      has_lunch_(data.routes[static_cast<std::size_t>(route)].lunch.has_value()),
      lunch_(data.routes[static_cast<std::size_t>(route)].lunch.value_or(LunchBreak{})) {
  const RouteSpec& spec = data.routes[static_cast<std::size_t>(route)];
  seq_.push_back(spec.start_node);
  if (has_lunch_) seq_.push_back(kLunch);
  seq_.push_back(spec.end_node);
  recompute();  // validate_problem checked that the empty day fits
}

double RouteState::duration(std::size_t i) const {
  if (i == 0 || i + 1 == seq_.size()) return 0;
  if (seq_[i] == kLunch) return lunch_.duration;
  return data_->duration[static_cast<std::size_t>(seq_[i])];
}

std::optional<std::pair<double, double>> RouteState::earliest_start(int node, double t) const {
  for (const TimeWindow& w : data_->windows(node, route_)) {
    if (t <= w.close + kEps) return std::pair{std::max(t, w.open), w.close};
  }
  return std::nullopt;
}

bool RouteState::recompute() {
  const RouteSpec& spec = data_->routes[static_cast<std::size_t>(route_)];
  const std::size_t size = seq_.size();
  const std::size_t last = size - 1;
  loc_.resize(size);
  arrival_.resize(size);
  start_.resize(size);
  close_.resize(size);
  max_shift_.resize(size);
  loc_[0] = spec.start_node;
  arrival_[0] = start_[0] = close_[0] = spec.start_time;
  value_ = 0;
  travel_time_ = 0;
  multi_window_ = false;
  for (std::size_t i = 1; i < size; ++i) {
    const int e = seq_[i];
    const double ready = finish(i - 1);
    if (e == kLunch) {
      loc_[i] = loc_[i - 1];
      arrival_[i] = ready;
      start_[i] = std::max(ready, lunch_.earliest);
      close_[i] = lunch_.latest;
      if (start_[i] > close_[i] + kEps) return false;
      continue;
    }
    loc_[i] = i == last ? spec.end_node : e;
    const double t = data_->travel(loc_[i - 1], loc_[i]);
    travel_time_ += t;
    arrival_[i] = ready + t;
    if (i == last) {
      start_[i] = arrival_[i];
      close_[i] = spec.end_time;
      if (arrival_[i] > spec.end_time + kEps) return false;
      continue;
    }
    const auto at = earliest_start(e, arrival_[i]);
    if (!at) return false;
    start_[i] = at->first;
    close_[i] = at->second;
    if (data_->windows(e, route_).size() > 1) multi_window_ = true;
    value_ += data_->value[static_cast<std::size_t>(e)];
  }
  max_shift_[last] = close_[last] - start_[last];
  for (std::size_t i = last; i-- > 1;) {
    const double wait_next = start_[i + 1] - arrival_[i + 1];
    max_shift_[i] = std::min(close_[i] - start_[i], wait_next + max_shift_[i + 1]);
  }
  max_shift_[0] = 0;
  return true;
}

std::optional<Insertion> RouteState::try_insert(int node, std::size_t after) const {
  const std::size_t next = after + 1;
  const double reach = finish(after) + data_->travel(loc_[after], node);
  const auto at = earliest_start(node, reach);
  if (!at) return std::nullopt;
  const double done = at->first + data_->duration[static_cast<std::size_t>(node)];
  std::size_t moved = next;  // the first element after the new site that must not move too far
  double moved_arrival = 0;
  double shift = 0;
  if (seq_[next] != kLunch) {
    moved_arrival = done + data_->travel(node, loc_[next]);
    shift = moved_arrival - arrival_[next];
  } else {
    // Lunch follows the new site, where the delegation then is; the travel
    // after lunch now leaves from the new site.
    const LunchBreak& lunch = lunch_;
    const double lunch_start = std::max(done, lunch.earliest);
    if (lunch_start > lunch.latest + kEps) return std::nullopt;
    moved = next + 1;
    const int beyond = loc_[moved];
    moved_arrival = lunch_start + lunch.duration + data_->travel(node, beyond);
    shift =
        (done - arrival_[next]) + data_->travel(node, beyond) - data_->travel(loc_[after], beyond);
  }
  const double slack = (start_[moved] - arrival_[moved]) + max_shift_[moved];
  if (moved_arrival - arrival_[moved] > slack + kEps &&
      !(multi_window_ && delay_fits(moved, moved_arrival))) {
    return std::nullopt;
  }
  return Insertion{node, route_, after, shift};
}

bool RouteState::delay_fits(std::size_t from, double arrival) const {
  const RouteSpec& spec = data_->routes[static_cast<std::size_t>(route_)];
  const std::size_t last = seq_.size() - 1;
  for (std::size_t i = from; i < seq_.size(); ++i) {
    double start = 0;
    if (i == last) {
      return arrival <= spec.end_time + kEps;
    }
    if (seq_[i] == kLunch) {
      start = std::max(arrival, lunch_.earliest);
      if (start > lunch_.latest + kEps) return false;
    } else {
      const auto at = earliest_start(seq_[i], arrival);
      if (!at) return false;
      start = at->first;
    }
    if (start <= start_[i] + kEps) return true;  // the delay is absorbed by waiting
    arrival = start + duration(i) + data_->travel(loc_[i], loc_[i + 1]);
  }
  return true;
}

void RouteState::insert(int node, std::size_t after) {
  std::vector<int> m = middle();
  m.insert(m.begin() + static_cast<std::ptrdiff_t>(after), node);
  assign(std::move(m));
}

bool RouteState::assign(std::vector<int> middle) {
  std::vector<int> seq;
  seq.reserve(middle.size() + 2);
  seq.push_back(seq_.front());
  seq.insert(seq.end(), middle.begin(), middle.end());
  seq.push_back(seq_.back());
  std::swap(seq, seq_);
  if (recompute()) return true;
  std::swap(seq, seq_);
  recompute();
  return false;
}

}  // namespace icity::schedule::detail
