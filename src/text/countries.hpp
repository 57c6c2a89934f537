// ISO 3166-1 alpha-2 countries with their Chinese and English names, from ICU's
// locale data (no list of our own to keep up to date).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::text {

struct Country {
  std::string code;  // "CN"
  core::LocalizedText name;
};

// Sorted by code. Thread-safe; built once.
const std::vector<Country>& countries();
const Country* find_country(std::string_view code);

}  // namespace icity::text
