#include "app/sdg_data.hpp"

#include <string>

namespace icity::app {
namespace {

// The text between <tag ...> and </tag> from `from`, or npos.
std::string_view element(std::string_view xml, std::string_view tag, std::size_t& from) {
  const std::string open = "<" + std::string(tag);
  const std::string close = "</" + std::string(tag) + ">";
  const auto start = xml.find(open, from);
  if (start == std::string_view::npos) {
    from = std::string_view::npos;
    return {};
  }
  const auto body = xml.find('>', start);
  const auto end = xml.find(close, body);
  if (body == std::string_view::npos || end == std::string_view::npos) {
    from = std::string_view::npos;
    return {};
  }
  from = end + close.size();
  return xml.substr(body + 1, end - body - 1);
}

std::string trimmed(std::string_view s) {
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
  while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
  return std::string(s);
}

// The "quoted" phrases of Scopus query lines.
std::vector<std::string> phrases(std::string_view lines) {
  std::vector<std::string> out;
  for (auto q = lines.find('"'); q != std::string_view::npos; q = lines.find('"', q + 1)) {
    const auto end = lines.find('"', q + 1);
    if (end == std::string_view::npos) break;
    auto p = trimmed(lines.substr(q + 1, end - q - 1));
    if (!p.empty()) out.push_back(std::move(p));
    q = end;
  }
  return out;
}

}  // namespace

std::vector<text::SdgKeywords> parse_aurora_queries(std::string_view xml) {
  std::vector<text::SdgKeywords> out;
  std::size_t at = 0;
  int goal = 0;
  // <dc:identifier type="sdg">9</dc:identifier>
  if (const auto marker = xml.find("type=\"sdg\">"); marker != std::string_view::npos) {
    goal = std::atoi(xml.data() + marker + 11);
  }
  if (goal < 1 || goal > 17) return out;
  while (at != std::string_view::npos) {
    const auto definition = element(xml, "aqd:query-definition", at);
    if (at == std::string_view::npos) break;
    std::size_t inner = 0;
    const auto sub = trimmed(element(definition, "aqd:subquery-identifier", inner));
    inner = 0;
    const auto lines = element(definition, "aqd:query-lines", inner);
    text::SdgKeywords kw{sub.empty() ? "" : std::to_string(goal) + "." + sub, goal, phrases(lines)};
    if (!kw.phrases.empty()) out.push_back(std::move(kw));
  }
  return out;
}

text::SdgTagger build_sdg_tagger(const ReferenceData& reference, const text::Thesaurus& thesaurus) {
  std::vector<text::SdgTargetText> targets;
  for (const auto& t : reference.sdg_targets()) targets.push_back({t.id, t.goal, t.text});
  std::vector<text::SdgKeywords> keywords;
  for (const auto& f : sdg_query_files::files()) {
    for (auto& kw : parse_aurora_queries(f.content)) keywords.push_back(std::move(kw));
  }
  return text::SdgTagger(targets, keywords, thesaurus);
}

}  // namespace icity::app
