#include "schedule/itinerary_optw.hpp"

#include <charconv>
#include <cmath>
#include <string>

namespace icity::schedule {
namespace {

tl::unexpected<core::Error> malformed(std::size_t line, const std::string& what) {
  return core::fail(core::Error::malformed({.zh = "第 " + std::to_string(line) + " 行: " + what,
                                            .en = "line " + std::to_string(line) + ": " + what}));
}

struct Line {
  std::size_t number = 0;
  std::vector<double> fields;
};

// Splits on blanks; nullopt-like failure is reported through `bad`.
bool parse_fields(std::string_view text, std::vector<double>& out, std::string& bad) {
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t' || text[i] == '\r')) ++i;
    if (i == text.size()) break;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ' && text[j] != '\t' && text[j] != '\r') ++j;
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data() + i, text.data() + j, value);
    if (ec != std::errc{} || end != text.data() + j || !std::isfinite(value)) {
      bad = std::string(text.substr(i, j - i));
      return false;
    }
    out.push_back(value);
    i = j;
  }
  return true;
}

bool whole(double x) { return x == std::floor(x); }

}  // namespace

core::Result<OptwInstance> parse_optw(std::string_view text) {
  std::vector<Line> lines;
  std::size_t number = 0;
  while (!text.empty()) {
    const std::size_t eol = text.find('\n');
    const std::string_view raw = text.substr(0, eol);
    text = eol == std::string_view::npos ? std::string_view{} : text.substr(eol + 1);
    ++number;
    Line line{number, {}};
    std::string bad;
    if (!parse_fields(raw, line.fields, bad))
      return malformed(number, "not a number: '" + bad + "'");
    if (!line.fields.empty()) lines.push_back(std::move(line));
  }
  if (lines.empty()) return malformed(1, "empty file");
  if (lines[0].fields.size() < 3) {
    return malformed(lines[0].number, "expected 'k v N t', got " +
                                          std::to_string(lines[0].fields.size()) + " fields");
  }
  OptwInstance instance;
  instance.paths_visiting_all = static_cast<int>(lines[0].fields[1]);
  const double declared = lines[0].fields[2];
  if (lines.size() < 2 || lines[1].fields.size() > 2) {
    return malformed(lines.size() < 2 ? number : lines[1].number, "expected 'D Q' or 'Q'");
  }
  for (std::size_t k = 2; k < lines.size(); ++k) {
    const Line& line = lines[k];
    const auto& f = line.fields;
    if (f.size() < 9) {
      return malformed(line.number, "expected 'i x y d S f a <a values> O C', got " +
                                        std::to_string(f.size()) + " fields");
    }
    const double listed = f[6];
    if (!whole(listed) || listed < 0 || f.size() != 9 + static_cast<std::size_t>(listed)) {
      return malformed(line.number,
                       "expected " + std::to_string(9 + static_cast<long>(listed)) +
                           " fields (a = " + std::to_string(static_cast<long>(listed)) + "), got " +
                           std::to_string(f.size()));
    }
    const std::size_t index = instance.vertices.size();
    if (f[0] != static_cast<double>(index)) {
      return malformed(line.number, "expected vertex " + std::to_string(index));
    }
    OptwVertex v{f[1], f[2], f[3], f[4], f[f.size() - 2], f[f.size() - 1]};
    if (v.duration < 0 || v.score < 0) return malformed(line.number, "negative duration or score");
    if (v.open > v.close) return malformed(line.number, "window closes before it opens");
    instance.vertices.push_back(v);
  }
  const double found = static_cast<double>(instance.vertices.size());
  if (found < 2) return malformed(number, "no vertex besides the depot");
  if (found != declared + 1 && found != declared) {
    return malformed(lines[0].number, "declares " + std::to_string(static_cast<long>(declared)) +
                                          " vertices, the file has " +
                                          std::to_string(instance.vertices.size() - 1) +
                                          " besides the depot");
  }
  return instance;
}

double optw_travel(const OptwVertex& a, const OptwVertex& b) {
  const double d = std::hypot(a.x - b.x, a.y - b.y);
  return std::floor(d * 10.0) / 10.0;
}

ItineraryProblem optw_problem(const OptwInstance& instance, int routes) {
  ItineraryProblem problem;
  const std::size_t n = instance.vertices.size();
  problem.travel.assign(n, std::vector<double>(n, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    const OptwVertex& v = instance.vertices[i];
    problem.nodes.push_back(
        {"vertex " + std::to_string(i), v.score, v.duration, {{{v.open, v.close}}}});
    for (std::size_t j = 0; j < n; ++j) {
      if (i != j) problem.travel[i][j] = optw_travel(v, instance.vertices[j]);
    }
  }
  const OptwVertex& depot = instance.vertices[0];
  for (int r = 0; r < routes; ++r) {
    problem.routes.push_back({0, 0, depot.open, depot.close, std::nullopt});
  }
  return problem;
}

}  // namespace icity::schedule
