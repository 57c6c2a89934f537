// Chinese words in a parsed query, made cheaper to match. Xapian's query
// parser turns 深圳市 into 深 AND 深圳 AND 圳 AND 圳市 AND 市: every character
// and every pair, as the indexer wrote them. A record that has both pairs
// has all three characters too, so within one AND the characters covered by
// a pair add nothing to what matches; on a large index they cost a long
// posting list each (a 12-character name: 23 lists instead of 11). Internal
// to src/search (it includes Xapian).
#pragma once

#include <xapian.h>

namespace icity::search {

// `q` without the single Chinese characters that a character pair of the same
// AND already contains. Matches the same records; ranks by the pairs.
Xapian::Query without_covered_cjk_characters(const Xapian::Query& q);

}  // namespace icity::search
