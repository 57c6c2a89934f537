// Kempe-chain insertion (meeting_search.hpp): edge colouring's classic move.
// Meeting m = (u, v) has a slot α free for u and a slot β free for v, but no
// slot free for both. The chain starts at v's meeting in α, continues with
// the β meeting of its other participant, then α again, and so on; swapping α
// and β along it frees α for v (v had nothing in β) without touching anyone
// else's other slots, and m takes α. The chain must not end at u (u would get
// an α meeting), every meeting on it must allow its new slot, and the two
// slots' loads must stay within the tables.
#include <vector>

#include "schedule/meeting_search.hpp"

namespace icity::schedule::detail {
namespace {

// Longest chain followed; longer ones are rare and costly to check.
constexpr int kMaxChain = 48;

// The chain from v (alternating alpha, beta); empty if it is not usable.
bool chain_from(const MeetingState& state, int u, int v, int alpha, int beta,
                std::vector<int>& chain) {
  chain.clear();
  int at = v;
  int slot = alpha;
  int other = beta;
  for (;;) {
    const int m = state.who(at, slot);
    if (m < 0) return true;
    if (state.fixed(m) || (state.allowed(m) & slot_bit(other)) == 0) return false;
    if (static_cast<int>(chain.size()) >= kMaxChain) return false;
    chain.push_back(m);
    at = state.a(m) == at ? state.b(m) : state.a(m);
    if (at == u || at == v) return false;  // would give u an alpha meeting, or a cycle
    std::swap(slot, other);
  }
}

}  // namespace

bool kempe_insert(MeetingState& state, int m, int max_pairs) {
  const int u = state.a(m);
  const int v = state.b(m);
  const SlotMask allowed = state.allowed(m);
  // alpha: free for u, not for v; beta: free for v, not for u (a slot free
  // for both is a plain insertion's business).
  const SlotMask alphas = allowed & ~state.busy(u) & state.busy(v);
  const SlotMask betas = allowed & ~state.busy(v) & state.busy(u);
  std::vector<int> chain;
  int pairs = 0;
  for (SlotMask a = alphas; a != 0; a &= a - 1) {
    const int alpha = lowest_slot(a);
    for (SlotMask b = betas; b != 0; b &= b - 1) {
      if (++pairs > max_pairs) return false;
      const int beta = lowest_slot(b);
      if (!chain_from(state, u, v, alpha, beta, chain)) continue;
      int in_alpha = 0;
      for (const int c : chain) in_alpha += state.slot_of(c) == alpha ? 1 : 0;
      const int in_beta = static_cast<int>(chain.size()) - in_alpha;
      // After the swap and m in alpha: both within the tables.
      if (state.load(alpha) - in_alpha + in_beta + 1 > state.tables() ||
          state.load(beta) - in_beta + in_alpha > state.tables()) {
        continue;
      }
      std::vector<int> to(chain.size());
      for (std::size_t i = 0; i < chain.size(); ++i) {
        to[i] = state.slot_of(chain[i]) == alpha ? beta : alpha;
      }
      for (const int c : chain) state.remove(c);
      for (std::size_t i = 0; i < chain.size(); ++i) state.place(chain[i], to[i]);
      state.place(m, alpha);
      state.commit();
      return true;
    }
  }
  return false;
}

}  // namespace icity::schedule::detail
