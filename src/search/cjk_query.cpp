#include "search/cjk_query.hpp"

#include <algorithm>
#include <string>
#include <vector>

namespace icity::search {
namespace {

// The code points of `term` when it is one or two CJK characters, else empty.
std::vector<unsigned> cjk_chars(const std::string& term) {
  std::vector<unsigned> out;
  for (Xapian::Utf8Iterator it(term); it != Xapian::Utf8Iterator(); ++it) {
    if (!Xapian::Unicode::is_wordchar(*it) || *it < 0x2E80 || out.size() == 2) return {};
    out.push_back(*it);
  }
  return out;
}

std::string leaf_term(const Xapian::Query& q) {
  if (q.get_type() != Xapian::Query::LEAF_TERM) return {};
  auto it = q.get_terms_begin();
  return it == q.get_terms_end() ? std::string() : *it;
}

// Operators whose query is fully given by their operator and subqueries
// (no window, factor or range to carry over when rebuilt).
bool plain(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

}  // namespace

Xapian::Query without_covered_cjk_characters(const Xapian::Query& q) {
  const auto op = q.get_type();
  const auto n = q.get_num_subqueries();
  if (n == 0 || !plain(op)) return q;
  std::vector<Xapian::Query> subs;
  subs.reserve(n);
  for (std::size_t i = 0; i < n; ++i)
    subs.push_back(without_covered_cjk_characters(q.get_subquery(i)));
  if (op != Xapian::Query::OP_AND) return {op, subs.begin(), subs.end()};
  std::vector<unsigned> in_pairs;
  for (const auto& s : subs) {
    const auto chars = cjk_chars(leaf_term(s));
    if (chars.size() == 2) in_pairs.insert(in_pairs.end(), chars.begin(), chars.end());
  }
  if (in_pairs.empty()) return {op, subs.begin(), subs.end()};
  std::vector<Xapian::Query> kept;
  for (auto& s : subs) {
    const auto chars = cjk_chars(leaf_term(s));
    const bool covered = chars.size() == 1 &&
                         std::find(in_pairs.begin(), in_pairs.end(), chars[0]) != in_pairs.end();
    if (!covered) kept.push_back(std::move(s));
  }
  return {op, kept.begin(), kept.end()};
}

}  // namespace icity::search
