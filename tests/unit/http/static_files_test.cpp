#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace icity::http {
namespace {

Request get(std::string path) {
  Request r;
  r.method = "GET";
  r.path = std::move(path);
  r.target = r.path;
  return r;
}

StaticFiles sample() {
  StaticFiles files;
  files.put("/index.html", "<!doctype html><title>icity</title>");
  files.put("/assets/index-3f2a.js", "console.log(1)");
  files.put("/assets/index-3f2a.css", "body{}");
  files.put("/favicon.ico", "ico");
  return files;
}

TEST(StaticPath, RefusesTraversalAndOddBytes) {
  EXPECT_FALSE(safe_static_path("/../etc/passwd"));
  EXPECT_FALSE(safe_static_path("/assets/../../secret"));
  EXPECT_FALSE(safe_static_path("/assets/./x.js"));
  EXPECT_FALSE(safe_static_path("/..\\windows"));
  EXPECT_FALSE(safe_static_path(std::string("/a\0b", 4)));
  EXPECT_FALSE(safe_static_path("relative"));
  EXPECT_EQ(safe_static_path("/assets//app.js"), "/assets/app.js");
  EXPECT_EQ(safe_static_path("/"), "/");
  EXPECT_EQ(safe_static_path("/..."), "/...");
}

TEST(StaticPath, ContentTypeByExtension) {
  EXPECT_EQ(content_type_for("/a.js"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("/a.mjs"), "text/javascript; charset=utf-8");
  EXPECT_EQ(content_type_for("/a.CSS"), "text/css; charset=utf-8");
  EXPECT_EQ(content_type_for("/a.svg"), "image/svg+xml");
  EXPECT_EQ(content_type_for("/f.woff2"), "font/woff2");
  EXPECT_EQ(content_type_for("/p.png"), "image/png");
  EXPECT_EQ(content_type_for("/favicon.ico"), "image/x-icon");
  EXPECT_EQ(content_type_for("/x.json"), "application/json");
  EXPECT_EQ(content_type_for("/x.js.map"), "application/json");
  EXPECT_EQ(content_type_for("/index.html"), "text/html; charset=utf-8");
  EXPECT_EQ(content_type_for("/LICENSE"), "application/octet-stream");
}

TEST(StaticFiles, HashedAssetsAreImmutableAndIndexIsRevalidated) {
  const StaticFiles files = sample();
  auto js = files.serve(get("/assets/index-3f2a.js"));
  ASSERT_TRUE(js);
  EXPECT_EQ(js->status, 200U);
  EXPECT_EQ(js->body, "console.log(1)");
  EXPECT_EQ(js->headers.get("Cache-Control"), "public, max-age=31536000, immutable");
  auto index = files.serve(get("/"));
  ASSERT_TRUE(index);
  EXPECT_EQ(index->headers.get("Content-Type"), "text/html; charset=utf-8");
  EXPECT_EQ(index->headers.get("Cache-Control"), "no-cache");
}

TEST(StaticFiles, ClientRoutesFallBackToIndex) {
  const StaticFiles files = sample();
  auto route = files.serve(get("/organisations/12"));
  ASSERT_TRUE(route);
  EXPECT_EQ(route->body, "<!doctype html><title>icity</title>");
  EXPECT_FALSE(files.serve(get("/assets/missing-1234.js")));  // a file name: a real 404
}

TEST(StaticFiles, ApiAndOperationsPathsAreNeverServed) {
  const StaticFiles files = sample();
  EXPECT_FALSE(files.serve(get("/api/unknown")));
  EXPECT_FALSE(files.serve(get("/healthz")));
  EXPECT_FALSE(files.serve(get("/metrics")));
  auto post = get("/");
  post.method = "POST";
  EXPECT_FALSE(files.serve(post));
}

TEST(StaticFiles, EtagGivesNotModified) {
  const StaticFiles files = sample();
  auto first = files.serve(get("/favicon.ico"));
  ASSERT_TRUE(first);
  const auto etag = first->headers.get("ETag");
  ASSERT_TRUE(etag);
  auto again = get("/favicon.ico");
  again.headers.set("If-None-Match", std::string(*etag));
  auto second = files.serve(again);
  ASSERT_TRUE(second);
  EXPECT_EQ(second->status, 304U);
  EXPECT_TRUE(second->body.empty());
}

TEST(StaticFiles, LoadsADirectoryButNotWhatLinksOutOfIt) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() / ("icity_static_" + std::to_string(::getpid()));
  fs::create_directories(root / "dist" / "assets");
  std::ofstream(root / "dist" / "index.html") << "<html></html>";
  std::ofstream(root / "dist" / "assets" / "app-1.js") << "js";
  std::ofstream(root / "secret.txt") << "secret";
  fs::create_symlink(root / "secret.txt", root / "dist" / "leak.txt");

  const StaticFiles files = StaticFiles::load((root / "dist").string());
  EXPECT_EQ(files.size(), 2U);
  EXPECT_TRUE(files.serve(get("/assets/app-1.js")));
  EXPECT_FALSE(files.serve(get("/leak.txt")));
  fs::remove_all(root);
}

}  // namespace
}  // namespace icity::http
