// The Server: binds, runs the io_context on a pool of threads, and stops
// gracefully. The sessions themselves live in session.cpp.
#include "http/server.hpp"

#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <csignal>
#include <iostream>

#include "http/server_state.hpp"

namespace icity::http {

struct Server::Impl : detail::ServerState {
  using ServerState::ServerState;
};

namespace net = boost::asio;
using tcp = net::ip::tcp;

Server::Server(ServerOptions options, Router router, ServerHooks hooks)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(router), std::move(hooks))) {}

Server::~Server() { stop(); }

void Server::start() {
  {
    std::lock_guard lock(impl_->mutex);
    if (impl_->started) {
      return;
    }
  }
  auto& acceptor = impl_->acceptor;
  tcp::resolver resolver(impl_->ioc);
  const auto endpoints = resolver.resolve(impl_->options.host, std::to_string(impl_->options.port),
                                          tcp::resolver::passive | tcp::resolver::numeric_service);
  const tcp::endpoint endpoint = endpoints.begin()->endpoint();
  acceptor.open(endpoint.protocol());
  acceptor.set_option(net::socket_base::reuse_address(true));
  acceptor.bind(endpoint);
  acceptor.listen(net::socket_base::max_listen_connections);
  impl_->bound_port = acceptor.local_endpoint().port();

  unsigned threads = impl_->options.threads;
  if (threads == 0) {
    threads = std::max(1U, std::thread::hardware_concurrency());
  }
  impl_->do_accept();
  {
    std::lock_guard lock(impl_->mutex);
    impl_->started = true;
  }
  for (unsigned i = 0; i < threads; ++i) {
    impl_->threads.emplace_back([this] {
      if (impl_->thread_start) {
        try {
          impl_->thread_start();
        } catch (const std::exception& e) {
          std::cerr << "icity: http worker start: " << e.what() << "\n";
        }
      }
      // A handler's exception never gets here (the pipeline catches); Beast's might.
      while (true) {
        try {
          impl_->ioc.run();
          return;
        } catch (const std::exception& e) {
          std::cerr << "icity: http worker: " << e.what() << "\n";
        }
      }
    });
  }
}

unsigned short Server::port() const { return impl_->bound_port; }

void Server::stop() {
  {
    std::unique_lock lock(impl_->mutex);
    if (!impl_->started || impl_->stopped) {
      return;
    }
    if (impl_->stopping) {  // another thread is stopping: wait for it
      impl_->changed.wait(lock, [this] { return impl_->stopped; });
      return;
    }
    impl_->stopping = true;
  }
  impl_->draining = true;
  net::post(impl_->acceptor.get_executor(), [this] {
    boost::system::error_code ec;
    impl_->acceptor.close(ec);
  });
  impl_->close_idle_sessions();
  {
    std::unique_lock lock(impl_->mutex);
    const auto deadline = std::chrono::steady_clock::now() + impl_->options.shutdown_grace;
    impl_->changed.wait_until(lock, deadline, [this] { return impl_->sessions.empty(); });
  }
  impl_->ioc.stop();
  for (auto& thread : impl_->threads) {
    thread.join();
  }
  impl_->threads.clear();
  {
    std::lock_guard lock(impl_->mutex);
    impl_->stopped = true;
  }
  impl_->changed.notify_all();
}

void Server::wait() {
  std::unique_lock lock(impl_->mutex);
  impl_->changed.wait(lock, [this] { return impl_->stopped; });
}

void Server::wait_for_signal() {
  net::io_context signals_context;
  net::signal_set signals(signals_context, SIGINT, SIGTERM);
  signals.async_wait([](const boost::system::error_code&, int) {});
  signals_context.run();
  stop();
}

int Server::run_until_signal() {
  start();
  wait_for_signal();
  return 0;
}

std::vector<RouteInfo> Server::routes() const { return impl_->pipeline.routes(); }

}  // namespace icity::http
