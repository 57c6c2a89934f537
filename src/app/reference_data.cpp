#include "app/reference_data.hpp"

#include <algorithm>
#include <array>
#include <stdexcept>

#include "app/csv.hpp"
#include "text/countries.hpp"

namespace icity::app {
namespace {

std::string_view file(std::string_view name) {
  for (const auto& f : reference_files::files()) {
    if (f.name == name) return f.content;
  }
  throw std::logic_error("embedded reference file missing: " + std::string(name));
}

// "class(小类)" -> "class"
std::string level_of(const std::string& raw) { return raw.substr(0, raw.find('(')); }

// The UN's SDG colours, goal 1 to 17.
constexpr std::array<const char*, 17> kSdgColors = {
    "#E5243B", "#DDA63A", "#4C9F38", "#C5192D", "#FF3A21", "#26BDE2",
    "#FCC30B", "#A21942", "#FD6925", "#DD1367", "#FD9D24", "#BF8B2E",
    "#3F7E44", "#0A97D9", "#56C02B", "#00689D", "#19486A"};

}  // namespace

ReferenceData::ReferenceData() {
  // gbt4754_2017_code,level,section,gbt_name_zh,isic4_code,isic4_name_zh,isic4_name_en
  std::map<std::string, std::string, std::less<>> isic_en;
  for (const auto& row : parse_csv(file("isic_rev4_english_structure.csv"))) {
    if (row.size() >= 2) isic_en[row[0]] = row[1];
  }
  auto rows = parse_csv(file("gbt4754_2017_to_isic4_zh_en.csv"));
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.size() < 7) continue;
    auto& s = sectors_[r[0]];
    s.code = r[0];
    s.level = level_of(r[1]);
    s.section = r[2];
    if (s.name.zh.empty()) {
      s.name.zh = r[3];
    } else if (r[4].empty() && r[3] != s.name.zh && rows[i - 1][0] == r[0]) {
      // The source wraps long names onto a continuation row ("…设备制" + "造").
      s.name.zh += r[3];
    }
    if (!r[4].empty() && std::find(s.isic.begin(), s.isic.end(), r[4]) == s.isic.end()) {
      s.isic.push_back(r[4]);
      // A GB/T class has no official English name: take its ISIC class's name,
      // joining several when the class maps to more than one.
      if (!r[6].empty()) s.name.en += (s.name.en.empty() ? "" : "; ") + r[6];
    }
  }
  // Sections, divisions and groups have no English name of their own: take the
  // ISIC name that most of their classes fall under, at the same depth.
  std::map<std::string, std::string, std::less<>> isic_section_of_division;
  std::string isic_section;
  for (const auto& row : parse_csv(file("isic_rev4_english_structure.csv"))) {
    if (row.empty()) continue;
    if (row[0].size() == 1) isic_section = row[0];
    if (row[0].size() == 2) isic_section_of_division[row[0]] = isic_section;
  }
  std::map<std::string, std::map<std::string, int>> votes;  // GB/T code -> ISIC code -> count
  for (std::size_t i = 1; i < rows.size(); ++i) {
    const auto& r = rows[i];
    if (r.size() < 7 || level_of(r[1]) != "class" || r[4].size() < 3) continue;
    const std::string& isic = r[4];
    ++votes[r[2]][isic_section_of_division[isic.substr(0, 2)]];
    ++votes[r[0].substr(0, 2)][isic.substr(0, 2)];
    ++votes[r[0].substr(0, 3)][isic.substr(0, 3)];
  }
  for (auto& [code, s] : sectors_) {
    if (s.level == "class" || !s.name.en.empty()) continue;
    const auto& v = votes[code];
    const auto best = std::max_element(
        v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second < b.second; });
    if (best == v.end()) continue;
    if (auto it = isic_en.find(best->first); it != isic_en.end()) s.name.en = it->second;
  }
  for (const auto& row : parse_csv(file("sdg_goals_targets_indicators_zh_en.csv"))) {
    if (row.size() >= 5 && row[0] == "target") {
      targets_.push_back({row[1], std::stoi(row[2]), {row[4], row[3]}});
    }
    if (row.size() < 7 || row[0] != "goal") continue;
    Sdg g;
    g.goal = std::stoi(row[2]);
    g.title = {row[4], row[3]};
    g.short_title = {row[6], row[5]};
    g.color = (g.goal >= 1 && g.goal <= 17) ? kSdgColors[g.goal - 1] : "#888888";
    sdgs_.push_back(std::move(g));
  }
  std::sort(sdgs_.begin(), sdgs_.end(), [](const Sdg& a, const Sdg& b) { return a.goal < b.goal; });
}

bool ReferenceData::has_sector(std::string_view code) const { return sectors_.contains(code); }

bool ReferenceData::has_country(std::string_view code) const {
  return text::find_country(code) != nullptr;
}

const Sector* ReferenceData::sector(std::string_view code) const {
  auto it = sectors_.find(code);
  return it == sectors_.end() ? nullptr : &it->second;
}

std::vector<const Sector*> ReferenceData::find_sectors(std::string_view q, std::string_view level,
                                                       std::size_t limit) const {
  std::string lower_q(q);
  for (auto& c : lower_q) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::vector<const Sector*> out;
  for (const auto& [code, s] : sectors_) {
    if (out.size() >= limit) break;
    if (!level.empty() && s.level != level) continue;
    if (!q.empty()) {
      std::string en = s.name.en;
      for (auto& c : en) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      const bool hit = code.starts_with(q) || s.name.zh.find(q) != std::string::npos ||
                       en.find(lower_q) != std::string::npos;
      if (!hit) continue;
    }
    out.push_back(&s);
  }
  return out;
}

}  // namespace icity::app
