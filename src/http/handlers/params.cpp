#include "http/handlers/params.hpp"

#include <boost/json.hpp>
#include <cctype>
#include <charconv>

#include "app/json/reader.hpp"
#include "core/validation.hpp"

namespace icity::http {

std::string Params::text(std::string_view name, std::size_t max) {
  auto v = request_.query.get(name);
  if (!v) return "";
  if (v->size() > max) {
    error(name, "过长", "too long");
    return "";
  }
  return std::string(*v);
}

std::optional<std::int64_t> Params::integer(std::string_view name, std::int64_t min,
                                            std::int64_t max) {
  auto v = request_.query.get(name);
  if (!v || v->empty()) return std::nullopt;
  std::int64_t n = 0;
  const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
  if (ec != std::errc() || end != v->data() + v->size() || n < min || n > max) {
    error(name, "应为 " + std::to_string(min) + " 到 " + std::to_string(max) + " 之间的整数",
          "must be an integer from " + std::to_string(min) + " to " + std::to_string(max));
    return std::nullopt;
  }
  return n;
}

int Params::limit(int default_limit, int max_limit) {
  auto n = integer("limit", 1, max_limit);
  return n ? static_cast<int>(*n) : default_limit;
}

bool Params::flag(std::string_view name) {
  auto v = request_.query.get(name);
  if (!v || v->empty() || *v == "false" || *v == "0") return false;
  if (*v == "true" || *v == "1") return true;
  error(name, "应为 true 或 false", "must be true or false");
  return false;
}

std::string Params::date(std::string_view name) {
  auto v = text(name, 16);
  if (!v.empty() && !core::is_valid_date(v)) {
    error(name, "日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD");
    return "";
  }
  return v;
}

void Params::error(std::string_view name, std::string zh, std::string en) {
  errors_.push_back({std::string(name), {std::move(zh), std::move(en)}});
}

core::Result<void> Params::finish() {
  if (errors_.empty()) return {};
  return core::fail(core::Error::invalid(std::move(errors_)));
}

core::Result<core::Id> path_id(const Request& request, std::string_view name) {
  auto v = request.param(name);
  core::Id id = 0;
  if (v) {
    const auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), id);
    if (ec == std::errc() && end == v->data() + v->size() && id > 0) return id;
  }
  return core::fail(core::Error::not_found(
      {"找不到该记录:编号应为正整数", "no such record: an id is a positive integer"}));
}

core::Result<boost::json::object> json_body(const Request& request) {
  return app::parse_json_object(request.body);
}

app::Context context_of(const Request& request) { return {request.actor(), request.request_id}; }

std::string key_of(const Request& request) {
  auto k = request.query.get("key");
  return k ? std::string(*k).substr(0, 100) : std::string();
}

namespace {

// `attachment; filename="…"` with an ASCII fallback, and the UTF-8 name
// percent-encoded (RFC 5987) when it is not plain ASCII.
std::string disposition(const std::string& name) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string ascii, encoded;
  for (unsigned char ch : name) {
    const bool plain = std::isalnum(ch) || ch == '.' || ch == '-' || ch == '_';
    ascii += plain ? static_cast<char>(ch) : '_';
    if (plain) {
      encoded += static_cast<char>(ch);
    } else {
      encoded += '%';
      encoded += kHex[ch >> 4];
      encoded += kHex[ch & 15];
    }
  }
  std::string out = "attachment; filename=\"" + ascii + "\"";
  if (encoded != ascii) out += "; filename*=UTF-8''" + encoded;
  return out;
}

}  // namespace

Response file_response(std::string body, std::string content_type, const std::string& filename) {
  auto r = Response::text(200, std::move(body), std::move(content_type));
  if (!filename.empty()) r.headers.set("Content-Disposition", disposition(filename));
  r.headers.set("Cache-Control", "private, no-cache");
  return r;
}

Response json_response(unsigned status, const boost::json::object& body) {
  return Response::json(status, boost::json::serialize(body));
}

std::string page_json(const boost::json::array& items, const std::optional<std::string>& next) {
  boost::json::object o{{"items", items},
                        {"next_cursor", next ? boost::json::value(*next) : nullptr}};
  return boost::json::serialize(o);
}

}  // namespace icity::http
