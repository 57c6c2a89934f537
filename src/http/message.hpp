// Plain request/response values that handlers see. No Beast here: handlers and
// middleware compile without the heavy headers; only server.cpp knows Beast.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/actor.hpp"
#include "core/error.hpp"

namespace icity::http {

// Header names compare case-insensitively; order is kept.
class Headers {
 public:
  std::optional<std::string_view> get(std::string_view name) const;
  void set(std::string name, std::string value);  // replaces any existing
  void add(std::string name, std::string value);  // appends (Set-Cookie)
  const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// Decoded query parameters in order; a name may repeat.
class QueryParams {
 public:
  static QueryParams parse(std::string_view raw_query);  // percent- and '+'-decoding
  std::optional<std::string_view> get(std::string_view name) const;  // first value
  std::vector<std::string_view> get_all(std::string_view name) const;
  const std::vector<std::pair<std::string, std::string>>& all() const { return items_; }

 private:
  std::vector<std::pair<std::string, std::string>> items_;
};

// How the caller proved who it is; set by the authentication middleware.
struct AuthContext {
  core::Actor actor;
  bool via_cookie = false;  // session cookie (needs CSRF on unsafe methods) vs bearer token
  std::string csrf_token;   // the session's token, when via_cookie
  std::string session_id;   // opaque, for logout
};

struct Request {
  std::string method;  // "GET", ...
  std::string target;  // raw target: "/api/organisations?limit=5"
  std::string path;    // decoded path without the query
  QueryParams query;
  Headers headers;
  std::string body;
  std::string remote_address;  // peer IP as text
  // Filled in by the server and middleware:
  std::string request_id;
  std::string route;  // the matched pattern, "/api/organisations/{id}", or "" when none
  std::vector<std::pair<std::string, std::string>> path_params;
  AuthContext auth;     // anonymous unless authenticated
  std::string locale = "en";  // "zh-CN" or "en", from Accept-Language

  const core::Actor& actor() const { return auth.actor; }
  std::optional<std::string_view> param(std::string_view name) const;
  bool is_unsafe_method() const;
};

struct Response {
  unsigned status = 200;
  Headers headers;
  std::string body;

  static Response json(unsigned status, std::string body);
  static Response text(unsigned status, std::string body, std::string content_type);
  static Response no_content();
};

// A handler answers a request or fails with an expected error, which the
// error middleware turns into problem+json. Exceptions escaping a handler are
// bugs: logged and answered 500.
using HandlerResult = core::Result<Response>;

}  // namespace icity::http
