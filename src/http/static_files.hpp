// The built web app (web/dist), read into memory once at start: a small
// bundle, so answering is a map lookup and no request ever touches the disk.
//
//   StaticFiles files = StaticFiles::load("web/dist");
//   if (auto r = files.serve(request)) return *r;
//
// Vite's hashed files under /assets/ are cached for a year (immutable); the
// rest (index.html, favicon) must be revalidated (no-cache, ETag → 304). A path
// with no file and no extension (a client route like /organisations/12) gets
// index.html, so the browser's router can take over.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "http/message.hpp"

namespace icity::http {

class StaticFiles {
 public:
  StaticFiles() = default;
  // Reads every regular file under `dir` (symbolic links are not followed out
  // of it). An empty or missing `dir` gives an empty set.
  static StaticFiles load(const std::string& dir);

  bool empty() const { return files_.empty(); }
  std::size_t size() const { return files_.size(); }

  // The answer for a GET/HEAD of request.path, or nullopt when it is not ours.
  std::optional<Response> serve(const Request& request) const;

  // Adds one file (for tests): `url_path` like "/assets/app.js".
  void put(std::string url_path, std::string content);

 private:
  struct File {
    std::string content;
    std::string content_type;
    std::string etag;
  };
  std::map<std::string, File, std::less<>> files_;
};

// The decoded URL path normalised to a key like "/assets/app.js", or nullopt
// when it is unsafe: a ".." or "." segment, a backslash, a NUL or control byte.
std::optional<std::string> safe_static_path(std::string_view decoded_path);

// Content-Type by file extension; "application/octet-stream" when unknown.
std::string_view content_type_for(std::string_view path);

// Paths the static files never answer: the API and the operations endpoints.
bool is_reserved_path(std::string_view path);

}  // namespace icity::http
