#include "schedule/meeting_state.hpp"

#include <utility>

namespace icity::schedule::detail {

MeetingState::MeetingState(const MeetingProblem& problem, std::vector<std::int64_t> weights)
    : slots_(problem.slots),
      tables_(problem.tables),
      weight_(std::move(weights)),
      incident_(problem.participants()),
      busy_(problem.participants(), 0),
      who_(static_cast<std::size_t>(problem.participants()) * problem.slots, -1),
      in_slot_(problem.slots) {
  const int n = problem.participants();
  const int count = static_cast<int>(problem.requests.size());
  const SlotMask every = slots_ == kMaxMeetingSlots ? ~SlotMask{0} : slot_bit(slots_) - 1;
  std::vector<SlotMask> available(n, every);
  for (int p = 0; p < n; ++p) {
    for (int s : problem.unavailable[p]) available[p] &= ~slot_bit(s);
  }
  a_.resize(count);
  b_.resize(count);
  fixed_.assign(count, 0);
  allowed_.assign(count, 0);
  slot_of_.assign(count, -1);
  position_.assign(count, -1);
  for (int m = 0; m < count; ++m) {
    const MeetingRequest& r = problem.requests[m];
    a_[m] = r.a;
    b_[m] = r.b;
    fixed_[m] = r.slot.has_value() ? 1 : 0;
    incident_[r.a].push_back(m);
    incident_[r.b].push_back(m);
  }
  // Fixed meetings first: they take their slots before anything is allowed.
  for (int m = 0; m < count; ++m) {
    const auto& slot = problem.requests[m].slot;
    if (slot && tables_ > 0) place(m, *slot);
  }
  for (int m = 0; m < count; ++m) {
    if (fixed_[m] != 0 || tables_ == 0) continue;
    allowed_[m] = available[a_[m]] & available[b_[m]] & ~busy_[a_[m]] & ~busy_[b_[m]] & ~full_;
    if (allowed_[m] != 0) add_unplaced(m);
  }
  commit();
}

void MeetingState::place(int m, int slot) {
  if (position_[m] >= 0 && slot_of_[m] < 0) drop_unplaced(m);
  slot_of_[m] = slot;
  busy_[a_[m]] |= slot_bit(slot);
  busy_[b_[m]] |= slot_bit(slot);
  who_[static_cast<std::size_t>(a_[m]) * slots_ + slot] = m;
  who_[static_cast<std::size_t>(b_[m]) * slots_ + slot] = m;
  position_[m] = static_cast<int>(in_slot_[slot].size());
  in_slot_[slot].push_back(m);
  if (static_cast<int>(in_slot_[slot].size()) >= tables_) full_ |= slot_bit(slot);
  total_weight_ += weight_[m];
  log_.push_back({m, -1});
}

void MeetingState::remove(int m) {
  const int slot = slot_of_[m];
  busy_[a_[m]] &= ~slot_bit(slot);
  busy_[b_[m]] &= ~slot_bit(slot);
  who_[static_cast<std::size_t>(a_[m]) * slots_ + slot] = -1;
  who_[static_cast<std::size_t>(b_[m]) * slots_ + slot] = -1;
  std::vector<int>& here = in_slot_[slot];
  const int last = here.back();
  here[position_[m]] = last;
  position_[last] = position_[m];
  here.pop_back();
  full_ &= ~slot_bit(slot);
  total_weight_ -= weight_[m];
  slot_of_[m] = -1;
  position_[m] = -1;
  add_unplaced(m);
  log_.push_back({m, slot});
}

void MeetingState::undo(std::size_t mark) {
  while (log_.size() > mark) {
    const Change c = log_.back();
    log_.pop_back();
    // Each inverse logs itself too; drop that entry as well.
    if (c.from < 0) {
      remove(c.meeting);
    } else {
      place(c.meeting, c.from);
    }
    log_.pop_back();
  }
}

void MeetingState::restore(const std::vector<int>& placement) {
  for (int m = 0; m < meetings(); ++m) {
    if (slot_of_[m] >= 0 && fixed_[m] == 0 && slot_of_[m] != placement[m]) remove(m);
  }
  for (int m = 0; m < meetings(); ++m) {
    if (placement[m] >= 0 && slot_of_[m] != placement[m]) place(m, placement[m]);
  }
  commit();
}

void MeetingState::add_unplaced(int m) {
  position_[m] = static_cast<int>(unplaced_.size());
  unplaced_.push_back(m);
}

void MeetingState::drop_unplaced(int m) {
  const int last = unplaced_.back();
  unplaced_[position_[m]] = last;
  position_[last] = position_[m];
  unplaced_.pop_back();
  position_[m] = -1;
}

}  // namespace icity::schedule::detail
