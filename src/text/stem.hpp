// English stemming with Snowball (libstemmer's "english", Porter 2), so
// "vehicles" and "vehicle", "designing" and "design" meet. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace icity::text {

// The stem of one lower-case English word.
std::string stem_english(std::string_view word);

// English function words a query or a term ignores ("the", "of", "and" ...).
bool is_stopword(std::string_view word);

}  // namespace icity::text
