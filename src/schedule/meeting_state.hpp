// Internal to the meeting scheduler: the schedule being searched, with what
// every move needs in O(1): per participant a mask of busy slots and who they
// meet in each slot, per slot its load and its meetings, the set of unplaced
// meetings, and an undo log so that a move can be tried and taken back.
#pragma once

#include <bit>
#include <cstdint>
#include <vector>

#include "schedule/meeting_scheduler.hpp"

namespace icity::schedule::detail {

using SlotMask = std::uint64_t;

inline SlotMask slot_bit(int slot) { return SlotMask{1} << slot; }
inline int lowest_slot(SlotMask mask) { return std::countr_zero(mask); }

class MeetingState {
 public:
  // `weights` are the search's own (kAll adds a large constant to every
  // meeting, so that the count comes first). REQUIRES: validate_meetings()
  // found nothing wrong with `problem`.
  MeetingState(const MeetingProblem& problem, std::vector<std::int64_t> weights);

  int slots() const { return slots_; }
  int tables() const { return tables_; }
  int meetings() const { return static_cast<int>(a_.size()); }
  int a(int m) const { return a_[m]; }
  int b(int m) const { return b_[m]; }
  std::int64_t weight(int m) const { return weight_[m]; }
  bool fixed(int m) const { return fixed_[m] != 0; }
  // Slots the meeting may ever take: both available, neither held by a fixed
  // meeting, not filled by fixed meetings. Empty for a fixed meeting.
  SlotMask allowed(int m) const { return allowed_[m]; }

  // The meetings participant p is asked to, fixed ones included.
  const std::vector<int>& incident(int p) const { return incident_[p]; }

  int slot_of(int m) const { return slot_of_[m]; }
  SlotMask busy(int p) const { return busy_[p]; }
  // The meeting participant p has in `slot`, or -1.
  int who(int p, int slot) const { return who_[static_cast<std::size_t>(p) * slots_ + slot]; }
  int load(int slot) const { return static_cast<int>(in_slot_[slot].size()); }
  const std::vector<int>& in_slot(int slot) const { return in_slot_[slot]; }
  bool full(int slot) const { return (full_ & slot_bit(slot)) != 0; }
  SlotMask full_slots() const { return full_; }
  // Slots m could move to right now without displacing anything.
  SlotMask free_for(int m) const { return allowed_[m] & ~busy_[a_[m]] & ~busy_[b_[m]] & ~full_; }
  std::int64_t total_weight() const { return total_weight_; }
  const std::vector<int>& unplaced() const { return unplaced_; }

  // Every change goes through these two and is logged; undo(mark) takes the
  // changes after mark() back in reverse order.
  void place(int m, int slot);  // REQUIRES: m unplaced, the slot free for it
  void remove(int m);           // REQUIRES: m placed
  void move(int m, int slot) {
    remove(m);
    place(m, slot);
  }
  // Every meeting's slot (-1: unplaced), and back to it. restore() clears
  // the undo log.
  std::vector<int> placement() const { return slot_of_; }
  void restore(const std::vector<int>& placement);

  std::size_t mark() const { return log_.size(); }
  void undo(std::size_t mark);
  void commit() { log_.clear(); }

 private:
  void add_unplaced(int m);
  void drop_unplaced(int m);

  int slots_;
  int tables_;
  std::vector<int> a_, b_;
  std::vector<std::int64_t> weight_;
  std::vector<char> fixed_;
  std::vector<SlotMask> allowed_;
  std::vector<std::vector<int>> incident_;

  std::vector<int> slot_of_;
  std::vector<SlotMask> busy_;
  std::vector<int> who_;
  std::vector<std::vector<int>> in_slot_;
  std::vector<int> position_;  // in in_slot_[slot_of_[m]] or in unplaced_
  SlotMask full_ = 0;
  std::int64_t total_weight_ = 0;
  std::vector<int> unplaced_;  // movable (not fixed) meetings with allowed slots only
  struct Change {
    int meeting;
    int from;  // slot before the change, -1: unplaced
  };
  std::vector<Change> log_;
};

}  // namespace icity::schedule::detail
