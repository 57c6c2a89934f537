// Instants as RFC 3339 text. Events, sessions and registration windows are
// written with any offset ("2023-06-05T09:00:00+08:00") and stored in one form,
// UTC with milliseconds ("2023-06-05T01:00:00.000Z", like Tx::now()), so that
// stored instants compare as strings and in SQL.
//
//   auto at = core::parse_instant("2023-06-05T09:00:00+08:00");  // ms since 1970
//   std::string stored = core::format_instant(*at);
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace icity::core {

// Milliseconds since 1970-01-01T00:00:00Z.
using Instant = std::int64_t;

// A full RFC 3339 date-time (date, 'T' or ' ', time, optional fraction, 'Z' or
// ±hh:mm); nullopt for anything else, an impossible date included.
std::optional<Instant> parse_instant(std::string_view text);
std::string format_instant(Instant at);
// An instant the node itself stored (Tx::now(), format_instant): parse_instant
// of it, or 0 if it is not one.
Instant stored_instant(std::string_view stored);
// parse then format: the stored form, or nullopt.
std::optional<std::string> normalise_instant(std::string_view text);

}  // namespace icity::core
