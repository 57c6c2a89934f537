#include "http/problem.hpp"

#include <gtest/gtest.h>

#include <boost/json.hpp>

namespace icity::http {
namespace {

boost::json::object body_of(const Response& r) { return boost::json::parse(r.body).as_object(); }

TEST(Problem, EachCodeHasItsStatus) {
  using core::ErrorCode;
  const std::pair<ErrorCode, unsigned> expected[] = {{ErrorCode::kInvalidArgument, 422},
                                                     {ErrorCode::kMalformed, 400},
                                                     {ErrorCode::kUnauthenticated, 401},
                                                     {ErrorCode::kForbidden, 403},
                                                     {ErrorCode::kCsrf, 403},
                                                     {ErrorCode::kNotFound, 404},
                                                     {ErrorCode::kMethodNotAllowed, 405},
                                                     {ErrorCode::kConflict, 409},
                                                     {ErrorCode::kPayloadTooLarge, 413},
                                                     {ErrorCode::kUnsupportedMediaType, 415},
                                                     {ErrorCode::kRateLimited, 429},
                                                     {ErrorCode::kUnavailable, 503},
                                                     {ErrorCode::kInternal, 500}};
  for (const auto& [code, status] : expected) {
    const Response r = problem_response(core::Error{code, {"细节", "detail"}, {}}, "en");
    EXPECT_EQ(r.status, status);
    EXPECT_EQ(r.headers.get("Content-Type"), "application/problem+json");
    EXPECT_EQ(body_of(r).at("status").as_int64(), status);
  }
}

TEST(Problem, BodyHasTypeTitleAndDetailInTheRequestLanguage) {
  const auto error = core::Error::not_found({"找不到该机构", "no such organisation"});
  const auto en = body_of(problem_response(error, "en"));
  EXPECT_EQ(en.at("type").as_string(), "https://icity.dev/problems/not-found");
  EXPECT_EQ(en.at("title").as_string(), "Not found");
  EXPECT_EQ(en.at("detail").as_string(), "no such organisation");
  EXPECT_FALSE(en.contains("errors"));
  const auto zh = body_of(problem_response(error, "zh-CN"));
  EXPECT_EQ(zh.at("detail").as_string(), "找不到该机构");
  EXPECT_EQ(zh.at("title").as_string(), "未找到");
}

TEST(Problem, MissingLanguageFallsBackToTheOther) {
  const auto zh = body_of(problem_response(core::Error::conflict({"", "stale version"}), "zh-CN"));
  EXPECT_EQ(zh.at("detail").as_string(), "stale version");
}

TEST(Problem, ValidationListsFieldErrorsInTheRequestLanguage) {
  const auto error = core::Error::invalid(
      {{"name.zh", {"必填", "required"}}, {"sdgs[2]", {"应为 1 到 17", "must be 1 to 17"}}});
  const Response r = problem_response(error, "zh-CN");
  EXPECT_EQ(r.status, 422U);
  const auto body = body_of(r);
  EXPECT_EQ(body.at("type").as_string(), "https://icity.dev/problems/validation");
  const auto& errors = body.at("errors").as_array();
  ASSERT_EQ(errors.size(), 2U);
  EXPECT_EQ(errors[0].at("field").as_string(), "name.zh");
  EXPECT_EQ(errors[0].at("message").as_string(), "必填");
  EXPECT_EQ(errors[1].at("field").as_string(), "sdgs[2]");
  EXPECT_EQ(body_of(problem_response(error, "en")).at("errors").at(1).at("message").as_string(),
            "must be 1 to 17");
}

TEST(Problem, SlugsFollowTheApiDocument) {
  EXPECT_EQ(slug_of(core::Error::malformed({"", "bad json"})), "malformed-json");
  EXPECT_EQ(slug_of(bad_request({"", "bad http"})), "bad-request");
  EXPECT_EQ(slug_of(core::Error{core::ErrorCode::kCsrf, {}, {}}), "csrf");
  EXPECT_EQ(slug_of(core::Error{core::ErrorCode::kUnsupportedMediaType, {}, {}}),
            "unsupported-media-type");
}

TEST(Problem, MethodNotAllowedSetsAllowAndHidesIt) {
  const Response r = problem_response(method_not_allowed({"GET", "POST"}), "en");
  EXPECT_EQ(r.status, 405U);
  EXPECT_EQ(r.headers.get("Allow"), "GET, POST");
  EXPECT_FALSE(body_of(r).contains("errors"));
}

TEST(Problem, EmptyDetailUsesTheTitle) {
  const auto body =
      body_of(problem_response(core::Error{core::ErrorCode::kRateLimited, {}, {}}, "en"));
  EXPECT_EQ(body.at("detail").as_string(), "Too many requests");
}

}  // namespace
}  // namespace icity::http
