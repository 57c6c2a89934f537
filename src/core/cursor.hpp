// Opaque list cursors: the sort key and id of the last row a page showed,
// base64url-encoded so clients treat them as tokens.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace icity::core {

struct Cursor {
  std::string key;  // the sort column's value of the last row
  std::int64_t id = 0;
};

std::string encode_cursor(const Cursor& cursor);
std::optional<Cursor> decode_cursor(std::string_view token);

}  // namespace icity::core
