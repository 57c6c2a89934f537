#include "app/view_cache.hpp"

#include <gtest/gtest.h>

namespace icity::app {
namespace {

std::shared_ptr<const std::string> view(const char* text) {
  return std::make_shared<const std::string>(text);
}

TEST(ViewCache, ServesWhatWasPutUntilAChange) {
  ViewCache cache;
  EXPECT_EQ(cache.get(1), nullptr);
  cache.put(1, cache.generation(), view("{\"v\":1}"));
  ASSERT_NE(cache.get(1), nullptr);
  EXPECT_EQ(*cache.get(1), "{\"v\":1}");
  cache.invalidate();
  EXPECT_EQ(cache.get(1), nullptr);
}

TEST(ViewCache, RefusesAViewLoadedBeforeAChange) {
  ViewCache cache;
  const auto before = cache.generation();  // a reader starts loading...
  cache.invalidate();                      // ...a write commits meanwhile...
  cache.put(7, before, view("stale"));     // ...so what it loaded may be old.
  EXPECT_EQ(cache.get(7), nullptr);
  cache.put(7, cache.generation(), view("fresh"));
  EXPECT_EQ(*cache.get(7), "fresh");
}

TEST(ViewCache, StaysWithinItsBound) {
  ViewCache cache(3);
  for (int id = 1; id <= 3; ++id) cache.put(id, cache.generation(), view("x"));
  cache.put(4, cache.generation(), view("y"));
  int held = 0;
  for (int id = 1; id <= 4; ++id) held += cache.get(id) != nullptr ? 1 : 0;
  EXPECT_LE(held, 3);
  EXPECT_NE(cache.get(4), nullptr);
}

}  // namespace
}  // namespace icity::app
