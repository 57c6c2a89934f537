#include "app/check_in_token.hpp"

#include <charconv>

#include "app/secrets.hpp"

namespace icity::app {
namespace {

constexpr std::string_view kPrefix = "ic1.";

std::string signed_part(core::Id event_id, core::Id registration_id) {
  return std::string(kPrefix) + std::to_string(event_id) + "." + std::to_string(registration_id);
}

std::optional<core::Id> number(std::string_view text) {
  core::Id value = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (ec != std::errc() || end != text.data() + text.size() || value <= 0) return std::nullopt;
  return value;
}

std::string_view trimmed(std::string_view s) {
  while (!s.empty() &&
         (s.front() == ' ' || s.front() == '\n' || s.front() == '\r' || s.front() == '\t')) {
    s.remove_prefix(1);
  }
  while (!s.empty() &&
         (s.back() == ' ' || s.back() == '\n' || s.back() == '\r' || s.back() == '\t')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

std::string make_check_in_token(std::string_view key, core::Id event_id, core::Id registration_id) {
  const std::string body = signed_part(event_id, registration_id);
  return body + "." + mac(key, body);
}

std::optional<CheckInTicket> read_check_in_token(std::string_view key, std::string_view token) {
  token = trimmed(token);
  if (!token.starts_with(kPrefix) || token.size() > 100) return std::nullopt;
  const std::string_view rest = token.substr(kPrefix.size());
  const std::size_t dot1 = rest.find('.');
  if (dot1 == std::string_view::npos) return std::nullopt;
  const std::size_t dot2 = rest.find('.', dot1 + 1);
  if (dot2 == std::string_view::npos) return std::nullopt;
  auto event_id = number(rest.substr(0, dot1));
  auto registration_id = number(rest.substr(dot1 + 1, dot2 - dot1 - 1));
  if (!event_id || !registration_id) return std::nullopt;
  const std::string expected = mac(key, signed_part(*event_id, *registration_id));
  if (!same_secret(expected, rest.substr(dot2 + 1))) return std::nullopt;
  return CheckInTicket{*event_id, *registration_id};
}

}  // namespace icity::app
