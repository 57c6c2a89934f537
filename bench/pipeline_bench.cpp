// What the pipeline costs per request without sockets: request id, locale,
// routing, auth hook, CSRF, handler, security headers, metrics, access log.
// Compared with a bare call of the same handler, the ratio is our overhead.
#include <benchmark/benchmark.h>

#include "http/pipeline.hpp"

namespace icity::http {
namespace {

HandlerResult answer(Request& request) {
  return Response::json(200, R"({"id":)" + std::string(*request.param("id")) + "}");
}

Request sample_request() {
  Request request;
  request.method = "GET";
  request.target = "/api/organisations/42";
  request.path = request.target;
  request.headers.add("Host", "127.0.0.1");
  request.headers.add("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8");
  request.remote_address = "127.0.0.1";
  return request;
}

Pipeline make_pipeline() {
  Router router;
  router.add("GET", "/api/organisations", answer);
  router.add("GET", "/api/organisations/{id}", answer);
  router.add("GET", "/api/people/{id}", answer);
  ServerHooks hooks;
  hooks.authenticate = [](const Request&) -> core::Result<AuthContext> { return AuthContext{}; };
  hooks.log = [](const std::string& line) { benchmark::DoNotOptimize(line.data()); };
  return Pipeline(std::move(router), std::move(hooks), StaticFiles());
}

void BM_BareHandler(benchmark::State& state) {
  for (auto _ : state) {
    Request request = sample_request();
    request.path_params.emplace_back("id", "42");
    auto response = answer(request);
    benchmark::DoNotOptimize(response->body.data());
  }
}
BENCHMARK(BM_BareHandler);

void BM_Pipeline(benchmark::State& state) {
  Pipeline pipeline = make_pipeline();
  for (auto _ : state) {
    Request request = sample_request();
    Response response = pipeline.handle(request);
    benchmark::DoNotOptimize(response.body.data());
  }
}
BENCHMARK(BM_Pipeline);

}  // namespace
}  // namespace icity::http
