#include "app/thesaurus_data.hpp"

#include <stdexcept>

namespace icity::app {
namespace {

std::vector<std::string> split(std::string_view s, char sep) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= s.size()) {
    const auto end = std::min(s.find(sep, start), s.size());
    auto part = s.substr(start, end - start);
    while (!part.empty() && (part.front() == ' ')) part.remove_prefix(1);
    while (!part.empty() && (part.back() == ' ' || part.back() == '\r')) part.remove_suffix(1);
    if (!part.empty()) out.emplace_back(part);
    start = end + 1;
  }
  return out;
}

// A sector's names as a person would write them in running text. Names of
// the "其他…" / "n.e.c." kind only mean "the rest of a group": no terms.
text::Concept sector_concept(const Sector& s, const ReferenceData& reference) {
  text::Concept c{"sector:" + s.code, s.name, {}, {}, {}};
  c.labels_are_terms = false;
  const auto& zh = s.name.zh;
  const bool zh_generic = zh.find("其他") != std::string::npos ||
                          zh.find("其它") != std::string::npos ||
                          zh.find("未列明") != std::string::npos;
  if (!zh_generic && !zh.empty()) {
    c.zh_terms.push_back(zh);
    for (std::string_view suffix : {"服务", "制造", "活动", "业"}) {
      // Keep at least two characters: 工业设计服务 → 工业设计, not 业 → "".
      if (zh.ends_with(suffix) && zh.size() >= suffix.size() + 6) {
        c.zh_terms.push_back(zh.substr(0, zh.size() - suffix.size()));
        break;
      }
    }
  }
  const auto& en = s.name.en;
  const bool en_generic = en.empty() || en.find(';') != std::string::npos ||
                          en.find("n.e.c.") != std::string::npos || en.starts_with("Other ") ||
                          en.find(" other ") != std::string::npos;
  if (!en_generic) {
    c.en_terms.push_back(en);
    if (en.starts_with("Manufacture of ")) c.en_terms.push_back(en.substr(15));
  }
  // Broader: the nearest level above that exists (a group with one class is
  // not listed), up to the section.
  if (s.code.size() == 2) c.broader.push_back("sector:" + s.section);
  for (auto n = s.code.size() - 1; n >= 2 && s.code.size() > 2; --n) {
    if (reference.sector(s.code.substr(0, n)) != nullptr) {
      c.broader.push_back("sector:" + s.code.substr(0, n));
      break;
    }
  }
  return c;
}

}  // namespace

std::vector<text::Concept> parse_glossary(std::string_view tsv, std::string_view name) {
  std::vector<text::Concept> out;
  std::size_t line_no = 0;
  for (const auto& line : split(tsv, '\n')) {
    ++line_no;
    if (line_no == 1 || line.starts_with('#')) continue;
    auto fields = std::vector<std::string>();
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t');; tab = line.find('\t', start)) {
      fields.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (fields.size() < 3 || fields[0].empty() || (fields[1].empty() && fields[2].empty())) {
      throw std::runtime_error(std::string(name) + ":" + std::to_string(line_no) +
                               ": expected id, zh, en, zh_synonyms, en_synonyms, broader");
    }
    fields.resize(6);
    out.push_back({fields[0],
                   {fields[1], fields[2]},
                   split(fields[3], '|'),
                   split(fields[4], '|'),
                   split(fields[5], '|')});
  }
  return out;
}

text::Thesaurus build_thesaurus(const ReferenceData& reference) {
  text::Thesaurus t;
  for (const auto* s : reference.find_sectors("", "", 100000)) {
    t.add(sector_concept(*s, reference));
  }
  for (const auto& g : reference.sdgs()) {
    const auto n = std::to_string(g.goal);
    t.add({"sdg:" + n,
           g.short_title,
           {"可持续发展目标" + n, "可持续发展目标第" + n + "项"},
           {"SDG " + n, "SDG" + n, "sustainable development goal " + n},
           {}});
  }
  for (const auto& target : reference.sdg_targets()) {
    t.add({"sdg:" + target.id,
           {"具体目标" + target.id, "target " + target.id},
           {"目标" + target.id},
           {"SDG target " + target.id},
           {"sdg:" + std::to_string(target.goal)}});
  }
  for (const auto& f : thesaurus_files::files()) {
    for (auto& c : parse_glossary(f.content, f.name)) t.add(std::move(c));
  }
  return t;
}

}  // namespace icity::app
