// Spreadsheets (.xlsx, libxlsxwriter) of tables: attendee lists, B2B meeting schedules.
// Usage: std::string bytes = xlsx_workbook({{.name = "参会者 Attendees",
//                                            .header = {"姓名 Name", "Age"},
//                                            .rows = {{{std::string("王芳")}, {30LL}}}}});
//
// Each sheet: the header row bold and frozen, an autofilter over the table, column widths from
// the longest text (CJK characters count double). Strings are always written as text, never as
// formulas, so a cell starting with "=" from user input stays inert.
// Thread-safe: each call writes its own temporary file (mkstemp in $TMPDIR, else /tmp), which
// is removed before returning.
#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace icity::app {

struct XlsxCell {
  // Empty, text, a number, an integer (written as an Excel number: exact up to 2^53, so pass
  // larger ids as text) or a boolean. Non-finite doubles are written as empty cells.
  std::variant<std::monostate, std::string, double, long long, bool> value;
};

struct XlsxSheet {
  std::string name;  // sanitised to Excel's rules: ≤ 31 characters, no []:*?/\, unique
  std::vector<std::string> header;
  std::vector<std::vector<XlsxCell>> rows;
};

// The .xlsx file's bytes; no sheets gives one empty sheet (a workbook needs one). Throws
// std::runtime_error with libxlsxwriter's message when it fails (e.g. a string over 32767
// characters, more than 1048576 rows) or the temporary file cannot be written or read.
std::string xlsx_workbook(const std::vector<XlsxSheet>& sheets);

// Excel's rules applied to a sheet name (exposed for tests and for callers that link to
// sheets): forbidden characters become "_", apostrophes at the ends go, ≤ 31 characters,
// empty becomes "Sheet".
std::string xlsx_sheet_name(std::string_view name);

}  // namespace icity::app
