#include "http/middleware/access_log.hpp"

#include <boost/json.hpp>
#include <cmath>
#include <ctime>

namespace icity::http {

std::string rfc3339_millis(std::chrono::system_clock::time_point at) {
  const auto millis =
      std::chrono::duration_cast<std::chrono::milliseconds>(at.time_since_epoch()).count();
  const std::time_t seconds = static_cast<std::time_t>(millis / 1000);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char buffer[64];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", utc.tm_year + 1900,
                utc.tm_mon + 1, utc.tm_mday, utc.tm_hour, utc.tm_min, utc.tm_sec,
                static_cast<int>(millis % 1000));
  return buffer;
}

std::string access_log_line(const Request& request, unsigned status, double duration_ms,
                            std::size_t bytes, std::chrono::system_clock::time_point at) {
  boost::json::object line;
  line["ts"] = rfc3339_millis(at);
  line["request_id"] = request.request_id;
  line["method"] = request.method;
  line["path"] = request.path;
  line["route"] = request.route;
  line["status"] = status;
  line["duration_ms"] = std::round(duration_ms * 1000.0) / 1000.0;
  line["bytes"] = bytes;
  line["remote"] = request.remote_address;
  if (request.auth.actor.user_id != 0) {
    line["user_id"] = request.auth.actor.user_id;
  } else {
    line["user_id"] = nullptr;
  }
  return boost::json::serialize(line);
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
