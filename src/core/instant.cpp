#include "core/instant.hpp"

#include <charconv>
#include <chrono>
#include <cstdio>

namespace icity::core {
namespace {

// Reads exactly `n` digits at text[pos].
std::optional<int> digits(std::string_view text, std::size_t pos, std::size_t n) {
  if (pos + n > text.size()) return std::nullopt;
  int value = 0;
  auto [end, ec] = std::from_chars(text.data() + pos, text.data() + pos + n, value);
  if (ec != std::errc() || end != text.data() + pos + n) return std::nullopt;
  return value;
}

bool is_at(std::string_view text, std::size_t pos, char c) {
  return pos < text.size() && text[pos] == c;
}

}  // namespace

std::optional<Instant> parse_instant(std::string_view text) {
  using namespace std::chrono;
  auto year = digits(text, 0, 4), month = digits(text, 5, 2), day = digits(text, 8, 2);
  auto hour = digits(text, 11, 2), minute = digits(text, 14, 2), second = digits(text, 17, 2);
  if (!year || !month || !day || !hour || !minute || !second) return std::nullopt;
  if (!is_at(text, 4, '-') || !is_at(text, 7, '-') || !is_at(text, 13, ':') ||
      !is_at(text, 16, ':')) {
    return std::nullopt;
  }
  if (!is_at(text, 10, 'T') && !is_at(text, 10, 't') && !is_at(text, 10, ' ')) {
    return std::nullopt;
  }
  const year_month_day date{std::chrono::year(*year), std::chrono::month(*month),
                            std::chrono::day(*day)};
  if (!date.ok() || *hour > 23 || *minute > 59 || *second > 60) return std::nullopt;
  std::size_t pos = 19;
  int millis = 0;
  if (is_at(text, pos, '.')) {
    ++pos;
    int scale = 100;
    const std::size_t first = pos;
    while (pos < text.size() && text[pos] >= '0' && text[pos] <= '9') {
      millis += (text[pos] - '0') * scale;
      scale /= 10;
      ++pos;
    }
    if (pos == first) return std::nullopt;
  }
  int offset_minutes = 0;
  if (is_at(text, pos, 'Z') || is_at(text, pos, 'z')) {
    ++pos;
  } else if (is_at(text, pos, '+') || is_at(text, pos, '-')) {
    const int sign = text[pos] == '-' ? -1 : 1;
    auto oh = digits(text, pos + 1, 2), om = digits(text, pos + 4, 2);
    if (!oh || !om || !is_at(text, pos + 3, ':') || *oh > 23 || *om > 59) return std::nullopt;
    offset_minutes = sign * (*oh * 60 + *om);
    pos += 6;
  } else {
    return std::nullopt;
  }
  if (pos != text.size()) return std::nullopt;
  const auto days = sys_days(date).time_since_epoch();
  const auto local = duration_cast<milliseconds>(days) + hours(*hour) + minutes(*minute) +
                     seconds(std::min(*second, 59)) + milliseconds(millis);
  return (local - minutes(offset_minutes)).count();
}

std::string format_instant(Instant at) {
  using namespace std::chrono;
  const sys_time<milliseconds> t{milliseconds(at)};
  const auto day = floor<days>(t);
  const year_month_day date{day};
  const hh_mm_ss time{t - day};
  char out[40];
  std::snprintf(out, sizeof out, "%04d-%02u-%02uT%02d:%02d:%02d.%03dZ",
                static_cast<int>(date.year()), static_cast<unsigned>(date.month()),
                static_cast<unsigned>(date.day()), static_cast<int>(time.hours().count()),
                static_cast<int>(time.minutes().count()), static_cast<int>(time.seconds().count()),
                static_cast<int>(time.subseconds().count()));
  return out;
}

std::optional<std::string> normalise_instant(std::string_view text) {
  auto at = parse_instant(text);
  if (!at) return std::nullopt;
  return format_instant(*at);
}

Instant stored_instant(std::string_view stored) { return parse_instant(stored).value_or(0); }

}  // namespace icity::core
