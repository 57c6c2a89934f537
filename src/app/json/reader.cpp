#include "app/json/reader.hpp"

#include <boost/json.hpp>

#include "core/instant.hpp"

namespace icity::app {
namespace json = boost::json;

core::Result<json::object> parse_json_object(std::string_view body) {
  boost::system::error_code ec;
  json::parse_options options;
  options.max_depth = 32;
  json::value v = json::parse(body, ec, {}, options);
  if (ec) {
    return core::fail(core::Error::malformed({"请求正文不是有效的 JSON:" + ec.message(),
                                              "the body is not valid JSON: " + ec.message()}));
  }
  if (!v.is_object()) {
    return core::fail(
        core::Error::malformed({"请求正文应为 JSON 对象", "the body must be a JSON object"}));
  }
  return std::move(v.as_object());
}

JsonReader::JsonReader(const json::object& object, std::vector<core::FieldError>& errors,
                       std::string prefix)
    : object_(object), errors_(errors), prefix_(std::move(prefix)) {}

std::string JsonReader::path(std::string_view key) const {
  if (prefix_.empty()) return std::string(key);
  if (!key.empty() && key.front() == '[') return prefix_ + std::string(key);
  return prefix_ + "." + std::string(key);
}

void JsonReader::error(std::string_view key, std::string zh, std::string en) {
  errors_.push_back({path(key), {std::move(zh), std::move(en)}});
}

void JsonReader::allow(std::initializer_list<std::string_view> fields) {
  for (const auto& [k, v] : object_) {
    bool known = false;
    for (auto f : fields) known = known || f == std::string_view(k);
    if (!known) error(k, "未知字段", "unknown field");
  }
}

bool JsonReader::has(std::string_view key) const { return object_.contains(key); }

bool JsonReader::is_null(std::string_view key) const {
  auto it = object_.find(key);
  return it != object_.end() && it->value().is_null();
}

bool JsonReader::read_string(std::string_view key, std::string& out) {
  const auto& v = object_.at(key);
  if (!v.is_string()) {
    error(key, "应为字符串", "must be a string");
    return false;
  }
  out = std::string(v.as_string());
  return true;
}

void JsonReader::text(std::string_view key, core::LocalizedText& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (v.is_null()) {
    out = {};
    return;
  }
  if (!v.is_object()) {
    error(key, "应为对象 {\"zh\": ..., \"en\": ...}",
          "must be an object {\"zh\": ..., \"en\": ...}");
    return;
  }
  JsonReader inner(v.as_object(), errors_, path(key));
  inner.allow({"zh", "en"});
  core::LocalizedText t;
  inner.string("zh", t.zh, 20000);
  inner.string("en", t.en, 20000);
  out = std::move(t);
}

void JsonReader::string(std::string_view key, std::string& out, std::size_t max_bytes) {
  if (!has(key)) return;
  if (is_null(key)) {
    out.clear();
    return;
  }
  std::string s;
  if (!read_string(key, s)) return;
  if (s.size() > max_bytes) {
    error(key, "过长", "too long");
    return;
  }
  out = std::move(s);
}

void JsonReader::boolean(std::string_view key, bool& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (!v.is_bool()) {
    error(key, "应为 true 或 false", "must be true or false");
    return;
  }
  out = v.as_bool();
}

void JsonReader::version(std::int64_t& out) {
  if (!has("version")) {
    error("version", "必填:请带上读取时的版本号", "required: send the version you read");
  }
  integer("version", out);
}

void JsonReader::integer(std::string_view key, std::int64_t& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (v.is_int64()) {
    out = v.as_int64();
  } else if (v.is_uint64() && v.as_uint64() <= INT64_MAX) {
    out = static_cast<std::int64_t>(v.as_uint64());
  } else {
    error(key, "应为整数", "must be an integer");
  }
}

void JsonReader::optional_integer(std::string_view key, std::optional<std::int64_t>& out) {
  if (!has(key)) return;
  if (is_null(key)) {
    out.reset();
    return;
  }
  std::int64_t v = 0;
  const auto before = errors_.size();
  integer(key, v);
  if (errors_.size() == before) out = v;
}

void JsonReader::optional_id(std::string_view key, std::optional<std::int64_t>& out) {
  std::optional<std::int64_t> v = out;
  const auto before = errors_.size();
  optional_integer(key, v);
  if (errors_.size() != before) return;
  if (v && *v <= 0) {
    error(key, "应为正整数编号", "must be a positive id");
    return;
  }
  out = v;
}

void JsonReader::instant(std::string_view key, std::string& out) {
  std::string raw = out;
  const auto before = errors_.size();
  string(key, raw, 64);
  if (errors_.size() != before || raw == out) return;
  if (raw.empty()) {
    out.clear();
  } else if (auto stored = core::normalise_instant(raw)) {
    out = *stored;
  } else {
    error(key, "时间格式应为 RFC 3339(如 2023-06-05T09:00:00+08:00)",
          "a time in RFC 3339 (such as 2023-06-05T09:00:00+08:00)");
  }
}

void JsonReader::optional_number(std::string_view key, std::optional<double>& out) {
  if (!has(key)) return;
  if (is_null(key)) {
    out.reset();
    return;
  }
  const auto& v = object_.at(key);
  if (v.is_double()) {
    out = v.as_double();
  } else if (v.is_int64()) {
    out = static_cast<double>(v.as_int64());
  } else if (v.is_uint64()) {
    out = static_cast<double>(v.as_uint64());
  } else {
    error(key, "应为数字", "must be a number");
  }
}

void JsonReader::string_list(std::string_view key, std::vector<std::string>& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (!v.is_array()) {
    error(key, "应为字符串数组", "must be an array of strings");
    return;
  }
  std::vector<std::string> items;
  const auto& a = v.as_array();
  if (a.size() > 200) {
    error(key, "项目过多", "too many items");
    return;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (!a[i].is_string()) {
      error(std::string(key) + "[" + std::to_string(i) + "]", "应为字符串", "must be a string");
      continue;
    }
    items.emplace_back(a[i].as_string());
  }
  out = std::move(items);
}

void JsonReader::int_list(std::string_view key, std::vector<int>& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (!v.is_array()) {
    error(key, "应为整数数组", "must be an array of integers");
    return;
  }
  std::vector<int> items;
  const auto& a = v.as_array();
  for (std::size_t i = 0; i < a.size() && i < 200; ++i) {
    if (!a[i].is_int64() || a[i].as_int64() < INT32_MIN || a[i].as_int64() > INT32_MAX) {
      error(std::string(key) + "[" + std::to_string(i) + "]", "应为整数", "must be an integer");
      continue;
    }
    items.push_back(static_cast<int>(a[i].as_int64()));
  }
  out = std::move(items);
}

void JsonReader::id_list(std::string_view key, std::vector<std::int64_t>& out) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (!v.is_array()) {
    error(key, "应为编号数组", "must be an array of ids");
    return;
  }
  std::vector<std::int64_t> items;
  const auto& a = v.as_array();
  for (std::size_t i = 0; i < a.size() && i < 500; ++i) {
    if (!a[i].is_int64() || a[i].as_int64() <= 0) {
      error(std::string(key) + "[" + std::to_string(i) + "]", "应为正整数编号",
            "must be a positive id");
      continue;
    }
    items.push_back(a[i].as_int64());
  }
  out = std::move(items);
}

bool JsonReader::object(std::string_view key, const std::function<void(JsonReader&)>& each) {
  if (!has(key) || is_null(key)) return false;
  const auto& v = object_.at(key);
  if (!v.is_object()) {
    error(key, "应为对象", "must be an object");
    return false;
  }
  JsonReader inner(v.as_object(), errors_, path(key));
  each(inner);
  return true;
}

void JsonReader::objects(std::string_view key, const std::function<void(JsonReader&)>& each) {
  if (!has(key)) return;
  const auto& v = object_.at(key);
  if (!v.is_array()) {
    error(key, "应为对象数组", "must be an array of objects");
    return;
  }
  const auto& a = v.as_array();
  for (std::size_t i = 0; i < a.size() && i < 500; ++i) {
    const std::string item = path(key) + "[" + std::to_string(i) + "]";
    if (!a[i].is_object()) {
      errors_.push_back({item, {"应为对象", "must be an object"}});
      continue;
    }
    JsonReader inner(a[i].as_object(), errors_, item);
    each(inner);
  }
}

void JsonReader::bad_choice(std::string_view key, std::span<const std::string_view> names) {
  std::string list;
  for (auto n : names) list += (list.empty() ? "" : ", ") + std::string(n);
  error(key, "应为以下之一:" + list, "must be one of: " + list);
}

}  // namespace icity::app
