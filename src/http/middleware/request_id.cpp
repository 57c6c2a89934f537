#include "http/middleware/request_id.hpp"

#include <random>

namespace icity::http {

bool is_sane_request_id(std::string_view id) {
  if (id.empty() || id.size() > 128) {
    return false;
  }
  for (char c : id) {
    const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
                    c == '.' || c == '_' || c == ':' || c == '-';
    if (!ok) {
      return false;
    }
  }
  return true;
}

std::string new_request_id() {
  thread_local std::mt19937_64 generator{std::random_device{}()};
  static constexpr char kHex[] = "0123456789abcdef";
  std::uint64_t bits = generator();
  std::string id(16, '0');
  for (auto& c : id) {
    c = kHex[bits & 0xf];
    bits >>= 4;
  }
  return id;
}

std::string request_id_for(const Request& request) {
  auto incoming = request.headers.get("X-Request-Id");
  if (incoming && is_sane_request_id(*incoming)) {
    return std::string(*incoming);
  }
  return new_request_id();
}

}  // namespace icity::http
