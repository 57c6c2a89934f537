#include "core/instant.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

TEST(Instant, AnyOffsetIsStoredAsTheSameUtcText) {
  EXPECT_EQ(normalise_instant("2023-06-05T09:00:00+08:00"), "2023-06-05T01:00:00.000Z");
  EXPECT_EQ(normalise_instant("2023-06-05T01:00:00Z"), "2023-06-05T01:00:00.000Z");
  EXPECT_EQ(normalise_instant("2023-06-04T20:00:00-05:00"), "2023-06-05T01:00:00.000Z");
  EXPECT_EQ(normalise_instant("2023-06-05 01:00:00.25z"), "2023-06-05T01:00:00.250Z");
  // Crossing a day, a month and a year backwards.
  EXPECT_EQ(normalise_instant("2024-01-01T05:30:00+08:00"), "2023-12-31T21:30:00.000Z");
  // A leap day.
  EXPECT_EQ(normalise_instant("2024-02-29T12:00:00Z"), "2024-02-29T12:00:00.000Z");
}

TEST(Instant, StoredTextOrdersLikeTime) {
  const auto a = *normalise_instant("2023-06-05T09:00:00+08:00");  // 01:00Z
  const auto b = *normalise_instant("2023-06-05T02:00:00+00:00");
  EXPECT_LT(a, b);
  EXPECT_EQ(*parse_instant(b) - *parse_instant(a), 3600 * 1000);
}

TEST(Instant, RefusesWhatIsNotAFullDateTime) {
  for (const char* bad : {"", "2023-06-05", "2023-06-05T09:00", "2023-06-05T09:00:00",
                          "2023-02-30T09:00:00Z", "2023-13-01T09:00:00Z", "2023-06-05T25:00:00Z",
                          "2023-06-05T09:00:00+8:00", "2023-06-05T09:00:00Zjunk",
                          "2023-06-05X09:00:00Z", "next tuesday", "2023-06-05T09:00:00.Z"}) {
    EXPECT_FALSE(parse_instant(bad)) << bad;
  }
}

}  // namespace
}  // namespace icity::core
