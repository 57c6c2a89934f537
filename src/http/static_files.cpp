#include "http/static_files.hpp"

#include <array>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <utility>

namespace icity::http {
namespace {

constexpr std::string_view kIndex = "/index.html";
constexpr std::size_t kMaxFileBytes = std::size_t{32} * 1024 * 1024;

std::string etag_of(std::string_view content) {
  std::uint64_t hash = 1469598103934665603ULL;  // FNV-1a 64
  for (unsigned char c : content) {
    hash ^= c;
    hash *= 1099511628211ULL;
  }
  char buffer[24];
  std::snprintf(buffer, sizeof buffer, "\"%016llx\"", static_cast<unsigned long long>(hash));
  return buffer;
}

std::string_view extension_of(std::string_view path) {
  const auto slash = path.rfind('/');
  const std::string_view name = slash == std::string_view::npos ? path : path.substr(slash + 1);
  const auto dot = name.rfind('.');
  return dot == std::string_view::npos ? std::string_view() : name.substr(dot);
}

// True when If-None-Match names `etag` (or is "*").
bool matches_etag(std::string_view header, std::string_view etag) {
  while (!header.empty()) {
    const auto comma = header.find(',');
    std::string_view tag = header.substr(0, comma);
    header.remove_prefix(comma == std::string_view::npos ? header.size() : comma + 1);
    while (!tag.empty() && tag.front() == ' ') {
      tag.remove_prefix(1);
    }
    while (!tag.empty() && tag.back() == ' ') {
      tag.remove_suffix(1);
    }
    if (tag.starts_with("W/")) {
      tag.remove_prefix(2);
    }
    if (tag == etag || tag == "*") {
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view content_type_for(std::string_view path) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 20> kTypes = {{
      {".html", "text/html; charset=utf-8"},
      {".js", "text/javascript; charset=utf-8"},
      {".mjs", "text/javascript; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},
      {".json", "application/json"},
      {".map", "application/json"},
      {".svg", "image/svg+xml"},
      {".png", "image/png"},
      {".jpg", "image/jpeg"},
      {".jpeg", "image/jpeg"},
      {".gif", "image/gif"},
      {".webp", "image/webp"},
      {".ico", "image/x-icon"},
      {".woff2", "font/woff2"},
      {".woff", "font/woff"},
      {".ttf", "font/ttf"},
      {".txt", "text/plain; charset=utf-8"},
      {".webmanifest", "application/manifest+json"},
      {".wasm", "application/wasm"},
      {".xml", "application/xml"},
  }};
  const std::string_view ext = extension_of(path);
  for (const auto& [known, type] : kTypes) {
    if (ext.size() == known.size() &&
        std::equal(ext.begin(), ext.end(), known.begin(), [](char a, char b) {
          return std::tolower(static_cast<unsigned char>(a)) == b;
        })) {
      return type;
    }
  }
  return "application/octet-stream";
}

bool is_reserved_path(std::string_view path) {
  return path == "/api" || path.starts_with("/api/") || path == "/healthz" || path == "/readyz" ||
         path == "/metrics";
}

std::optional<std::string> safe_static_path(std::string_view decoded_path) {
  if (decoded_path.empty() || decoded_path.front() != '/') {
    return std::nullopt;
  }
  std::string key;
  std::string_view rest = decoded_path.substr(1);
  while (true) {
    const auto slash = rest.find('/');
    const std::string_view segment = rest.substr(0, slash);
    if (segment == "." || segment == "..") {
      return std::nullopt;
    }
    for (char c : segment) {
      if (c == '\\' || static_cast<unsigned char>(c) < 0x20 || c == 0x7f) {
        return std::nullopt;
      }
    }
    if (!segment.empty()) {
      key += '/';
      key += segment;
    }
    if (slash == std::string_view::npos) {
      break;
    }
    rest.remove_prefix(slash + 1);
  }
  if (key.empty()) {
    key = "/";
  }
  return key;
}

StaticFiles StaticFiles::load(const std::string& dir) {
  StaticFiles files;
  std::error_code ec;
  if (dir.empty() || !std::filesystem::is_directory(dir, ec)) {
    return files;
  }
  const auto root = std::filesystem::canonical(dir, ec);
  if (ec) {
    return files;
  }
  for (auto it = std::filesystem::recursive_directory_iterator(root, ec);
       !ec && it != std::filesystem::recursive_directory_iterator(); it.increment(ec)) {
    if (!it->is_regular_file(ec) || it->file_size(ec) > kMaxFileBytes) {
      continue;
    }
    std::ifstream in(it->path(), std::ios::binary);
    std::ostringstream content;
    content << in.rdbuf();
    const std::string relative = std::filesystem::relative(it->path(), root, ec).generic_string();
    if (ec || relative.starts_with("..")) {
      continue;
    }
    files.put("/" + relative, std::move(content).str());
  }
  return files;
}

void StaticFiles::put(std::string url_path, std::string content) {
  File file;
  file.content_type = std::string(content_type_for(url_path));
  file.etag = etag_of(content);
  file.content = std::move(content);
  files_.insert_or_assign(std::move(url_path), std::move(file));
}

std::optional<Response> StaticFiles::serve(const Request& request) const {
  if (files_.empty() || (request.method != "GET" && request.method != "HEAD")) {
    return std::nullopt;
  }
  if (is_reserved_path(request.path)) {
    return std::nullopt;
  }
  auto key = safe_static_path(request.path);
  if (!key) {
    return std::nullopt;
  }
  if (*key == "/") {
    *key = kIndex;
  }

  auto it = files_.find(*key);
  if (it == files_.end() && extension_of(*key).empty()) {
    it = files_.find(kIndex);
  }
  if (it == files_.end()) {
    return std::nullopt;
  }

  const File& file = it->second;
  Response response;
  response.headers.set("ETag", file.etag);
  response.headers.set("Cache-Control", it->first.starts_with("/assets/")
                                            ? "public, max-age=31536000, immutable"
                                            : "no-cache");
  if (auto tags = request.headers.get("If-None-Match"); tags && matches_etag(*tags, file.etag)) {
    response.status = 304;
    return response;
  }
  response.status = 200;
  response.headers.set("Content-Type", file.content_type);
  response.body = file.content;
  return response;
}

}  // namespace icity::http
