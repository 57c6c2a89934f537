// How list-valued fields are kept in one text column, so that filters stay
// plain LIKE queries on both databases: codes as " a b ", tags one per line.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace icity::store {

std::string join_spaced(const std::vector<std::string>& items);  // " a b "
std::vector<std::string> split_spaced(std::string_view text);
std::string join_spaced(const std::vector<int>& items);
std::vector<int> split_spaced_ints(std::string_view text);
std::string join_lines(const std::vector<std::string>& items);
std::vector<std::string> split_lines(std::string_view text);
// The key names sort by: the English name lower-cased, else the Chinese one.
std::string sort_name(std::string_view en, std::string_view zh);
// `text` made safe inside LIKE '%...%' with ESCAPE '\'.
std::string like_contains(std::string_view text);

}  // namespace icity::store
