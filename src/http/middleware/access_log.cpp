#include "http/middleware/access_log.hpp"

#include <boost/json.hpp>
#include <ctime>

namespace icity::http {

std::string rfc3339_millis(std::chrono::system_clock::time_point at) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  const auto seconds = static_cast<std::time_t>(millis / 1000);
  // Formatting the date costs more than the rest of the line: once a second per thread.
  thread_local std::time_t cached_second = -1;
  thread_local char cached[80];  // room for any int the compiler imagines
  if (seconds != cached_second) {
    std::tm utc{};
    gmtime_r(&seconds, &utc);
    std::snprintf(cached, sizeof cached, "%04d-%02d-%02dT%02d:%02d:%02d", utc.tm_year + 1900,
                  utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec);
    cached_second = seconds;
  }
  const int ms = static_cast<int>(millis % 1000);
  std::string out(cached);
  out += '.';
  out += static_cast<char>('0' + ms / 100);
  out += static_cast<char>('0' + ms / 10 % 10);
  out += static_cast<char>('0' + ms % 10);
  out += 'Z';
  return out;
}

namespace {

// Appends `text` as a JSON string literal. Bytes >= 0x80 pass through (the
// path is percent-decoded and may be any bytes; logs are read as UTF-8).
void append_json_string(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (byte < 0x20) {
      out += "\\u00";
      out += kHex[byte >> 4];
      out += kHex[byte & 0xf];
    } else {
      out += c;
    }
  }
  out += '"';
}

}  // namespace

// Hand-written rather than through boost::json: this runs for every request.
std::string access_log_line(const Request& request, unsigned status, double duration_ms,
                            std::size_t bytes, std::chrono::system_clock::time_point at) {
  std::string line;
  line.reserve(256);
  line += R"({"ts":)";
  append_json_string(line, rfc3339_millis(at));
  line += R"(,"request_id":)";
  append_json_string(line, request.request_id);
  line += R"(,"method":)";
  append_json_string(line, request.method);
  line += R"(,"path":)";
  append_json_string(line, request.path);
  line += R"(,"route":)";
  append_json_string(line, request.route);
  line += R"(,"status":)";
  line += std::to_string(status);
  char number[32];
  std::snprintf(number, sizeof number, "%.3f", duration_ms);
  line += R"(,"duration_ms":)";
  line += number;
  line += R"(,"bytes":)";
  line += std::to_string(bytes);
  line += R"(,"remote":)";
  append_json_string(line, request.remote_address);
  line += R"(,"user_id":)";
  line += request.auth.actor.user_id != 0 ? std::to_string(request.auth.actor.user_id) : "null";
  line += '}';
  return line;
}

std::string error_log_line(const Request& request, std::string_view message,
                           std::string_view what) {
  boost::json::object line;
  line["ts"] = rfc3339_millis(std::chrono::system_clock::now());
  line["level"] = "error";
  line["request_id"] = request.request_id;
  line["method"] = request.method;
  line["path"] = request.path;
  line["message"] = message;
  line["what"] = what;
  return boost::json::serialize(line);
}

}  // namespace icity::http
