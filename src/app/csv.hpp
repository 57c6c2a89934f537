// RFC 4180 CSV: quoted fields, doubled quotes, CRLF or LF line ends.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace icity::app {

using CsvRow = std::vector<std::string>;
std::vector<CsvRow> parse_csv(std::string_view text);
// One CSV line (with "\r\n"), quoting fields that need it.
std::string csv_line(const std::vector<std::string>& fields);

}  // namespace icity::app
