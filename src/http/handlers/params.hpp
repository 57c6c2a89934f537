// Reading query parameters and bodies the same way in every handler: a bad
// parameter is a 422 naming it, a bad body a 400 or 422.
#pragma once

#include <boost/json.hpp>
#include <optional>
#include <string>

#include "app/context.hpp"
#include "core/entities.hpp"
#include "core/error.hpp"
#include "http/message.hpp"

namespace icity::http {

// Collects parameter errors; `finish()` fails when any was found.
class Params {
 public:
  explicit Params(const Request& request) : request_(request) {}
  std::string text(std::string_view name, std::size_t max = 200);
  std::optional<std::int64_t> integer(std::string_view name, std::int64_t min, std::int64_t max);
  int limit(int default_limit = 20, int max_limit = 200);
  bool flag(std::string_view name);
  std::string date(std::string_view name);
  void error(std::string_view name, std::string zh, std::string en);
  core::Result<void> finish();

 private:
  const Request& request_;
  std::vector<core::FieldError> errors_;
};

// The id in the path (the parameter `name`), or a 404 (an id that cannot
// exist names nothing).
core::Result<core::Id> path_id(const Request& request, std::string_view name = "id");
core::Result<boost::json::object> json_body(const Request& request);
app::Context context_of(const Request& request);
Response json_response(unsigned status, const boost::json::object& body);
// The private link's key (?key=), at most 100 bytes; "" when absent.
std::string key_of(const Request& request);
// A file to download: private, not cached; named (any UTF-8 name) when `filename` is not empty.
Response file_response(std::string body, std::string content_type, const std::string& filename);
std::string page_json(const boost::json::array& items, const std::optional<std::string>& next);
// 200 {"items": [each(item) …]}: a whole list, not paged.
template <class List, class Each>
Response items_response(const List& list, Each each) {
  boost::json::array items;
  items.reserve(list.size());
  for (const auto& item : list) items.push_back(each(item));
  return json_response(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace icity::http
