// A segment trie: each node holds its literal children, at most one {param}
// child, and the handlers of the routes that end there. Matching tries the
// literal child before the parameter and backtracks, so "/a/new" wins over
// "/a/{id}" while "/a/7" still reaches the parameter.
#include "http/router.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>

#include "http/problem.hpp"
#include "http/url.hpp"

namespace icity::http {
namespace {

struct Node {
  std::map<std::string, std::unique_ptr<Node>, std::less<>> literals;
  std::unique_ptr<Node> param;
  std::string pattern;                                    // set where routes end
  std::vector<std::string> param_names;                   // of `pattern`, in order
  std::vector<std::pair<std::string, Handler>> handlers;  // by method
};

// "/a/b/" → {"a", "b", ""}: empty segments are kept so "/a" and "/a/" differ.
std::vector<std::string_view> split(std::string_view path) {
  std::vector<std::string_view> segments;
  if (!path.empty() && path.front() == '/') {
    path.remove_prefix(1);
  }
  while (true) {
    const auto slash = path.find('/');
    segments.push_back(path.substr(0, slash));
    if (slash == std::string_view::npos) {
      break;
    }
    path.remove_prefix(slash + 1);
  }
  return segments;
}

bool is_param(std::string_view segment) {
  return segment.size() > 2 && segment.front() == '{' && segment.back() == '}';
}

// The path part of the raw target, or the decoded path when the target is unset.
std::string_view raw_path(const Request& request) {
  if (request.target.empty()) {
    return request.path;
  }
  std::string_view target = request.target;
  return target.substr(0, target.find('?'));
}

// Collects every node whose route matches `segments`, best first.
void collect(const Node& node, const std::vector<std::string>& segments, std::size_t at,
             std::vector<std::pair<const Node*, std::vector<std::string>>>& found,
             std::vector<std::string>& values) {
  if (at == segments.size()) {
    if (!node.handlers.empty()) {
      found.emplace_back(&node, values);
    }
    return;
  }
  if (auto it = node.literals.find(segments[at]); it != node.literals.end()) {
    collect(*it->second, segments, at + 1, found, values);
  }
  if (node.param && !segments[at].empty()) {
    values.push_back(segments[at]);
    collect(*node.param, segments, at + 1, found, values);
    values.pop_back();
  }
}

const Handler* handler_for(const Node& node, std::string_view method) {
  for (const auto& [m, handler] : node.handlers) {
    if (m == method) {
      return &handler;
    }
  }
  if (method == "HEAD") {
    return handler_for(node, "GET");
  }
  return nullptr;
}

std::vector<std::string> param_names(std::string_view pattern) {
  std::vector<std::string> names;
  for (auto segment : split(pattern)) {
    if (is_param(segment)) {
      names.emplace_back(segment.substr(1, segment.size() - 2));
    }
  }
  return names;
}

}  // namespace

struct Router::Impl {
  Node root;
  std::vector<RouteInfo> routes;
};

Router::Router() : impl_(std::make_unique<Impl>()) {}
Router::~Router() = default;
Router::Router(Router&&) noexcept = default;
Router& Router::operator=(Router&&) noexcept = default;

void Router::add(std::string method, std::string pattern, Handler handler) {
  if (pattern.empty() || pattern.front() != '/') {
    throw std::invalid_argument("route pattern must start with '/': " + pattern);
  }
  Node* node = &impl_->root;
  for (auto segment : split(pattern)) {
    if (is_param(segment)) {
      if (!node->param) {
        node->param = std::make_unique<Node>();
      }
      node = node->param.get();
    } else {
      auto& child = node->literals[std::string(segment)];
      if (!child) {
        child = std::make_unique<Node>();
      }
      node = child.get();
    }
  }
  for (const auto& [m, h] : node->handlers) {
    if (m == method) {
      throw std::invalid_argument(
          std::string("duplicate route: ").append(method).append(" ").append(pattern));
    }
  }
  node->pattern = pattern;
  node->param_names = param_names(pattern);
  node->handlers.emplace_back(method, std::move(handler));
  impl_->routes.push_back({std::move(method), std::move(pattern)});
}

core::Result<const Handler*> Router::match(Request& request) const {
  std::vector<std::string> segments;
  for (auto segment : split(raw_path(request))) {
    segments.push_back(percent_decode(segment, false));
  }

  std::vector<std::pair<const Node*, std::vector<std::string>>> found;
  std::vector<std::string> values;
  collect(impl_->root, segments, 0, found, values);
  if (found.empty()) {
    return core::fail(core::Error::not_found({"找不到该地址", "there is nothing at this address"}));
  }
  for (auto& [node, params] : found) {
    const Handler* handler = handler_for(*node, request.method);
    if (!handler) {
      continue;
    }
    request.route = node->pattern;
    request.path_params.clear();
    const auto& names = node->param_names;
    for (std::size_t i = 0; i < names.size() && i < params.size(); ++i) {
      request.path_params.emplace_back(names[i], std::move(params[i]));
    }
    return handler;
  }
  std::vector<std::string> allowed;
  for (const auto& [node, params] : found) {
    for (const auto& [method, handler] : node->handlers) {
      if (std::find(allowed.begin(), allowed.end(), method) == allowed.end()) {
        allowed.push_back(method);
      }
    }
  }
  if (std::find(allowed.begin(), allowed.end(), "GET") != allowed.end()) {
    allowed.emplace_back("HEAD");
  }
  request.route = found.front().first->pattern;
  return core::fail(method_not_allowed(allowed));
}

std::vector<RouteInfo> Router::routes() const { return impl_->routes; }

}  // namespace icity::http
