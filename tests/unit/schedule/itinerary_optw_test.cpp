// The OPTW reader on a hand-written instance (with and without the D field)
// and on malformed ones, each refused with the number of the line at fault.
#include "schedule/itinerary_optw.hpp"

#include <gtest/gtest.h>

namespace icity::schedule {
namespace {

// Two sites; vertex 2 lists two "not relevant" values before its window.
constexpr const char* kSmall =
    "4 10 2 1\n"
    "0 200\n"
    "  0 0.00 0.00 0.00 0.00 0 0 0 100\n"
    "  1 1.00 1.00 10.00 5.00 1 1 1 0 50\n"
    "\n"
    "  2 3.00 4.00 20.00 7.00 1 2 3 4 10 60\n";

std::string error_of(std::string_view text) {
  auto parsed = parse_optw(text);
  EXPECT_FALSE(parsed.has_value());
  if (parsed) return {};
  EXPECT_EQ(parsed.error().code, core::ErrorCode::kMalformed);
  return parsed.error().detail.en;
}

TEST(ItineraryOptw, ReadsVerticesAndWindows) {
  auto parsed = parse_optw(kSmall);
  ASSERT_TRUE(parsed.has_value()) << parsed.error().detail.en;
  EXPECT_EQ(parsed->paths_visiting_all, 10);
  ASSERT_EQ(parsed->vertices.size(), 3U);
  const OptwVertex& v = parsed->vertices[2];
  EXPECT_EQ(v.x, 3);
  EXPECT_EQ(v.y, 4);
  EXPECT_EQ(v.duration, 20);
  EXPECT_EQ(v.score, 7);
  EXPECT_EQ(v.open, 10);
  EXPECT_EQ(v.close, 60);
  EXPECT_EQ(parsed->vertices[0].close, 100);
}

TEST(ItineraryOptw, ToleratesTheMissingDField) {
  std::string text = kSmall;
  text.replace(text.find("0 200"), 5, "200");
  EXPECT_TRUE(parse_optw(text).has_value());
}

TEST(ItineraryOptw, TruncatesTravelToOneDecimal) {
  const OptwVertex a{0, 0, 0, 0, 0, 0};
  EXPECT_DOUBLE_EQ(optw_travel(a, {1, 1, 0, 0, 0, 0}), 1.4);  // sqrt 2 = 1.414...
  EXPECT_DOUBLE_EQ(optw_travel(a, {3, 4, 0, 0, 0, 0}), 5.0);
  EXPECT_DOUBLE_EQ(optw_travel(a, {2, 3, 0, 0, 0, 0}), 3.6);  // 3.605...
}

TEST(ItineraryOptw, BuildsOneRoutePerDayFromTheDepot) {
  auto parsed = parse_optw(kSmall);
  ASSERT_TRUE(parsed.has_value());
  const ItineraryProblem p = optw_problem(*parsed, 3);
  ASSERT_EQ(p.routes.size(), 3U);
  EXPECT_EQ(p.routes[2].start_node, 0);
  EXPECT_EQ(p.routes[2].end_time, 100);
  EXPECT_DOUBLE_EQ(p.travel[0][2], 5.0);
  EXPECT_EQ(windows_on(p, 2, 1).front().open, 10);
  EXPECT_TRUE(validate_problem(p).empty());
}

TEST(ItineraryOptw, NamesTheLineOfAMalformedVertex) {
  std::string bad = kSmall;
  bad.replace(bad.find("5.00"), 4, "five");
  EXPECT_EQ(error_of(bad), "line 4: not a number: 'five'");

  bad = kSmall;
  bad.replace(bad.find(" 0 50"), 5, " 0");  // window's close missing
  EXPECT_EQ(error_of(bad), "line 4: expected 10 fields (a = 1), got 9");

  bad = kSmall;
  bad.replace(bad.find(" 1 1 1 0 50"), 11, "");
  EXPECT_EQ(error_of(bad), "line 4: expected 'i x y d S f a <a values> O C', got 5 fields");

  bad = kSmall;
  bad.replace(bad.find("3 4 10 60"), 9, "3 10 60");  // a = 2 but one listed value
  EXPECT_EQ(error_of(bad), "line 6: expected 11 fields (a = 2), got 10");

  bad = kSmall;
  bad.replace(bad.find("  2 3.00"), 8, "  5 3.00");
  EXPECT_EQ(error_of(bad), "line 6: expected vertex 2");

  bad = kSmall;
  bad.replace(bad.find("0 50"), 4, "60 50");
  EXPECT_EQ(error_of(bad), "line 4: window closes before it opens");
}

TEST(ItineraryOptw, RefusesEmptyAndTruncatedFiles) {
  EXPECT_EQ(error_of(""), "line 1: empty file");
  EXPECT_EQ(error_of("\n\n"), "line 1: empty file");
  EXPECT_EQ(error_of("4 10\n"), "line 1: expected 'k v N t', got 2 fields");
  EXPECT_EQ(error_of("4 10 2 1\n0 200\n0 0 0 0 0 0 0 0 100\n"),
            "line 3: no vertex besides the depot");
  std::string text = kSmall;
  text.replace(0, 8, "4 10 9 1");
  EXPECT_EQ(error_of(text), "line 1: declares 9 vertices, the file has 2 besides the depot");
}

}  // namespace
}  // namespace icity::schedule
