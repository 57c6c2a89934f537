#include <gtest/gtest.h>

#include "app/rate_limiter.hpp"
#include "app/secrets.hpp"

namespace icity::app {
namespace {

TEST(Secrets, PasswordsVerifyOnlyWithTheRightPassword) {
  init_secrets();
  const auto hash = hash_password("correct horse battery", HashCost::kMinimum);
  EXPECT_TRUE(hash.starts_with("$argon2id$"));
  EXPECT_TRUE(verify_password("correct horse battery", hash));
  EXPECT_FALSE(verify_password("correct horse batterz", hash));
}

TEST(Secrets, TokensAreRandomAndStoredOnlyAsDigests) {
  init_secrets();
  const auto a = random_token();
  const auto b = random_token();
  EXPECT_NE(a, b);
  EXPECT_GE(a.size(), 40u);
  EXPECT_EQ(digest(a).size(), 64u);
  EXPECT_EQ(digest(a), digest(a));
  EXPECT_TRUE(same_secret(a, a));
  EXPECT_FALSE(same_secret(a, b));
}

TEST(RateLimiter, BlocksAfterTooManyFailuresAndForgetsAfterTheWindow) {
  RateLimiter limiter(3, std::chrono::minutes(15));
  const auto t0 = RateLimiter::Clock::now();
  for (int i = 0; i < 3; ++i) {
    EXPECT_FALSE(limiter.blocked("account:a", t0));
    limiter.failed("account:a", t0);
  }
  EXPECT_TRUE(limiter.blocked("account:a", t0));
  EXPECT_FALSE(limiter.blocked("account:b", t0));
  EXPECT_FALSE(limiter.blocked("account:a", t0 + std::chrono::minutes(16)));
}

TEST(RateLimiter, SuccessClearsTheCount) {
  RateLimiter limiter(2, std::chrono::minutes(15));
  limiter.failed("k");
  limiter.succeeded("k");
  limiter.failed("k");
  EXPECT_FALSE(limiter.blocked("k"));
}

}  // namespace
}  // namespace icity::app
