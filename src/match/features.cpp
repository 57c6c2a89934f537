#include "match/features.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include "match/score.hpp"

namespace icity::match {
namespace {

// GB/T 4754-2017: the first division of each section, A..T (T ends at 97).
constexpr std::array<int, 20> kFirstDivision{1,  6,  13, 44, 47, 51, 53, 61, 63, 66,
                                             70, 71, 73, 76, 80, 83, 84, 86, 91, 97};
constexpr int kLastDivision = 97;

bool all_digits(std::string_view s) {
  return std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

double clamp_weight(float w) { return std::min(1.0, static_cast<double>(w)); }

// Keeps one feature per key (the heaviest), sorted by key.
std::vector<Feature> deduplicated(std::vector<Feature> features) {
  std::sort(features.begin(), features.end(), [](const Feature& a, const Feature& b) {
    return a.key != b.key ? a.key < b.key : a.weight > b.weight;
  });
  features.erase(std::unique(features.begin(), features.end(),
                             [](const Feature& a, const Feature& b) { return a.key == b.key; }),
                 features.end());
  return features;
}

double damping(std::size_t count) {
  if (count <= kLengthPivot) return 1.0;
  return std::sqrt(static_cast<double>(kLengthPivot) / static_cast<double>(count));
}

// The features every reading shares: concepts, terms, sectors, SDGs. `damp`
// applies the candidate's length damping; `level_share` the seeker's sector
// level weights.
void add_common(const Profile& p, bool damp, bool level_share, std::vector<Feature>& out) {
  const double concept_damping = damp ? damping(p.concepts.size()) : 1.0;
  for (const auto& c : p.concepts) {
    if (c.weight > 0 && !c.key.empty()) {
      out.push_back(
          {concept_key(c.key), Family::kConcept, 0, clamp_weight(c.weight) * concept_damping});
    }
  }
  const double term_damping = damp ? damping(p.terms.size()) : 1.0;
  for (const auto& t : p.terms) {
    if (t.weight > 0 && !t.key.empty()) {
      out.push_back({term_key(t.key), Family::kTerm, 0, clamp_weight(t.weight) * term_damping});
    }
  }
  const double sector_damping = damp ? damping(p.sectors.size()) : 1.0;
  for (const auto& code : p.sectors) {
    const auto chain = sector_chain(code);
    for (std::size_t i = 0; i < chain.size(); ++i) {
      const int level = static_cast<int>(i) + 1;
      const double w = level_share ? kSectorLevelShare.at(i) : sector_damping;
      out.push_back({"s" + std::to_string(level) + ":" + chain[i], Family::kSector, level, w});
    }
  }
  for (int goal : p.sdgs) {
    if (goal >= 1 && goal <= 17) out.push_back({sdg_key(goal), Family::kSdg, 0, 1.0});
  }
}

}  // namespace

std::string concept_key(std::string_view concept_id) { return "c:" + std::string(concept_id); }
std::string term_key(std::string_view term) { return "t:" + std::string(term); }
std::string sdg_key(int goal) { return "g:" + std::to_string(goal); }
std::string country_key(std::string_view alpha2) { return "k:" + upper(alpha2); }
std::string kind_key(std::string_view kind) { return "o:" + std::string(kind); }

std::string sector_key(std::string_view code) {
  const auto chain = sector_chain(code);
  if (chain.empty()) return {};
  return "s" + std::to_string(chain.size()) + ":" + chain.back();
}

std::optional<ParsedKey> parse_key(std::string_view key) {
  const auto colon = key.find(':');
  if (colon == std::string_view::npos) return std::nullopt;
  const std::string_view prefix = key.substr(0, colon);
  const std::string_view value = key.substr(colon + 1);
  if (prefix == "c") return ParsedKey{Family::kConcept, 0, value};
  if (prefix == "t") return ParsedKey{Family::kTerm, 0, value};
  if (prefix == "g") return ParsedKey{Family::kSdg, 0, value};
  if (prefix == "k") return ParsedKey{Family::kCountry, 0, value};
  if (prefix == "o") return ParsedKey{Family::kKind, 0, value};
  if (prefix.size() == 2 && prefix[0] == 's' && prefix[1] >= '1' && prefix[1] <= '4') {
    return ParsedKey{Family::kSector, prefix[1] - '0', value};
  }
  return std::nullopt;
}

std::optional<char> section_of_division(int division) {
  if (division < kFirstDivision.front() || division > kLastDivision) return std::nullopt;
  const auto* it = std::upper_bound(kFirstDivision.begin(), kFirstDivision.end(), division);
  return static_cast<char>('A' + (it - kFirstDivision.begin()) - 1);
}

std::vector<std::string> sector_chain(std::string_view code) {
  if (code.size() == 1) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
    if (c < 'A' || c > 'A' + static_cast<int>(kFirstDivision.size()) - 1) return {};
    return {std::string(1, c)};
  }
  std::optional<char> letter;
  if (!code.empty() && !all_digits(code.substr(0, 1))) {  // "M7491": a lenient spelling
    letter = static_cast<char>(std::toupper(static_cast<unsigned char>(code[0])));
    code.remove_prefix(1);
  }
  if (code.size() < 2 || code.size() > 4 || !all_digits(code)) return {};
  const auto section = section_of_division((code[0] - '0') * 10 + (code[1] - '0'));
  if (!section || (letter && *letter != *section)) return {};
  std::vector<std::string> chain{std::string(1, *section)};
  for (std::size_t n = 2; n <= code.size(); ++n) chain.emplace_back(code.substr(0, n));
  return chain;
}

std::vector<Feature> candidate_features(const Profile& p) {
  std::vector<Feature> out;
  add_common(p, /*damp=*/true, /*level_share=*/false, out);
  if (!p.country.empty()) out.push_back({country_key(p.country), Family::kCountry, 0, 1.0});
  if (!p.kind.empty()) out.push_back({kind_key(p.kind), Family::kKind, 0, 1.0});
  return deduplicated(std::move(out));
}

std::vector<Feature> seeker_features(const Profile& p) {
  std::vector<Feature> out;
  add_common(p, /*damp=*/false, /*level_share=*/true, out);
  for (const auto& c : p.countries_sought) {
    if (!c.empty()) out.push_back({country_key(c), Family::kCountry, 0, 1.0});
  }
  for (const auto& k : p.kinds_sought) {
    if (!k.empty()) out.push_back({kind_key(k), Family::kKind, 0, 1.0});
  }
  return deduplicated(std::move(out));
}

}  // namespace icity::match
