// A small synchronous HTTP/1.1 client for tests: one keep-alive connection,
// one request at a time, never reconnects by itself (so a test can tell
// whether the server kept the connection). No GoogleTest, no Beast here.
//
//   TestClient client("127.0.0.1", server.port());
//   auto r = client.get("/healthz");
//   EXPECT_EQ(r.status, 200);
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace icity::test {

struct ClientResponse {
  unsigned status = 0;  // 0 when the request failed (see `error`)
  std::vector<std::pair<std::string, std::string>> headers;
  std::string body;
  bool keep_alive = false;  // the server will keep the connection open
  std::string error;        // transport error, "" on success

  // The first header named `name` (case-insensitive).
  std::optional<std::string> header(std::string_view name) const;
};

using ClientHeaders = std::vector<std::pair<std::string, std::string>>;

class TestClient {
 public:
  // Connects at once; throws std::system_error when it cannot.
  TestClient(const std::string& host, unsigned short port,
             std::chrono::milliseconds timeout = std::chrono::seconds(10));
  ~TestClient();
  TestClient(const TestClient&) = delete;
  TestClient& operator=(const TestClient&) = delete;

  // Sends one request and reads its answer. A transport failure (closed
  // connection, timeout) gives status 0 and `error`; it never throws.
  ClientResponse request(std::string_view method, std::string_view target,
                         std::string_view body = {}, const ClientHeaders& headers = {});
  ClientResponse get(std::string_view target, const ClientHeaders& headers = {}) {
    return request("GET", target, {}, headers);
  }
  ClientResponse post_json(std::string_view target, std::string_view json,
                           const ClientHeaders& headers = {});

  // Writes raw bytes and reads one answer: for malformed or oversized requests.
  ClientResponse raw(std::string_view bytes);

  // True until a transport error or an answer with Connection: close.
  bool is_open() const;
  void close();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace icity::test
