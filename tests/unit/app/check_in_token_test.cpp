#include "app/check_in_token.hpp"

#include <gtest/gtest.h>

#include "app/secrets.hpp"

namespace icity::app {
namespace {

class CheckInToken : public ::testing::Test {
 protected:
  static void SetUpTestSuite() { init_secrets(); }
};

TEST_F(CheckInToken, ReadsBackWhatTheSameKeySigned) {
  const auto t = make_check_in_token("key one", 12, 345);
  EXPECT_TRUE(t.starts_with("ic1.12.345."));
  auto who = read_check_in_token("key one", t);
  ASSERT_TRUE(who);
  EXPECT_EQ(who->event_id, 12);
  EXPECT_EQ(who->registration_id, 345);
  EXPECT_TRUE(read_check_in_token("key one", "  " + t + "\n"));  // pasted with spaces
}

TEST_F(CheckInToken, RefusesAnotherKeyAndEveryAlteration) {
  const auto t = make_check_in_token("key one", 12, 345);
  EXPECT_FALSE(read_check_in_token("key two", t));
  // Another registration or event under the same signature.
  std::string other = t;
  other.replace(other.find(".345."), 5, ".346.");
  EXPECT_FALSE(read_check_in_token("key one", other));
  for (std::size_t i = 0; i < t.size(); ++i) {
    std::string changed = t;
    changed[i] = changed[i] == 'x' ? 'y' : 'x';
    EXPECT_FALSE(read_check_in_token("key one", changed)) << i;
  }
  for (const char* bad :
       {"", "ic1.", "ic1.12.345", "ic1.-1.2.abc", "ic2.12.345.abc", "ic1.1.2.3.4"}) {
    EXPECT_FALSE(read_check_in_token("key one", bad)) << bad;
  }
}

}  // namespace
}  // namespace icity::app
