// One Session per connection: reads a request (header first, so an oversize
// body is refused from its Content-Length), hands it to the Pipeline
// synchronously on this pool thread, writes the answer, and waits for the next
// one (keep-alive) until the idle timeout. Plus the accept loop. Every I/O
// error goes through fail().
#include <algorithm>
#include <boost/asio/dispatch.hpp>
#include <boost/asio/post.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <iostream>
#include <optional>
#include <stdexcept>

#include "http/problem.hpp"
#include "http/server_state.hpp"
#include "http/url.hpp"

namespace icity::http::detail {
namespace {

namespace beast = boost::beast;
namespace bhttp = boost::beast::http;

// After refusing a request whose body we did not read, keep reading (and
// discarding) for a moment, so the client gets to read our answer instead of
// a connection reset.
constexpr std::chrono::seconds kLingerTime{2};
constexpr std::size_t kLingerBytes = std::size_t{8} * 1024 * 1024;

// The one place I/O errors are reported. The ordinary ends of a connection
// (peer closed, idle timeout, shutdown) are not worth a line.
void fail(beast::error_code ec, const char* what) {
  if (ec == net::error::operation_aborted || ec == bhttp::error::end_of_stream ||
      ec == beast::error::timeout || ec == net::error::eof || ec == net::error::connection_reset ||
      ec == net::error::broken_pipe || ec == net::error::not_connected ||
      ec == net::error::bad_descriptor) {
    return;
  }
  std::cerr << "icity: http " << what << ": " << ec.message() << "\n";
}

}  // namespace

class Session : public std::enable_shared_from_this<Session> {
 public:
  Session(tcp::socket&& socket, ServerState& server) : stream_(std::move(socket)), server_(server) {
    beast::error_code ec;
    stream_.socket().set_option(tcp::no_delay(true), ec);
    const auto endpoint = stream_.socket().remote_endpoint(ec);
    if (!ec) {
      remote_ = endpoint.address().to_string();
    }
    server_.add(this);
  }
  ~Session() { server_.remove(this); }
  Session(const Session&) = delete;
  Session& operator=(const Session&) = delete;

  void run() {
    net::dispatch(stream_.get_executor(), [self = shared_from_this()] { self->do_read(); });
  }

  // Called at shutdown: a connection waiting for its next request is closed;
  // a busy one finishes its request and closes after the answer.
  void close_if_idle() {
    net::post(stream_.get_executor(), [self = shared_from_this()] {
      if (!self->busy_) {
        self->close();
      }
    });
  }

 private:
  void do_read() {
    busy_ = false;
    if (server_.draining) {
      return close();
    }
    parser_.emplace();
    parser_->header_limit(static_cast<std::uint32_t>(server_.options.max_header_bytes));
    // The largest any request may be; on_header narrows it to the request's own limit.
    parser_->body_limit(std::max(server_.options.max_body_bytes, server_.options.max_upload_bytes));
    stream_.expires_after(server_.options.idle_timeout);
    bhttp::async_read_header(
        stream_, buffer_, *parser_,
        [self = shared_from_this()](beast::error_code ec, std::size_t) { self->on_header(ec); });
  }

  // Whether `path` is `pattern`, where a `*` segment matches any one segment.
  static bool path_matches(std::string_view pattern, std::string_view path) {
    while (!pattern.empty() && !path.empty()) {
      const auto p_end = std::min(pattern.find('/', 1), pattern.size());
      const auto t_end = std::min(path.find('/', 1), path.size());
      const auto p_seg = pattern.substr(0, p_end), t_seg = path.substr(0, t_end);
      if (p_seg != "/*" && p_seg != t_seg) return false;
      if (p_seg == "/*" && t_seg.size() < 2) return false;
      pattern.remove_prefix(p_end);
      path.remove_prefix(t_end);
    }
    return pattern.empty() && path.empty();
  }

  std::uint64_t body_limit_of(const bhttp::request<bhttp::string_body>& message) const {
    const auto& o = server_.options;
    if (message.method() != bhttp::verb::post) return o.max_body_bytes;
    std::string_view target = message.target();
    target = target.substr(0, target.find('?'));
    for (const auto& pattern : o.upload_paths) {
      if (path_matches(pattern, target)) return std::max(o.max_body_bytes, o.max_upload_bytes);
    }
    return o.max_body_bytes;
  }

  void on_header(beast::error_code ec) {
    busy_ = true;
    // Beast checks Content-Length against the body limit with the header.
    if (ec == bhttp::error::body_limit) {
      return refuse(too_large());
    }
    if (ec == bhttp::error::header_limit) {
      return refuse(bad_request({"请求头过大", "the request headers are too large"}));
    }
    if (ec == bhttp::error::end_of_stream || ec == beast::error::timeout ||
        ec == net::error::operation_aborted || ec == net::error::connection_reset) {
      return fail(ec, "read header");
    }
    if (ec) {
      return refuse(bad_request({"无法解析的 HTTP 请求", "the request is not readable HTTP"}));
    }

    const auto limit = body_limit_of(parser().get());
    const auto length = parser().content_length();
    if (length && *length > limit) {
      return refuse(too_large());
    }
    parser().body_limit(limit);
    if (parser().is_done()) {
      return on_request();
    }

    const auto expect = parser().get()[bhttp::field::expect];
    if (iequals(expect, "100-continue")) {
      auto proceed = std::make_shared<bhttp::response<bhttp::empty_body>>(bhttp::status::continue_,
                                                                          parser().get().version());
      bhttp::async_write(stream_, *proceed,
                         [self = shared_from_this(), proceed](beast::error_code e, std::size_t) {
                           if (e) {
                             return fail(e, "write 100-continue");
                           }
                           self->read_body();
                         });
      return;
    }
    read_body();
  }

  void read_body() {
    bhttp::async_read(stream_, buffer_, parser(),
                      [self = shared_from_this()](beast::error_code ec, std::size_t) {
                        if (ec == bhttp::error::body_limit) {
                          return self->refuse(too_large());
                        }
                        if (ec) {
                          return fail(ec, "read body");
                        }
                        self->on_request();
                      });
  }

  static core::Error too_large() {
    return core::Error{core::ErrorCode::kPayloadTooLarge,
                       {"请求正文超过大小上限", "the request body is larger than allowed"},
                       {}};
  }

  // The request as handlers see it: no Beast types beyond this point.
  Request to_request(bhttp::request<bhttp::string_body>& message) const {
    Request request;
    request.method = std::string(message.method_string());
    request.target = std::string(message.target());
    const std::string_view target = request.target;
    const auto question = target.find('?');
    request.path = percent_decode(target.substr(0, question), false);
    if (question != std::string_view::npos) {
      request.query = QueryParams::parse(target.substr(question + 1));
    }
    for (const auto& field : message) {
      request.headers.add(std::string(field.name_string()), std::string(field.value()));
    }
    request.body = std::move(message.body());
    request.remote_address = remote_;
    return request;
  }

  void on_request() {
    auto& message = parser().get();
    const bool keep_alive = message.keep_alive();
    const unsigned version = message.version();
    Request request = to_request(message);
    Response response = server_.pipeline.handle(request);
    send(std::move(response), request.method == "HEAD", version, keep_alive && !server_.draining,
         false);
  }

  // Answers a request we will not read to the end, then closes.
  void refuse(const core::Error& error) {
    Request request;
    unsigned version = 11;
    if (parser_ && parser_->is_header_done()) {
      auto& message = parser_->get();
      version = message.version();
      request.method = std::string(message.method_string());
      request.target = std::string(message.target());
      request.path = percent_decode(request.target.substr(0, request.target.find('?')), false);
      for (const auto& field : message) {
        request.headers.add(std::string(field.name_string()), std::string(field.value()));
      }
    }
    request.remote_address = remote_;
    Response response = server_.pipeline.reject(request, error);
    send(std::move(response), false, version, false, true);
  }

  void send(Response response, bool head, unsigned version, bool keep_alive, bool linger) {
    auto message = std::make_shared<bhttp::response<bhttp::string_body>>();
    message->result(response.status);
    message->version(version);
    for (auto& [name, value] : response.headers.all()) {
      message->insert(name, value);
    }
    message->keep_alive(keep_alive);
    if (head) {
      message->content_length(response.body.size());
    } else {
      message->body() = std::move(response.body);
      message->prepare_payload();
    }
    stream_.expires_after(server_.options.idle_timeout);
    bhttp::async_write(
        stream_, *message,
        [self = shared_from_this(), message, linger](beast::error_code ec, std::size_t) {
          if (ec) {
            return fail(ec, "write");
          }
          if (linger) {
            return self->start_linger();
          }
          if (!message->keep_alive()) {
            return self->close();
          }
          self->do_read();
        });
  }

  void start_linger() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_send, ec);
    stream_.expires_after(kLingerTime);
    drain();
  }

  void drain() {
    stream_.async_read_some(net::buffer(scratch_),
                            [self = shared_from_this()](beast::error_code ec, std::size_t n) {
                              self->drained_ += n;
                              if (ec || self->drained_ > kLingerBytes) {
                                return self->close();
                              }
                              self->drain();
                            });
  }

  void close() {
    beast::error_code ec;
    stream_.socket().shutdown(tcp::socket::shutdown_both, ec);
    stream_.socket().close(ec);
  }

  // REQUIRES: do_read() ran (it makes the parser).
  bhttp::request_parser<bhttp::string_body>& parser() {
    if (!parser_) {
      throw std::logic_error("session: no request parser");
    }
    return *parser_;
  }

  beast::tcp_stream stream_;
  ServerState& server_;
  beast::flat_buffer buffer_;
  // Parsers cannot be reset: a fresh one per request, in place.
  std::optional<bhttp::request_parser<bhttp::string_body>> parser_;
  std::string remote_;
  bool busy_ = false;  // between a request's header and its answer; on the strand only
  std::array<char, std::size_t{16} * 1024> scratch_{};
  std::size_t drained_ = 0;
};

void ServerState::add(Session* session) {
  std::lock_guard lock(mutex);
  sessions.insert(session);
}

void ServerState::remove(Session* session) {
  {
    std::lock_guard lock(mutex);
    sessions.erase(session);
  }
  changed.notify_all();
}

void ServerState::do_accept() {
  acceptor.async_accept(net::make_strand(ioc), [this](beast::error_code ec, tcp::socket socket) {
    if (ec == net::error::operation_aborted || !acceptor.is_open()) {
      return;
    }
    if (ec) {
      fail(ec, "accept");
    } else {
      std::make_shared<Session>(std::move(socket), *this)->run();
    }
    do_accept();
  });
}

void ServerState::close_idle_sessions() {
  std::vector<std::shared_ptr<Session>> open;
  {
    std::lock_guard lock(mutex);
    for (Session* session : sessions) {
      // A session being destroyed has no owner left: it is closing already.
      if (auto alive = session->weak_from_this().lock()) {
        open.push_back(std::move(alive));
      }
    }
  }
  // Outside the lock: dropping the last reference runs ~Session, which locks.
  for (auto& session : open) {
    session->close_if_idle();
  }
}

}  // namespace icity::http::detail
