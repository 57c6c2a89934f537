#include "core/cursor.hpp"

#include <array>
#include <charconv>

namespace icity::core {
namespace {

constexpr std::string_view kAlphabet =
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string base64url(std::string_view in) {
  std::string out;
  std::size_t i = 0;
  for (; i + 2 < in.size(); i += 3) {
    const unsigned v = (static_cast<unsigned char>(in[i]) << 16) |
                       (static_cast<unsigned char>(in[i + 1]) << 8) |
                       static_cast<unsigned char>(in[i + 2]);
    for (int s : {18, 12, 6, 0}) out += kAlphabet[(v >> s) & 63];
  }
  if (i < in.size()) {
    unsigned v = static_cast<unsigned char>(in[i]) << 16;
    if (i + 1 < in.size()) v |= static_cast<unsigned char>(in[i + 1]) << 8;
    out += kAlphabet[(v >> 18) & 63];
    out += kAlphabet[(v >> 12) & 63];
    if (i + 1 < in.size()) out += kAlphabet[(v >> 6) & 63];
  }
  return out;
}

std::optional<std::string> unbase64url(std::string_view in) {
  std::array<int, 256> map{};
  map.fill(-1);
  for (std::size_t i = 0; i < kAlphabet.size(); ++i) {
    map[static_cast<unsigned char>(kAlphabet[i])] = static_cast<int>(i);
  }
  std::string out;
  unsigned acc = 0;
  int bits = 0;
  for (char ch : in) {
    const int v = map[static_cast<unsigned char>(ch)];
    if (v < 0) return std::nullopt;
    acc = (acc << 6) | static_cast<unsigned>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out += static_cast<char>((acc >> bits) & 0xFF);
    }
  }
  return out;
}

}  // namespace

std::string encode_cursor(const Cursor& cursor) {
  return base64url(std::to_string(cursor.id) + ":" + cursor.key);
}

std::optional<Cursor> decode_cursor(std::string_view token) {
  if (token.empty() || token.size() > 2048) return std::nullopt;
  auto raw = unbase64url(token);
  if (!raw) return std::nullopt;
  const auto colon = raw->find(':');
  if (colon == std::string::npos) return std::nullopt;
  Cursor c;
  const auto* begin = raw->data();
  const auto [end, ec] = std::from_chars(begin, begin + colon, c.id);
  if (ec != std::errc() || end != begin + colon || c.id <= 0) return std::nullopt;
  c.key = raw->substr(colon + 1);
  return c;
}

}  // namespace icity::core
