#include "core/cursor.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

TEST(Cursor, RoundTripsAnyKeyIncludingChineseAndColons) {
  for (const std::string key :
       {"", "huawei", "深圳(龙华)国际合作中心", "a:b:c", "2024-08-13T02:00:00Z"}) {
    const auto token = encode_cursor({key, 42});
    const auto back = decode_cursor(token);
    ASSERT_TRUE(back.has_value()) << key;
    EXPECT_EQ(back->key, key);
    EXPECT_EQ(back->id, 42);
  }
}

TEST(Cursor, TokenIsUrlSafe) {
  const auto token = encode_cursor({"?\?\?>>>~~~", 7});
  EXPECT_EQ(token.find_first_of("+/=?&"), std::string::npos);
}

TEST(Cursor, RejectsGarbage) {
  EXPECT_FALSE(decode_cursor("").has_value());
  EXPECT_FALSE(decode_cursor("!!!").has_value());
  EXPECT_FALSE(decode_cursor(encode_cursor({"x", 0})).has_value());
  EXPECT_FALSE(decode_cursor("bm90LWEtY3Vyc29y").has_value());  // "not-a-cursor"
}

}  // namespace
}  // namespace icity::core
