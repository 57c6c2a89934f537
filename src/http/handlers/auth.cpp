// /api/auth: login, logout, who am I, language preference, API tokens; and the
// server's authentication hook.
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {
namespace {

constexpr std::string_view kCookie = "icity_session";

// The value of cookie `name` in a Cookie header, or "".
std::string cookie_value(const Request& request, std::string_view name) {
  auto header = request.headers.get("Cookie");
  if (!header) return "";
  std::string_view rest = *header;
  while (!rest.empty()) {
    auto end = rest.find(';');
    auto part = rest.substr(0, end);
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.starts_with(name) && part.size() > name.size() && part[name.size()] == '=') {
      return std::string(part.substr(name.size() + 1));
    }
    if (end == std::string_view::npos) break;
    rest.remove_prefix(end + 1);
  }
  return "";
}

std::string session_cookie(const Request& request, const std::string& value, int max_age) {
  std::string c = std::string(kCookie) + "=" + value +
                  "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age);
  auto proto = request.headers.get("X-Forwarded-Proto");
  if (proto && *proto == "https") c += "; Secure";
  return c;
}

}  // namespace

core::Result<AuthContext> authenticate(app::App& app, const Request& request) {
  if (auto header = request.headers.get("Authorization")) {
    if (!header->starts_with("Bearer ")) {
      return core::fail(core::Error::unauthenticated(
          {"Authorization 头应为 Bearer 令牌", "the Authorization header must be a Bearer token"}));
    }
    auto actor = app.auth().bearer(std::string(header->substr(7)));
    if (!actor) {
      return core::fail(
          core::Error::unauthenticated({"令牌无效或已撤销", "the token is unknown or revoked"}));
    }
    return AuthContext{*actor, false, "", ""};
  }
  // Signing in is done anonymously: the old cookie it carries is ended by the
  // login itself, and must not make the request look like a session's.
  if (request.route == "/api/auth/login") return AuthContext{};
  const std::string token = cookie_value(request, kCookie);
  if (token.empty()) return AuthContext{};
  auto session = app.auth().session(token);
  // An expired or unknown cookie is no identity: the request goes on as public.
  if (!session) return AuthContext{};
  return AuthContext{session->actor, true, session->csrf_token, token};
}

void register_auth(Router& router, app::App& app) {
  router.add("POST", "/api/auth/login", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    std::vector<core::FieldError> errors;
    app::JsonReader in(*body, errors);
    in.allow({"email", "password"});
    std::string email, password;
    if (!in.has("email")) in.error("email", "必填", "required");
    if (!in.has("password")) in.error("password", "必填", "required");
    in.string("email", email, 254);
    in.string("password", password, 1000);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    auto r = app.auth().login(email, password, request.remote_address,
                              cookie_value(request, kCookie), request.request_id);
    if (!r) return core::fail(r.error());
    auto response =
        json_response(200, {{"csrf_token", r->csrf_token}, {"user", app::to_json(r->user)}});
    response.headers.add("Set-Cookie", session_cookie(request, r->session_token, 12 * 3600));
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
  router.add("POST", "/api/auth/logout", [&app](Request& request) -> HandlerResult {
    if (!request.auth.session_id.empty()) {
      auto r = app.auth().logout(request.auth.session_id, context_of(request));
      if (!r) return core::fail(r.error());
    }
    auto response = Response::no_content();
    response.headers.add("Set-Cookie", session_cookie(request, "", 0));
    return response;
  });
  router.add("GET", "/api/auth/me", [&app](Request& request) -> HandlerResult {
    auto user = app.auth().me(context_of(request));
    if (!user) return core::fail(user.error());
    auto response = json_response(
        200, {{"user", app::to_json(*user)}, {"csrf_token", request.auth.csrf_token}});
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
  router.add("PATCH", "/api/auth/me", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    std::vector<core::FieldError> errors;
    app::JsonReader in(*body, errors);
    in.allow({"locale"});
    std::string locale;
    if (!in.has("locale")) in.error("locale", "必填", "required");
    in.string("locale", locale, 10);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    auto user = app.auth().set_locale(context_of(request), locale);
    if (!user) return core::fail(user.error());
    return json_response(200, {{"user", app::to_json(*user)}});
  });
  router.add("POST", "/api/auth/tokens", [&app](Request& request) -> HandlerResult {
    auto body = json_body(request);
    if (!body) return core::fail(body.error());
    std::vector<core::FieldError> errors;
    app::JsonReader in(*body, errors);
    in.allow({"name"});
    std::string name;
    in.string("name", name, 100);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    auto token = app.auth().create_token(context_of(request), name);
    if (!token) return core::fail(token.error());
    auto response =
        json_response(201, {{"id", token->id}, {"name", token->name}, {"token", token->token}});
    response.headers.set("Cache-Control", "no-store");
    return response;
  });
}

}  // namespace icity::http
