#include "http/metrics.hpp"

#include <gtest/gtest.h>

namespace icity::http {
namespace {

bool has_line(const std::string& text, const std::string& line) {
  return text.find("\n" + line + "\n") != std::string::npos || text.starts_with(line + "\n");
}

TEST(Metrics, CountsRequestsByRouteMethodAndStatus) {
  Metrics m;
  for (int i = 0; i < 3; ++i) {
    m.request_started();
    m.request_finished("/api/organisations/{id}", "GET", 200, 0.002);
  }
  m.request_started();
  m.request_finished("/api/organisations/{id}", "GET", 404, 0.0001);
  const std::string text = m.render();
  EXPECT_TRUE(has_line(text, "# TYPE icity_http_requests_total counter"));
  EXPECT_TRUE(has_line(
      text,
      R"(icity_http_requests_total{route="/api/organisations/{id}",method="GET",status="200"} 3)"));
  EXPECT_TRUE(has_line(
      text,
      R"(icity_http_requests_total{route="/api/organisations/{id}",method="GET",status="404"} 1)"));
}

TEST(Metrics, HistogramIsCumulativeWithInfAndCount) {
  Metrics m;
  for (double seconds : {0.0005, 0.002, 0.3, 20.0}) {
    m.request_started();
    m.request_finished("/healthz", "GET", 200, seconds);
  }
  const std::string text = m.render();
  const std::string p = R"(icity_http_request_duration_seconds)";
  const std::string l = R"(route="/healthz",method="GET")";
  EXPECT_TRUE(has_line(text, "# TYPE " + p + " histogram"));
  EXPECT_TRUE(has_line(text, p + "_bucket{" + l + R"(,le="0.001"} 1)"));
  EXPECT_TRUE(has_line(text, p + "_bucket{" + l + R"(,le="0.0025"} 2)"));
  EXPECT_TRUE(has_line(text, p + "_bucket{" + l + R"(,le="0.5"} 3)"));
  EXPECT_TRUE(has_line(text, p + "_bucket{" + l + R"(,le="10"} 3)"));
  EXPECT_TRUE(has_line(text, p + "_bucket{" + l + R"(,le="+Inf"} 4)"));
  EXPECT_TRUE(has_line(text, p + "_count{" + l + "} 4"));
  EXPECT_TRUE(has_line(text, p + "_sum{" + l + "} 20.3025"));
}

TEST(Metrics, InFlightGaugeFollowsStartAndFinish) {
  Metrics m;
  m.request_started();
  m.request_started();
  EXPECT_TRUE(has_line(m.render(), "icity_http_requests_in_flight 2"));
  m.request_finished("unmatched", "GET", 404, 0.0);
  EXPECT_TRUE(has_line(m.render(), "icity_http_requests_in_flight 1"));
}

TEST(Metrics, UnknownMethodsAndOddRoutesStayBoundedAndEscaped) {
  Metrics m;
  m.request_started();
  m.request_finished("we\"ird\\", "BREW", 405, 0.0);
  EXPECT_NE(m.render().find(R"({route="we\"ird\\",method="OTHER",status="405"} 1)"),
            std::string::npos);
}

}  // namespace
}  // namespace icity::http
