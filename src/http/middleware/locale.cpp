#include "http/middleware/locale.hpp"

#include <charconv>

namespace icity::http {
namespace {

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

// The q value of one "lang;q=0.8" entry (1 when absent or unreadable).
double quality(std::string_view params) {
  const auto q = params.find("q=");
  if (q == std::string_view::npos) {
    return 1.0;
  }
  params = trim(params.substr(q + 2));
  double value = 1.0;
  const auto [end, ec] = std::from_chars(params.data(), params.data() + params.size(), value);
  return ec == std::errc() ? value : 1.0;
}

bool is_chinese(std::string_view tag) {
  return tag.size() >= 2 && (tag[0] == 'z' || tag[0] == 'Z') && (tag[1] == 'h' || tag[1] == 'H') &&
         (tag.size() == 2 || tag[2] == '-' || tag[2] == '_');
}

}  // namespace

std::string locale_from_accept_language(std::string_view header) {
  double best = 0.0;
  bool best_is_chinese = false;
  while (!header.empty()) {
    const auto comma = header.find(',');
    std::string_view entry = header.substr(0, comma);
    header.remove_prefix(comma == std::string_view::npos ? header.size() : comma + 1);
    const auto semi = entry.find(';');
    const std::string_view tag = trim(entry.substr(0, semi));
    const double q = semi == std::string_view::npos ? 1.0 : quality(entry.substr(semi + 1));
    if (tag.empty() || q <= best) {
      continue;
    }
    best = q;
    best_is_chinese = is_chinese(tag);
  }
  return best_is_chinese ? "zh-CN" : "en";
}

}  // namespace icity::http
