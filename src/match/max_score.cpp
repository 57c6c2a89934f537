// top_max_score (declared in top_k.hpp): MaxScore over a query's posting lists,
// in windows of slots. Within a window the essential lists are added term at
// a time into a small accumulator (as the exhaustive scorer does, but in L1
// cache); the candidates found there then meet the non-essential lists one
// list at a time, and are dropped as soon as what the remaining lists could
// add no longer lifts them to the k-th best score. Lucene's
// MaxScoreBulkScorer works much the same way.
//
// A dense unwalked list is asked through its bitmap (top_k.hpp), a word a
// candidate. Where its impacts differ, the probe adds the list's bound, not
// the impact, and marks the candidate: what a guess overstates only keeps a
// candidate longer, and the few that could still enter at the end of the
// window get their exact impacts before they are offered.
#include <algorithm>
#include <array>
#include <bit>
#include <limits>
#include <span>

#include "match/top_k.hpp"

namespace icity::match {
namespace {

// Slots a window spans: its accumulators (128 KiB) stay in L2 cache. Over a
// 1M-profile index, 4096 (in L1) and 65536 were slower: more windows to set
// up, or accumulators out of L2.
constexpr std::uint32_t kWindow = 16384;
// The first window of a query is this small, and each next one twice as large
// up to kWindow: until the k best are found, every list is walked and every
// candidate offered, and the pruning rules are only revised between windows.
constexpr std::uint32_t kFirstWindow = 64;
// A list is merged with the candidates unless it has this many times more
// postings than there are candidates over their span (then each is sought).
constexpr std::size_t kMergeRatio = 4;

struct Cursor {
  const std::uint32_t* slots = nullptr;
  const Impact* impacts = nullptr;  // null: every posting adds `flat`
  std::size_t size = 0;
  std::size_t pos = 0;
  std::uint64_t weight = 0;
  std::uint64_t flat = 0;
  std::uint64_t bound = 0;                      // weight · max impact: no posting contributes more
  const PostingList::Bitmap* bitmap = nullptr;  // null: the list has none
  bool topical = true;                          // false: never walked, only probed

  bool done() const { return pos >= size; }
  std::uint64_t value() const { return impacts == nullptr ? flat : weight * impacts[pos]; }
};

constexpr std::uint32_t kNoSlot = std::numeric_limits<std::uint32_t>::max();

// The candidates of a window, ascending, with their scores so far and which
// probes (bit j: the j-th unwalked list) added a bound rather than an impact.
struct Candidates {
  std::vector<std::uint32_t> slot;
  std::vector<std::uint64_t> score;
  std::vector<std::uint64_t> guessed;
  std::size_t size = 0;

  explicit Candidates(std::size_t capacity) : slot(capacity), score(capacity), guessed(capacity) {}
  std::span<const std::uint32_t> slots() const { return {slot.data(), size}; }
  std::span<std::uint64_t> scores() { return {score.data(), size}; }

  // Keeps the candidates from `from` on whose score is at least `need`, in
  // order, moved down to `out` (those before it are kept), without a branch a
  // candidate (whether one is kept is unpredictable).
  void keep_from(std::uint64_t need, std::size_t from = 0, std::size_t out = 0) {
    for (std::size_t i = from; i < size; ++i) {
      slot[out] = slot[i];
      score[out] = score[i];
      guessed[out] = guessed[i];
      out += score[i] >= need ? 1 : 0;
    }
    size = out;
  }
};
// A candidate remembers this many guessed probes; the lists probed after them
// are read exactly.
constexpr std::size_t kGuesses = 64;

// A window's accumulators and candidates, kept by each thread from one query
// to the next (~450 KiB). Between windows the scores and the touched bits are
// all 0 (taken out with the candidates, before any candidate is offered).
struct Scratch {
  std::vector<std::uint64_t> score = std::vector<std::uint64_t>(kWindow, 0);
  std::vector<std::uint64_t> touched = std::vector<std::uint64_t>(kWindow / 64, 0);
  Candidates cand{kWindow};
};
Scratch& scratch() {
  thread_local Scratch s;
  return s;
}

// Adds what list `c` holds of the candidates (ascending, not empty) to their
// scores. Where the list has about as many postings as there are candidates
// over their span, a branch-free merge of the two; where it has many more,
// a seek to each candidate.
void add_list(Cursor& c, std::span<const std::uint32_t> cand, std::span<std::uint64_t> score) {
  const std::size_t from = seek(c.slots, c.size, c.pos, cand.front());
  const std::size_t to = seek(c.slots, c.size, from, cand.back() + 1);
  c.pos = from;
  if (to - from > kMergeRatio * cand.size()) {
    for (std::size_t i = 0; i < cand.size(); ++i) {
      c.pos = seek(c.slots, c.size, c.pos, cand[i]);
      if (c.pos < c.size && c.slots[c.pos] == cand[i]) score[i] += c.value();
    }
    return;
  }
  std::size_t i = 0;
  std::size_t p = from;
  auto merge = [&](auto value_at) {
    while (i < cand.size() && p < to) {
      const std::uint32_t a = cand[i];
      const std::uint32_t b = c.slots[p];
      score[i] += a == b ? value_at(p) : 0;
      i += a <= b ? 1 : 0;
      p += b <= a ? 1 : 0;
    }
  };
  if (c.impacts == nullptr) {
    merge([&](std::size_t) { return c.flat; });
  } else {
    merge([&](std::size_t at) { return c.weight * c.impacts[at]; });
  }
  c.pos = p;
}

// The same, but where the list has a bitmap, the candidates it covers are
// looked up in it, a word each, without a branch on whether the list holds
// them; where its impacts differ, a held one gets the bound, and bit `guess`
// of its `guessed` (if guess < kGuesses, else the impact is read). Then keeps
// the candidates whose score is at least `need` (in the same pass where the
// bitmap covers them).
void probe_list(Cursor& c, std::size_t guess, std::uint64_t need, Candidates& cand) {
  std::size_t i = 0;
  std::size_t out = 0;
  if (c.bitmap != nullptr) {
    const auto& b = *c.bitmap;
    const std::uint32_t span = b.end - b.base;
    const std::uint64_t* words = b.words.data();
    std::uint32_t* slot = cand.slot.data();
    std::uint64_t* score = cand.score.data();
    std::uint64_t* guessed = cand.guessed.data();
    auto keep = [&](std::uint64_t s, std::uint64_t g) {
      slot[out] = slot[i];
      score[out] = s;
      guessed[out] = g;
      out += s >= need ? 1 : 0;
    };
    if (c.impacts == nullptr || guess < kGuesses) {
      const std::uint64_t add = c.impacts == nullptr ? c.flat : c.bound;
      const std::uint64_t mark = c.impacts == nullptr ? 0U : 1U;
      for (; i < cand.size && slot[i] < b.end; ++i) {
        const std::uint32_t at = slot[i] - b.base;  // wraps below the base: not covered
        const std::uint64_t held = at < span ? (words[at / 64] >> (at % 64)) & 1U : 0U;
        keep(score[i] + held * add, guessed[i] | ((held & mark) << guess));
      }
    } else {
      for (; i < cand.size && slot[i] < b.end; ++i) {
        const bool held = b.holds(slot[i]);
        keep(score[i] + (held ? c.weight * c.impacts[b.position(slot[i])] : 0), guessed[i]);
      }
    }
    if (i < cand.size) c.pos = std::max(c.pos, b.covered);  // the rest are past the bitmap
  }
  if (i < cand.size) add_list(c, cand.slots().subspan(i), cand.scores().subspan(i));
  cand.keep_from(need, i, out);
}

}  // namespace

void top_max_score(std::span<const QueryList> query, std::size_t population, const Slots& slots,
                   const CandidateFilter& accept, TopK& top) {
  if (query.empty()) return;
  std::vector<Cursor> lists;
  lists.reserve(query.size());
  for (const auto& q : query) {
    const auto& l = *q.list;
    lists.push_back({l.slots.data(), l.impacts.empty() ? nullptr : l.impacts.data(), l.slots.size(),
                     0, q.weight, q.weight * l.uniform, q.weight * l.max_impact, l.bitmap.get(),
                     q.topical});
  }
  // Any lists whose bounds sum under the k-th best score may be left
  // unwalked; to skip the most postings, the lists that bound little per
  // posting go first (greedy, by bound / length). Lucene orders them so too.
  // Lists that are not topical go before all of them: never walked.
  std::sort(lists.begin(), lists.end(), [](const Cursor& a, const Cursor& b) {
    if (a.topical != b.topical) return !a.topical;
    return static_cast<double>(a.bound) * static_cast<double>(b.size) <
           static_cast<double>(b.bound) * static_cast<double>(a.size);
  });
  const std::size_t m = lists.size();
  // below[i]: the most lists 0..i-1 together can add.
  std::vector<std::uint64_t> below(m + 1, 0);
  for (std::size_t i = 0; i < m; ++i) below[i + 1] = below[i] + lists[i].bound;
  // The unwalked lists in the order a candidate probes them: the one that
  // lowers its bound most when it is missing, bound × chance of missing,
  // first. rest[j]: the most probe[j..] can add.
  std::vector<std::size_t> probe;
  std::vector<std::uint64_t> rest{0};
  auto lowers = [&](std::size_t i) {
    const double found =
        std::min(1.0, static_cast<double>(lists[i].size) /
                          static_cast<double>(std::max<std::size_t>(1, population)));
    return static_cast<double>(lists[i].bound) * (1.0 - found);
  };
  auto plan_probes = [&](std::size_t unwalked) {
    probe.resize(unwalked);
    for (std::size_t i = 0; i < unwalked; ++i) probe[i] = i;
    std::sort(probe.begin(), probe.end(),
              [&](std::size_t a, std::size_t b) { return lowers(a) > lowers(b); });
    rest.assign(unwalked + 1, 0);
    for (std::size_t j = unwalked; j-- > 0;) rest[j] = rest[j + 1] + lists[probe[j]].bound;
  };

  // Lists [essential, m) are walked; lists before it only probed. A candidate
  // in none of the walked lists scores at most below[essential], which is
  // under the k-th best score, so it could not enter — or is in no topical
  // list, so it may not.
  std::size_t essential = static_cast<std::size_t>(
      std::count_if(lists.begin(), lists.end(), [](const Cursor& c) { return !c.topical; }));
  while (essential < m && top.full() && below[essential + 1] < top.threshold()) ++essential;
  auto& [score, touched, cand] = scratch();
  std::uint32_t window = kFirstWindow;
  while (essential < m) {
    std::uint32_t lo = kNoSlot;
    for (std::size_t i = essential; i < m; ++i) {
      if (!lists[i].done()) lo = std::min(lo, lists[i].slots[lists[i].pos]);
    }
    if (lo == kNoSlot) break;
    const std::uint64_t hi = std::uint64_t{lo} + window;
    window = std::min(kWindow, window * 2);
    const std::size_t walked = essential;  // fixed for the window: those lists are in `score`
    if (probe.size() != walked) plan_probes(walked);
    for (std::size_t i = walked; i < m; ++i) {
      auto& c = lists[i];
      auto add = [&](std::uint64_t value) {
        const std::uint32_t at = c.slots[c.pos] - lo;
        score[at] += value;
        touched[at / 64] |= std::uint64_t{1} << (at % 64);
      };
      if (c.impacts == nullptr) {
        for (; c.pos < c.size && c.slots[c.pos] < hi; ++c.pos) add(c.flat);
      } else {
        for (; c.pos < c.size && c.slots[c.pos] < hi; ++c.pos) add(c.weight * c.impacts[c.pos]);
      }
    }
    // Candidates are kept while they are in reach: while, with the most the
    // unwalked lists still to probe (rest[j]) could add, they would reach the
    // k-th best score (which stays as it is until the window's offers).
    const std::uint64_t threshold = top.full() ? top.threshold() : 0;
    auto need = [&](std::size_t j) { return threshold > rest[j] ? threshold - rest[j] : 0; };
    const std::uint64_t need_first = need(0);
    cand.size = 0;
    for (std::uint32_t word = 0; word < touched.size(); ++word) {
      for (std::uint64_t bits = touched[word]; bits != 0; bits &= bits - 1) {
        const std::uint32_t at = word * 64 + static_cast<std::uint32_t>(std::countr_zero(bits));
        cand.slot[cand.size] = lo + at;
        cand.score[cand.size] = score[at];
        cand.guessed[cand.size] = 0;
        cand.size += score[at] >= need_first ? 1 : 0;
        score[at] = 0;
      }
      touched[word] = 0;
    }
    // The unwalked lists one at a time, each in one ascending sweep over the
    // candidates still in reach.
    for (std::size_t j = 0; j < probe.size() && cand.size != 0; ++j) {
      probe_list(lists[probe[j]], j, need(j + 1), cand);
    }
    // The filter last, and only for a candidate that could enter: it reads
    // the slot's facts, a cache miss where candidates are sparse. Guessed
    // impacts are read first: the exact score may fall short.
    for (std::size_t i = 0; i < cand.size; ++i) {
      std::uint64_t s = cand.score[i];
      if (top.full() && s < top.threshold()) continue;
      for (std::uint64_t bits = cand.guessed[i]; bits != 0; bits &= bits - 1) {
        const auto& c = lists[probe[static_cast<std::size_t>(std::countr_zero(bits))]];
        s -= c.bound - c.weight * c.impacts[c.bitmap->position(cand.slot[i])];
      }
      if ((top.full() && s < top.threshold()) || !accept(cand.slot[i])) continue;
      if (top.offer({cand.slot[i], slots[cand.slot[i]].id, s}) && top.full()) {
        while (essential < m && below[essential + 1] < top.threshold()) ++essential;
      }
    }
  }
}

}  // namespace icity::match
