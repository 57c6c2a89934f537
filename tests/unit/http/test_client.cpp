#include "test_client.hpp"

#include <boost/asio/connect.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <cctype>

namespace icity::test {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
namespace net = boost::asio;
using tcp = net::ip::tcp;

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> ClientResponse::header(std::string_view name) const {
  for (const auto& [key, value] : headers) {
    if (iequals(key, name)) return value;
  }
  return std::nullopt;
}

struct TestClient::Impl {
  Impl(const std::string& host, unsigned short port, std::chrono::milliseconds t)
      : stream(ioc), host_header(host + ":" + std::to_string(port)), timeout(t) {
    tcp::resolver resolver(ioc);
    stream.expires_after(timeout);
    stream.connect(resolver.resolve(host, std::to_string(port)));
    open = true;
  }

  // Reads one answer; marks the connection closed on errors and Connection: close.
  ClientResponse read(bool head) {
    ClientResponse out;
    bhttp::response_parser<bhttp::string_body> parser;
    parser.body_limit(64 * 1024 * 1024);
    parser.skip(head);
    beast::error_code ec;
    stream.expires_after(timeout);
    bhttp::read(stream, buffer, parser, ec);
    if (ec) {
      open = false;
      out.error = ec.message();
      return out;
    }
    auto& message = parser.get();
    out.status = message.result_int();
    for (const auto& field : message) {
      out.headers.emplace_back(std::string(field.name_string()), std::string(field.value()));
    }
    out.body = std::move(message.body());
    out.keep_alive = message.keep_alive();
    if (!out.keep_alive) open = false;
    return out;
  }

  net::io_context ioc;
  beast::tcp_stream stream;
  beast::flat_buffer buffer;
  std::string host_header;
  std::chrono::milliseconds timeout;
  bool open = false;
};

TestClient::TestClient(const std::string& host, unsigned short port,
                       std::chrono::milliseconds timeout)
    : impl_(std::make_unique<Impl>(host, port, timeout)) {}

TestClient::~TestClient() { close(); }

ClientResponse TestClient::request(std::string_view method, std::string_view target,
                                   std::string_view body, const ClientHeaders& headers) {
  if (!impl_->open) return ClientResponse{0, {}, "", false, "connection closed"};
  bhttp::request<bhttp::string_body> message;
  message.method_string(method);
  message.target(target);
  message.version(11);
  message.set(bhttp::field::host, impl_->host_header);
  for (const auto& [name, value] : headers) message.insert(name, value);
  message.body() = std::string(body);
  message.prepare_payload();
  beast::error_code ec;
  impl_->stream.expires_after(impl_->timeout);
  bhttp::write(impl_->stream, message, ec);
  if (ec) {
    impl_->open = false;
    return ClientResponse{0, {}, "", false, ec.message()};
  }
  return impl_->read(method == "HEAD");
}

ClientResponse TestClient::post_json(std::string_view target, std::string_view json,
                                     const ClientHeaders& headers) {
  ClientHeaders all = headers;
  all.emplace_back("Content-Type", "application/json");
  return request("POST", target, json, all);
}

ClientResponse TestClient::raw(std::string_view bytes) {
  if (!impl_->open) return ClientResponse{0, {}, "", false, "connection closed"};
  beast::error_code ec;
  impl_->stream.expires_after(impl_->timeout);
  net::write(impl_->stream, net::buffer(bytes.data(), bytes.size()), ec);
  if (ec) {
    impl_->open = false;
    return ClientResponse{0, {}, "", false, ec.message()};
  }
  return impl_->read(false);
}

bool TestClient::is_open() const { return impl_->open; }

void TestClient::close() {
  if (!impl_->open) return;
  beast::error_code ec;
  impl_->stream.socket().shutdown(tcp::socket::shutdown_both, ec);
  impl_->stream.socket().close(ec);
  impl_->open = false;
}

}  // namespace icity::test
