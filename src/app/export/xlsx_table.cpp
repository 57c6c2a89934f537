#include "app/export/xlsx_table.hpp"

#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <memory>
#include <set>
#include <sstream>
#include <stdexcept>

namespace icity::app {
namespace {

constexpr std::size_t kMaxSheetName = 31;  // Excel's limit, in UTF-16 code units
constexpr double kMinWidth = 6, kMaxWidth = 60;

// The code point starting at text[i] and its length in bytes; invalid bytes count as one
// (U+FFFD) so a bad string cannot stall the loops below.
std::pair<char32_t, std::size_t> next_code_point(std::string_view text, std::size_t i) {
  const auto lead = static_cast<unsigned char>(text[i]);
  std::size_t length = lead < 0x80             ? 1
                       : (lead & 0xe0) == 0xc0 ? 2
                       : (lead & 0xf0) == 0xe0 ? 3
                       : (lead & 0xf8) == 0xf0 ? 4
                                               : 0;
  if (length == 0 || i + length > text.size()) return {U'\uFFFD', 1};
  char32_t code = length == 1 ? lead : lead & (0x7f >> length);
  for (std::size_t k = 1; k < length; ++k) {
    const auto byte = static_cast<unsigned char>(text[i + k]);
    if ((byte & 0xc0) != 0x80) return {U'\uFFFD', 1};
    code = (code << 6) | (byte & 0x3f);
  }
  return {code, length};
}

// East Asian wide and fullwidth characters take two columns in Excel's default fonts.
bool is_wide(char32_t c) {
  return (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) ||
         (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) ||
         (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) ||
         (c >= 0xffe0 && c <= 0xffe6) || (c >= 0x20000 && c <= 0x3fffd);
}

// Columns the longest line of `text` needs.
double display_width(std::string_view text) {
  double longest = 0, line = 0;
  for (std::size_t i = 0; i < text.size();) {
    const auto [c, length] = next_code_point(text, i);
    i += length;
    if (c == U'\n') {
      line = 0;
      continue;
    }
    line += is_wide(c) ? 2 : 1;
    longest = std::max(longest, line);
  }
  return longest;
}

std::string number_text(double value) {
  std::ostringstream out;
  out.precision(15);
  out << value;
  return out.str();
}

double cell_width(const XlsxCell& cell) {
  if (const auto* s = std::get_if<std::string>(&cell.value)) return display_width(*s);
  if (const auto* d = std::get_if<double>(&cell.value)) return display_width(number_text(*d));
  if (const auto* n = std::get_if<long long>(&cell.value)) {
    return static_cast<double>(std::to_string(*n).size());
  }
  if (const auto* b = std::get_if<bool>(&cell.value)) return *b ? 4 : 5;  // TRUE, FALSE
  return 0;
}

std::string lowered(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

// `name` cut to `limit` UTF-16 code units without splitting a character.
std::string truncated(const std::string& name, std::size_t limit) {
  std::size_t units = 0;
  for (std::size_t i = 0; i < name.size();) {
    const auto [c, length] = next_code_point(name, i);
    units += c >= 0x10000 ? 2 : 1;
    if (units > limit) return name.substr(0, i);
    i += length;
  }
  return name;
}

// Excel compares sheet names case-insensitively; "Name (2)" keeps the second one apart.
std::string unique_name(const std::string& name, std::set<std::string>& taken) {
  std::string candidate = name;
  for (int n = 2; !taken.insert(lowered(candidate)).second; ++n) {
    const std::string suffix = " (" + std::to_string(n) + ")";
    candidate = truncated(name, kMaxSheetName - suffix.size()) + suffix;
  }
  return candidate;
}

void check(lxw_error error, const char* what) {
  if (error != LXW_NO_ERROR) {
    throw std::runtime_error(std::string("xlsx: ") + what + ": " + lxw_strerror(error));
  }
}

// The temporary file libxlsxwriter writes to (1.1.4 has no in-memory output), removed on exit.
class TempFile {
 public:
  TempFile() {
    const char* dir = std::getenv("TMPDIR");
    dir_ = dir != nullptr && *dir != '\0' ? dir : "/tmp";
    path_ = dir_ + "/icity-xlsx-XXXXXX";
    const int fd = mkstemp(path_.data());
    if (fd == -1) throw std::runtime_error("xlsx: cannot create a temporary file in " + dir_);
    close(fd);
  }
  TempFile(const TempFile&) = delete;
  TempFile& operator=(const TempFile&) = delete;
  ~TempFile() { std::remove(path_.c_str()); }

  const std::string& path() const { return path_; }
  std::string& dir() { return dir_; }

 private:
  std::string dir_, path_;
};

struct WorkbookFree {
  void operator()(lxw_workbook* workbook) const { lxw_workbook_free(workbook); }
};

void write_cell(lxw_worksheet* sheet, lxw_row_t row, lxw_col_t col, const XlsxCell& cell) {
  lxw_error error = LXW_NO_ERROR;
  if (const auto* s = std::get_if<std::string>(&cell.value)) {
    error = worksheet_write_string(sheet, row, col, s->c_str(), nullptr);
  } else if (const auto* d = std::get_if<double>(&cell.value)) {
    if (std::isfinite(*d)) error = worksheet_write_number(sheet, row, col, *d, nullptr);
  } else if (const auto* n = std::get_if<long long>(&cell.value)) {
    error = worksheet_write_number(sheet, row, col, static_cast<double>(*n), nullptr);
  } else if (const auto* b = std::get_if<bool>(&cell.value)) {
    error = worksheet_write_boolean(sheet, row, col, *b ? 1 : 0, nullptr);
  }
  check(error, "writing a cell");
}

void write_sheet(lxw_workbook* workbook, const XlsxSheet& table, const std::string& name,
                 lxw_format* bold) {
  lxw_worksheet* sheet = workbook_add_worksheet(workbook, name.c_str());
  if (sheet == nullptr) {
    check(workbook_validate_sheet_name(workbook, name.c_str()), "sheet name");
    throw std::runtime_error("xlsx: cannot add sheet '" + name + "'");
  }
  std::size_t columns = table.header.size();
  for (const auto& row : table.rows) columns = std::max(columns, row.size());
  std::vector<double> widths(columns, 0);
  for (std::size_t c = 0; c < table.header.size(); ++c) {
    check(
        worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), table.header[c].c_str(), bold),
        "writing the header");
    widths[c] = display_width(table.header[c]) + 3;  // bold, and the filter's drop-down button
  }
  const lxw_row_t first = table.header.empty() ? 0 : 1;
  for (std::size_t r = 0; r < table.rows.size(); ++r) {
    if (r + first > LXW_ROW_MAX - 1) check(LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE, "rows");
    for (std::size_t c = 0; c < table.rows[r].size(); ++c) {
      write_cell(sheet, static_cast<lxw_row_t>(r + first), static_cast<lxw_col_t>(c),
                 table.rows[r][c]);
      widths[c] = std::max(widths[c], cell_width(table.rows[r][c]));
    }
  }
  for (std::size_t c = 0; c < columns; ++c) {
    const double width = std::clamp(widths[c] + 1, kMinWidth, kMaxWidth);
    check(worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                               nullptr),
          "column width");
  }
  if (!table.header.empty()) {
    worksheet_freeze_panes(sheet, 1, 0);
    check(worksheet_autofilter(sheet, 0, 0, static_cast<lxw_row_t>(table.rows.size()),
                               static_cast<lxw_col_t>(columns - 1)),
          "autofilter");
  }
}

}  // namespace

std::string xlsx_sheet_name(std::string_view name) {
  std::string out;
  for (const char c : name) {
    out += std::string_view("[]:*?/\\").find(c) == std::string_view::npos ? c : '_';
  }
  // Excel refuses names that start or end with an apostrophe (it quotes names with them).
  const auto first = out.find_first_not_of('\'');
  out = first == std::string::npos ? "" : out.substr(first, out.find_last_not_of('\'') - first + 1);
  out = truncated(out, kMaxSheetName);
  while (!out.empty() && out.back() == '\'') out.pop_back();
  if (out.empty()) return "Sheet";
  if (lowered(out) == "history") out += "_";  // reserved by Excel for change tracking
  return out;
}

std::string xlsx_workbook(const std::vector<XlsxSheet>& sheets) {
  TempFile file;
  lxw_workbook_options options{
      .constant_memory = LXW_FALSE, .tmpdir = file.dir().data(), .use_zip64 = LXW_FALSE};
  std::unique_ptr<lxw_workbook, WorkbookFree> workbook(
      workbook_new_opt(file.path().c_str(), &options));
  if (!workbook) throw std::runtime_error("xlsx: libxlsxwriter could not start a workbook");
  lxw_format* bold = workbook_add_format(workbook.get());
  format_set_bold(bold);

  std::set<std::string> taken;
  if (sheets.empty()) write_sheet(workbook.get(), XlsxSheet{}, "Sheet1", bold);
  for (const XlsxSheet& sheet : sheets) {
    write_sheet(workbook.get(), sheet, unique_name(xlsx_sheet_name(sheet.name), taken), bold);
  }
  // workbook_close writes the zip and frees the workbook whether it succeeds or not.
  check(workbook_close(workbook.release()), "writing the file");

  std::ifstream in(file.path(), std::ios::binary);
  std::string bytes{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  if (!in.good() && !in.eof()) throw std::runtime_error("xlsx: cannot read " + file.path());
  return bytes;
}

}  // namespace icity::app
