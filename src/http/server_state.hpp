// Internal to the server (server.cpp and session.cpp only; it includes Asio):
// what the connection sessions share with the Server that owns them.
#pragma once

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/strand.hpp>
#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

#include "http/pipeline.hpp"
#include "http/server.hpp"

namespace icity::http::detail {

namespace net = boost::asio;
using tcp = net::ip::tcp;

class Session;

// Everything the sessions share with the server.
struct ServerState {
  ServerState(ServerOptions o, Router router, ServerHooks hooks)
      : options(std::move(o)),
        thread_start(hooks.thread_start),
        pipeline(std::move(router), std::move(hooks), StaticFiles::load(options.static_dir)) {}

  // Defined in session.cpp, where sessions are known:
  void do_accept();            // accepts connections until the acceptor closes
  void add(Session* session);  // by each session, for its lifetime
  void remove(Session* session);
  void close_idle_sessions();  // at shutdown; busy ones close after their answer

  ServerOptions options;
  std::function<void()> thread_start;  // declared before pipeline: copied before hooks move
  Pipeline pipeline;

  std::mutex mutex;
  std::condition_variable changed;
  std::unordered_set<Session*> sessions;  // guarded by mutex
  bool started = false;                   // guarded by mutex
  bool stopping = false;                  // guarded by mutex
  bool stopped = false;                   // guarded by mutex
  std::atomic<bool> draining{false};      // set once stop() begins
  unsigned short bound_port = 0;

  // Destroyed before the members above: pending handlers may own sessions.
  net::io_context ioc;
  tcp::acceptor acceptor{net::make_strand(ioc)};
  std::vector<std::thread> threads;
};

}  // namespace icity::http::detail
