#include "app/csv.hpp"

#include <gtest/gtest.h>

namespace icity::app {
namespace {

TEST(Csv, ReadsQuotedFieldsWithCommasQuotesAndNewlines) {
  const auto rows = parse_csv("code,name\r\n7491,\"设计, \"\"工业\"\"\"\n1,\"two\nlines\"\n");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1][1], "设计, \"工业\"");
  EXPECT_EQ(rows[2][1], "two\nlines");
}

TEST(Csv, WritesWhatItReads) {
  const std::vector<std::string> fields = {"plain", "with,comma", "with \"quote\"", "龙华"};
  const auto rows = parse_csv(csv_line(fields));
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0], fields);
}

TEST(Csv, KeepsEmptyTrailingFields) {
  const auto rows = parse_csv("a,,\n");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].size(), 3u);
}

}  // namespace
}  // namespace icity::app
