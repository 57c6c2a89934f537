#include "http/router.hpp"

#include <gtest/gtest.h>

#include "http/problem.hpp"

namespace icity::http {
namespace {

Handler answer(const std::string& text) {
  return [text](Request&) -> HandlerResult { return Response::text(200, text, "text/plain"); };
}

Request request(std::string method, std::string target) {
  Request r;
  r.method = std::move(method);
  r.target = std::move(target);
  r.path = r.target.substr(0, r.target.find('?'));
  return r;
}

std::string call(const Router& router, Request& r) {
  auto handler = router.match(r);
  if (!handler) return "error";
  return (**handler)(r)->body;
}

Router sample() {
  Router router;
  router.add("GET", "/api/organisations", answer("list"));
  router.add("POST", "/api/organisations", answer("create"));
  router.add("GET", "/api/organisations/{id}", answer("one"));
  router.add("PATCH", "/api/organisations/{id}", answer("update"));
  router.add("GET", "/api/organisations/export", answer("export"));
  router.add("GET", "/api/organisations/{id}/people/{person}", answer("person"));
  return router;
}

TEST(Router, FillsPathParametersAndRoute) {
  Router router = sample();
  auto r = request("GET", "/api/organisations/42/people/7");
  EXPECT_EQ(call(router, r), "person");
  EXPECT_EQ(r.route, "/api/organisations/{id}/people/{person}");
  EXPECT_EQ(r.param("id"), "42");
  EXPECT_EQ(r.param("person"), "7");
  EXPECT_FALSE(r.param("other"));
}

TEST(Router, DecodesParameterSegments) {
  Router router = sample();
  auto r = request("GET", "/api/organisations/a%2Fb");
  EXPECT_EQ(call(router, r), "one");
  EXPECT_EQ(r.param("id"), "a/b");
}

TEST(Router, LiteralSegmentBeatsParameter) {
  Router router = sample();
  auto literal = request("GET", "/api/organisations/export");
  EXPECT_EQ(call(router, literal), "export");
  auto param = request("GET", "/api/organisations/12");
  EXPECT_EQ(call(router, param), "one");
}

TEST(Router, FallsBackToParameterWhenLiteralLacksTheMethod) {
  Router router = sample();
  auto r = request("PATCH", "/api/organisations/export");
  EXPECT_EQ(call(router, r), "update");
  EXPECT_EQ(r.param("id"), "export");
}

TEST(Router, UnknownPathIsNotFound) {
  Router router = sample();
  for (const char* target :
       {"/api/nothing", "/api/organisations/1/2", "/api/organisations/", "/"}) {
    auto r = request("GET", target);
    auto handler = router.match(r);
    ASSERT_FALSE(handler) << target;
    EXPECT_EQ(handler.error().code, core::ErrorCode::kNotFound) << target;
  }
}

TEST(Router, KnownPathWithOtherMethodIs405WithAllow) {
  Router router = sample();
  auto r = request("DELETE", "/api/organisations/5");
  auto handler = router.match(r);
  ASSERT_FALSE(handler);
  EXPECT_EQ(handler.error().code, core::ErrorCode::kMethodNotAllowed);
  Response response = problem_response(handler.error(), "en");
  EXPECT_EQ(response.status, 405U);
  EXPECT_EQ(response.headers.get("Allow"), "GET, PATCH, HEAD");
}

TEST(Router, HeadIsAnsweredByGet) {
  Router router = sample();
  auto r = request("HEAD", "/api/organisations");
  EXPECT_EQ(call(router, r), "list");
}

TEST(Router, QueryStringDoesNotAffectMatching) {
  Router router = sample();
  auto r = request("GET", "/api/organisations?limit=5&q=a/b");
  EXPECT_EQ(call(router, r), "list");
}

TEST(Router, ListsEveryRoute) {
  Router router = sample();
  const auto routes = router.routes();
  ASSERT_EQ(routes.size(), 6U);
  EXPECT_EQ(routes[0].method, "GET");
  EXPECT_EQ(routes[0].pattern, "/api/organisations");
}

TEST(Router, RefusesDuplicateRoutes) {
  Router router = sample();
  EXPECT_THROW(router.add("GET", "/api/organisations/{other}", answer("x")), std::invalid_argument);
}

}  // namespace
}  // namespace icity::http
