#include "match/reasons.hpp"

#include <algorithm>
#include <map>

namespace icity::match {
namespace {

// The label in one language, else in the other, else the code.
std::string name_en(std::string_view code, const Label* label) {
  if (label == nullptr || label->empty()) return std::string(code);
  return label->en.empty() ? label->zh : label->en;
}
std::string name_zh(std::string_view code, const Label* label) {
  if (label == nullptr || label->empty()) return std::string(code);
  return label->zh.empty() ? label->en : label->zh;
}
// Latin text set in Chinese gets a space either side.
std::string inline_zh(std::string_view code, const Label* label) {
  if (label != nullptr && !label->zh.empty()) return label->zh;
  return " " + name_zh(code, label) + " ";
}
std::string with_name(std::string head, std::string name) {
  return name.empty() ? head : head + " " + name;
}

// For each shared sector feature, the deepest shared feature whose chain holds
// it (itself when none is deeper).
std::string deepest_holder(const Contribution& c, std::span<const Contribution> sectors) {
  const auto code = parse_key(c.key)->value;
  const Contribution* best = &c;
  for (const auto& other : sectors) {
    if (other.level <= best->level) continue;
    const auto chain = sector_chain(parse_key(other.key)->value);
    if (std::find(chain.begin(), chain.end(), code) != chain.end()) best = &other;
  }
  return best->key;
}

}  // namespace

Label describe(Family family, std::string_view code, const Label* label) {
  switch (family) {
    case Family::kConcept:
      return {"共同概念:" + name_zh(code, label), "shared concept: " + name_en(code, label)};
    case Family::kTerm:
      return {"共同词语:" + std::string(code), "shared term: " + std::string(code)};
    case Family::kSector: {
      const bool named = label != nullptr && !label->empty();
      return {with_name("行业 " + std::string(code), named ? name_zh(code, label) : ""),
              with_name("sector " + std::string(code), named ? name_en(code, label) : "")};
    }
    case Family::kSdg: {
      const bool named = label != nullptr && !label->empty();
      return {with_name("可持续发展目标 " + std::string(code), named ? name_zh(code, label) : ""),
              "SDG " + std::string(code) + (named ? ": " + name_en(code, label) : "")};
    }
    case Family::kCountry:
      return {"寻找" + inline_zh(code, label) + "的合作伙伴",
              "seeks partners in " + name_en(code, label)};
    case Family::kKind:
      return {"寻找的合作伙伴类型:" + name_zh(code, label),
              "kind of partner sought: " + name_en(code, label)};
  }
  return {std::string(code), std::string(code)};
}

std::vector<Reason> explain(std::span<const Contribution> contributions,
                            const FeatureLabels& labels) {
  std::uint64_t total = 0;
  std::vector<Contribution> sectors;
  for (const auto& c : contributions) {
    total += c.value;
    if (c.family == Family::kSector && c.value > 0) sectors.push_back(c);
  }
  if (total == 0) return {};

  std::map<std::string, std::pair<Family, std::uint64_t>> grouped;  // key → family, sum
  for (const auto& c : contributions) {
    if (c.value == 0) continue;
    const std::string key = c.family == Family::kSector ? deepest_holder(c, sectors) : c.key;
    auto& [family, sum] = grouped[key];
    family = c.family;
    sum += c.value;
  }

  std::vector<Reason> out;
  out.reserve(grouped.size());
  for (const auto& [key, part] : grouped) {
    const auto it = labels.find(key);
    const auto value = parse_key(key)->value;
    out.push_back({part.first, key,
                   describe(part.first, value, it == labels.end() ? nullptr : &it->second),
                   static_cast<double>(part.second) / static_cast<double>(total)});
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Reason& a, const Reason& b) { return a.share > b.share; });
  return out;
}

}  // namespace icity::match
