// The closed vocabularies' wire names: an enum's values in declaration order
// beside an array of their names. Internal to src/core.
//
//   constexpr std::array<std::string_view, 2> kNames = {"public", "invitation"};
//   std::optional<Visibility> v = parse_in<Visibility>(kNames, "public");
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

namespace icity::core {

// The value whose name is `s`, or nullopt.
template <class Enum, std::size_t N>
std::optional<Enum> parse_in(const std::array<std::string_view, N>& names, std::string_view s) {
  for (std::size_t i = 0; i < N; ++i) {
    if (names[i] == s) return static_cast<Enum>(i);
  }
  return std::nullopt;
}

}  // namespace icity::core
