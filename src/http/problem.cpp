#include "http/problem.hpp"

#include <array>
#include <boost/json.hpp>

namespace icity::http {
namespace {

using core::ErrorCode;

struct ProblemKind {
  ErrorCode code;
  unsigned status;
  std::string_view slug;
  core::LocalizedText title;
};

// One row per code; slugs are the ones docs/api.md promises.
const std::array<ProblemKind, 13>& kinds() {
  static const std::array<ProblemKind, 13> kKinds = {{
      {ErrorCode::kInvalidArgument, 422, "validation", {"数据校验未通过", "Validation failed"}},
      {ErrorCode::kMalformed,
       400,
       "malformed-json",
       {"请求正文无法解析", "Malformed request body"}},
      {ErrorCode::kUnauthenticated,
       401,
       "unauthenticated",
       {"需要登录", "Authentication required"}},
      {ErrorCode::kForbidden, 403, "forbidden", {"无权执行此操作", "Forbidden"}},
      {ErrorCode::kCsrf, 403, "csrf", {"CSRF 令牌缺失或无效", "Missing or invalid CSRF token"}},
      {ErrorCode::kNotFound, 404, "not-found", {"未找到", "Not found"}},
      {ErrorCode::kMethodNotAllowed,
       405,
       "method-not-allowed",
       {"不支持该请求方法", "Method not allowed"}},
      {ErrorCode::kConflict, 409, "conflict", {"数据冲突", "Conflict"}},
      {ErrorCode::kPayloadTooLarge,
       413,
       "payload-too-large",
       {"请求正文过大", "Payload too large"}},
      {ErrorCode::kUnsupportedMediaType,
       415,
       "unsupported-media-type",
       {"不支持的内容类型", "Unsupported media type"}},
      {ErrorCode::kRateLimited, 429, "rate-limited", {"请求过于频繁", "Too many requests"}},
      {ErrorCode::kUnavailable, 503, "unavailable", {"服务暂不可用", "Service unavailable"}},
      {ErrorCode::kInternal, 500, "internal", {"服务器内部错误", "Internal server error"}},
  }};
  return kKinds;
}

const ProblemKind& kind_of(ErrorCode code) {
  for (const auto& kind : kinds()) {
    if (kind.code == code) {
      return kind;
    }
  }
  return kinds().back();  // an unknown code is a bug: 500
}

bool is_pseudo(const core::FieldError& field) { return field.field.starts_with('@'); }

bool has_field(const core::Error& error, std::string_view name) {
  for (const auto& field : error.fields) {
    if (field.field == name) {
      return true;
    }
  }
  return false;
}

}  // namespace

unsigned status_of(ErrorCode code) { return kind_of(code).status; }

std::string_view slug_of(const core::Error& error) {
  if (error.code == ErrorCode::kMalformed && has_field(error, kBadRequestField)) {
    return "bad-request";
  }
  return kind_of(error.code).slug;
}

Response problem_response(const core::Error& error, std::string_view locale) {
  const ProblemKind& kind = kind_of(error.code);
  boost::json::object body;
  body["type"] = std::string(kProblemTypeBase) + std::string(slug_of(error));
  body["title"] = kind.title.in(locale);
  body["status"] = kind.status;
  const std::string& detail = error.detail.in(locale);
  body["detail"] = detail.empty() ? kind.title.in(locale) : detail;

  Response response;
  response.status = kind.status;
  boost::json::array errors;
  for (const auto& field : error.fields) {
    if (field.field == kAllowField) {
      response.headers.set("Allow", field.message.en);
    }
    if (is_pseudo(field)) {
      continue;
    }
    errors.push_back(
        boost::json::object{{"field", field.field}, {"message", field.message.in(locale)}});
  }
  if (!errors.empty() || error.code == ErrorCode::kInvalidArgument) {
    body["errors"] = std::move(errors);
  }

  response.headers.set("Content-Type", "application/problem+json");
  response.headers.set("Content-Language", locale.starts_with("zh") ? "zh-CN" : "en");
  if (kind.status == 401) {
    response.headers.set("WWW-Authenticate", "Bearer");
  }
  response.body = boost::json::serialize(body);
  return response;
}

core::Error method_not_allowed(const std::vector<std::string>& allowed) {
  std::string list;
  for (const auto& method : allowed) {
    if (!list.empty()) {
      list += ", ";
    }
    list += method;
  }
  core::Error error{ErrorCode::kMethodNotAllowed,
                    {"此地址只接受 " + list + " 请求", "this resource accepts only " + list},
                    {}};
  error.fields.push_back({std::string(kAllowField), {list, list}});
  return error;
}

core::Error bad_request(core::LocalizedText detail) {
  core::Error error{ErrorCode::kMalformed, std::move(detail), {}};
  error.fields.push_back({std::string(kBadRequestField), {}});
  return error;
}

}  // namespace icity::http
