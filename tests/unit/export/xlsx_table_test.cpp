#include "app/export/xlsx_table.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/reader_tools.hpp"

namespace icity::app {
namespace {

std::vector<XlsxSheet> attendees() {
  XlsxSheet people{"参会者 Attendees [2023]: B2B/Exchange?",
                   {"姓名 Name", "机构 Organisation", "Age", "Score", "VIP"},
                   {}};
  people.rows.push_back(
      {{std::string("王芳")}, {std::string("深圳市国际合作中心")}, {30LL}, {4.5}, {true}});
  people.rows.push_back(
      {{std::string("=1+1 John Smith")}, {std::string("Acme GmbH")}, {}, {2.0}, {false}});
  return {people, {"Sheet", {"x"}, {}}, {"sheet", {"y"}, {{{std::string("z")}}}}};
}

TEST(XlsxTable, SheetNamesFollowExcelsRules) {
  EXPECT_EQ(xlsx_sheet_name("a[b]c:d*e?f/g\\h"), "a_b_c_d_e_f_g_h");
  EXPECT_EQ(xlsx_sheet_name("'quoted'"), "quoted");
  EXPECT_EQ(xlsx_sheet_name(""), "Sheet");
  EXPECT_EQ(xlsx_sheet_name("History"), "History_");
  // 40 CJK characters are cut to 31 characters, not 31 bytes.
  std::string long_name;
  for (int i = 0; i < 40; ++i) long_name += "参";
  EXPECT_EQ(xlsx_sheet_name(long_name).size(), 31u * 3);
}

TEST(XlsxTable, IsAZipWithTheWorkbookAndItsSheets) {
  if (!test::has_program(test::kPython)) GTEST_SKIP() << "no /usr/bin/python3";
  const std::string bytes = xlsx_workbook(attendees());
  ASSERT_TRUE(bytes.starts_with("PK\x03\x04"));
  const test::ScratchDir dir;
  const std::string path = dir.write("book.xlsx", bytes);
  const test::Run python = test::run({test::kPython, "-c", R"(
import sys, zipfile, re
z = zipfile.ZipFile(sys.argv[1])
names = z.namelist()
print("xl/workbook.xml" in names, "xl/worksheets/sheet1.xml" in names, "xl/worksheets/sheet3.xml" in names)
strings = z.read("xl/sharedStrings.xml").decode()
print(all(s in strings for s in ["王芳", "深圳市国际合作中心", "Acme GmbH", "姓名 Name"]))
sheet = z.read("xl/worksheets/sheet1.xml").decode()
print(re.search(r'<c r="C2"[^>]*><v>30</v></c>', sheet) is not None, 't="s"' not in re.search(r'<c r="C2"[^>]*>', sheet).group(0))
)",
                                      path});
  ASSERT_EQ(python.exit_code, 0);
  EXPECT_EQ(python.out, "True True True\nTrue\nTrue True\n");
}

// openpyxl (Debian's python3-openpyxl) shares no code with libxlsxwriter.
TEST(XlsxTable, OpenpyxlReadsCellsHeaderFreezeAndFilter) {
  if (!test::has_python_module("openpyxl")) {
    GTEST_SKIP() << "/usr/bin/python3 lacks openpyxl (scripts/setup installs python3-openpyxl)";
  }
  const test::ScratchDir dir;
  const std::string path = dir.write("book.xlsx", xlsx_workbook(attendees()));
  const test::Run python = test::run({test::kPython, "-c", R"(
import sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1])
print(wb.sheetnames)
ws = wb.worksheets[0]
print([c.value for c in ws[1]], all(c.font.b for c in ws[1]))
print([c.value for c in ws[2]], not any(c.font.b for c in ws[2]))
print([c.value for c in ws[3]], ws["A3"].data_type)
print(ws.freeze_panes, ws.auto_filter.ref)
w = {k: d.width for k, d in ws.column_dimensions.items()}
print(w["B"] > w["E"], w["B"] >= 19, w["A"] >= 15)
)",
                                      path});
  ASSERT_EQ(python.exit_code, 0);
  EXPECT_EQ(python.out,
            "['参会者 Attendees _2023__ B2B_Excha', 'Sheet', 'sheet (2)']\n"  // 31 characters
            "['姓名 Name', '机构 Organisation', 'Age', 'Score', 'VIP'] True\n"
            "['王芳', '深圳市国际合作中心', 30, 4.5, True] True\n"
            "['=1+1 John Smith', 'Acme GmbH', None, 2, False] s\n"
            "A2 A1:E3\n"
            "True True True\n");
}

TEST(XlsxTable, NoSheetsStillMakesAWorkbook) {
  EXPECT_TRUE(xlsx_workbook({}).starts_with("PK\x03\x04"));
}

TEST(XlsxTable, LibxlsxwriterErrorsThrowAndLeaveNoTemporaryFile) {
  const test::ScratchDir dir;
  const char* old = std::getenv("TMPDIR");
  const std::string saved = old != nullptr ? old : "";
  setenv("TMPDIR", dir.path().c_str(), 1);
  XlsxSheet too_long{"notes", {"note"}, {{{std::string(40000, 'x')}}}};  // Excel's limit: 32767
  EXPECT_THROW(xlsx_workbook({too_long}), std::runtime_error);
  EXPECT_NO_THROW(xlsx_workbook(attendees()));
  EXPECT_TRUE(dir.files().empty());
  if (old != nullptr) {
    setenv("TMPDIR", saved.c_str(), 1);
  } else {
    unsetenv("TMPDIR");
  }
}

}  // namespace
}  // namespace icity::app
