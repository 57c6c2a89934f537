#include "http/pipeline.hpp"

#include <cstdio>
#include <exception>

#include "http/builtin_routes.hpp"
#include "http/middleware/access_log.hpp"
#include "http/middleware/csrf.hpp"
#include "http/middleware/locale.hpp"
#include "http/middleware/media_type.hpp"
#include "http/middleware/request_id.hpp"
#include "http/middleware/security_headers.hpp"
#include "http/problem.hpp"

namespace icity::http {
namespace {

void prepare(Request& request) {
  if (request.request_id.empty()) {
    request.request_id = request_id_for(request);
  }
  request.locale = locale_from_accept_language(request.headers.get("Accept-Language").value_or(""));
}

}  // namespace

Pipeline::Pipeline(Router router, ServerHooks hooks, StaticFiles static_files)
    : router_(std::move(router)), hooks_(std::move(hooks)), static_files_(std::move(static_files)) {
  add_builtin_routes(router_, hooks_.ready, metrics_);
}

Response Pipeline::handle(Request& request) {
  const auto started = std::chrono::steady_clock::now();
  metrics_.request_started();
  prepare(request);
  Response response;
  try {
    response = dispatch(request);
  } catch (const std::exception& e) {
    log(error_log_line(request, "unhandled exception", e.what()));
    response = problem_response(
        core::Error::internal({"服务器内部错误,请求编号 " + request.request_id,
                               "internal error; request id " + request.request_id}),
        request.locale);
  } catch (...) {
    log(error_log_line(request, "unhandled exception", "not a std::exception"));
    response = problem_response(
        core::Error::internal({"服务器内部错误,请求编号 " + request.request_id,
                               "internal error; request id " + request.request_id}),
        request.locale);
  }
  return finish(request, std::move(response), started);
}

Response Pipeline::reject(Request& request, const core::Error& error) {
  const auto started = std::chrono::steady_clock::now();
  metrics_.request_started();
  prepare(request);
  return finish(request, problem_response(error, request.locale), started);
}

Response Pipeline::dispatch(Request& request) {
  auto handler = router_.match(request);
  if (!handler) {
    const bool not_found = handler.error().code == core::ErrorCode::kNotFound;
    if (not_found) {
      if (auto file = static_files_.serve(request)) {
        request.route = "static";
        return std::move(*file);
      }
    }
    return problem_response(handler.error(), request.locale);
  }
  if (hooks_.authenticate) {
    auto auth = hooks_.authenticate(request);
    if (!auth) {
      return problem_response(auth.error(), request.locale);
    }
    request.auth = std::move(*auth);
  }
  if (auto csrf = check_csrf(request); !csrf) {
    return problem_response(csrf.error(), request.locale);
  }
  if (auto media = check_json_body(request); !media) {
    return problem_response(media.error(), request.locale);
  }
  auto result = (**handler)(request);
  if (!result) {
    return problem_response(result.error(), request.locale);
  }
  return std::move(*result);
}

Response Pipeline::finish(Request& request, Response response,
                          std::chrono::steady_clock::time_point started) {
  add_security_headers(response);
  response.headers.set("X-Request-Id", request.request_id);
  const auto elapsed = std::chrono::steady_clock::now() - started;
  const double seconds = std::chrono::duration<double>(elapsed).count();
  const std::string_view route =
      request.route.empty() ? std::string_view("unmatched") : std::string_view(request.route);
  metrics_.request_finished(route, request.method, response.status, seconds);
  log(access_log_line(request, response.status, seconds * 1000.0,
                      request.method == "HEAD" ? 0 : response.body.size(),
                      std::chrono::system_clock::now()));
  return response;
}

void Pipeline::log(const std::string& line) const {
  if (hooks_.log) {
    hooks_.log(line);
    return;
  }
  std::string with_newline = line;
  with_newline += '\n';
  std::fwrite(with_newline.data(), 1, with_newline.size(), stdout);
  std::fflush(stdout);
}

}  // namespace icity::http
