#include "http/message.hpp"

#include <gtest/gtest.h>

#include "http/middleware/locale.hpp"
#include "http/middleware/request_id.hpp"

namespace icity::http {
namespace {

TEST(QueryParams, DecodesPercentAndPlus) {
  auto q = QueryParams::parse("q=%E9%BE%99%E5%8D%8E+district&city=Shenzhen%20City");
  EXPECT_EQ(q.get("q"), "龙华 district");
  EXPECT_EQ(q.get("city"), "Shenzhen City");
}

TEST(QueryParams, KeepsRepeatsInOrder) {
  auto q = QueryParams::parse("sdg=9&sdg=11&x=1&sdg=17");
  EXPECT_EQ(q.get("sdg"), "9");
  const auto all = q.get_all("sdg");
  ASSERT_EQ(all.size(), 3U);
  EXPECT_EQ(all[1], "11");
  EXPECT_EQ(all[2], "17");
}

TEST(QueryParams, KeepsBadEscapesAsWritten) {
  auto q = QueryParams::parse("a=100%&b=%zz&c=%4");
  EXPECT_EQ(q.get("a"), "100%");
  EXPECT_EQ(q.get("b"), "%zz");
  EXPECT_EQ(q.get("c"), "%4");
}

TEST(QueryParams, HandlesEmptyAndValuelessPairs) {
  auto q = QueryParams::parse("&&flag&empty=&k%3D=v%26");
  EXPECT_EQ(q.get("flag"), "");
  EXPECT_EQ(q.get("empty"), "");
  EXPECT_EQ(q.get("k="), "v&");
  EXPECT_FALSE(q.get("missing"));
  EXPECT_EQ(q.all().size(), 3U);
}

TEST(Headers, NamesAreCaseInsensitiveAndSetReplaces) {
  Headers h;
  h.set("Content-Type", "text/plain");
  h.set("content-type", "application/json");
  h.add("Set-Cookie", "a=1");
  h.add("Set-Cookie", "b=2");
  EXPECT_EQ(h.get("CONTENT-TYPE"), "application/json");
  EXPECT_EQ(h.all().size(), 3U);
}

TEST(Request, UnsafeMethodsNeedCsrf) {
  Request r;
  for (const char* m : {"POST", "PUT", "PATCH", "DELETE"}) {
    r.method = m;
    EXPECT_TRUE(r.is_unsafe_method()) << m;
  }
  for (const char* m : {"GET", "HEAD", "OPTIONS"}) {
    r.method = m;
    EXPECT_FALSE(r.is_unsafe_method()) << m;
  }
}

TEST(Locale, ChineseWhenPreferred) {
  EXPECT_EQ(locale_from_accept_language("zh-CN,zh;q=0.9,en;q=0.8"), "zh-CN");
  EXPECT_EQ(locale_from_accept_language("zh-TW"), "zh-CN");
  EXPECT_EQ(locale_from_accept_language("en;q=0.5, zh;q=0.9"), "zh-CN");
  EXPECT_EQ(locale_from_accept_language("en-US,en;q=0.9,zh;q=0.8"), "en");
  EXPECT_EQ(locale_from_accept_language("de-DE"), "en");
  EXPECT_EQ(locale_from_accept_language(""), "en");
  EXPECT_EQ(locale_from_accept_language("zh;q=0"), "en");
}

TEST(RequestId, KeepsSaneIncomingIdElseGenerates) {
  Request r;
  r.headers.set("X-Request-Id", "abc-123_x.y:z");
  EXPECT_EQ(request_id_for(r), "abc-123_x.y:z");
  r.headers.set("X-Request-Id", "bad id\r\nInjected: 1");
  const std::string generated = request_id_for(r);
  EXPECT_EQ(generated.size(), 16U);
  EXPECT_NE(generated, request_id_for(r));
  r.headers.set("X-Request-Id", std::string(200, 'a'));
  EXPECT_EQ(request_id_for(r).size(), 16U);
}

}  // namespace
}  // namespace icity::http
