#include "store/encoding.hpp"

#include <cctype>
#include <charconv>

namespace icity::store {

std::string join_spaced(const std::vector<std::string>& items) {
  if (items.empty()) return "";
  std::string out = " ";
  for (const auto& s : items) {
    out += s;
    out += ' ';
  }
  return out;
}

std::vector<std::string> split_spaced(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t j = i;
    while (j < text.size() && text[j] != ' ') ++j;
    if (j > i) out.emplace_back(text.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string join_spaced(const std::vector<int>& items) {
  if (items.empty()) return "";
  std::string out = " ";
  for (int v : items) {
    out += std::to_string(v);
    out += ' ';
  }
  return out;
}

std::vector<int> split_spaced_ints(std::string_view text) {
  std::vector<int> out;
  for (const auto& s : split_spaced(text)) {
    int v = 0;
    if (std::from_chars(s.data(), s.data() + s.size(), v).ec == std::errc()) out.push_back(v);
  }
  return out;
}

std::string join_lines(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i) out += '\n';
    out += items[i];
  }
  return out;
}

std::vector<std::string> split_lines(std::string_view text) {
  std::vector<std::string> out;
  if (text.empty()) return out;
  std::size_t start = 0;
  while (true) {
    const auto end = text.find('\n', start);
    out.emplace_back(text.substr(start, end - start));
    if (end == std::string_view::npos) break;
    start = end + 1;
  }
  return out;
}

std::string sort_name(std::string_view en, std::string_view zh) {
  std::string out(en.empty() ? zh : en);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

std::string like_contains(std::string_view text) {
  std::string out = "%";
  for (char c : text) {
    if (c == '%' || c == '_' || c == '\\') out += '\\';
    out += c;
  }
  out += '%';
  return out;
}

}  // namespace icity::store
