#include "text/countries.hpp"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>

namespace icity::text {
namespace {

std::string utf8(const icu::UnicodeString& s) {
  std::string out;
  s.toUTF8String(out);
  return out;
}

std::vector<Country> build() {
  std::vector<Country> out;
  const icu::Locale zh("zh", "CN");
  const icu::Locale en("en");
  for (const char* const* code = icu::Locale::getISOCountries(); *code != nullptr; ++code) {
    const icu::Locale place("", *code);
    icu::UnicodeString zh_name;
    icu::UnicodeString en_name;
    place.getDisplayCountry(zh, zh_name);
    place.getDisplayCountry(en, en_name);
    out.push_back({*code, {utf8(zh_name), utf8(en_name)}});
  }
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return a.code < b.code; });
  return out;
}

}  // namespace

const std::vector<Country>& countries() {
  static const std::vector<Country> kCountries = build();
  return kCountries;
}

const Country* find_country(std::string_view code) {
  const auto& all = countries();
  auto it = std::lower_bound(all.begin(), all.end(), code,
                             [](const Country& c, std::string_view k) { return c.code < k; });
  return (it != all.end() && it->code == code) ? &*it : nullptr;
}

}  // namespace icity::text
