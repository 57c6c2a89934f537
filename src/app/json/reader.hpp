// Reads a JSON request body into entity fields, collecting one FieldError per
// bad field (wrong type, unknown field, bad value) instead of stopping at the
// first, so a form can show them all.
//
//   std::vector<core::FieldError> errors;
//   JsonReader in(object, errors);
//   in.allow({"name", "country"});
//   in.text("name", org.name);
//   in.string("country", org.country);
#pragma once

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <functional>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/localized_text.hpp"

namespace icity::app {

// Parses `body` as one JSON object, or fails with kMalformed.
core::Result<boost::json::object> parse_json_object(std::string_view body);

class JsonReader {
 public:
  JsonReader(const boost::json::object& object, std::vector<core::FieldError>& errors,
             std::string prefix = "");

  // Reports every field of the object not in `fields`.
  void allow(std::initializer_list<std::string_view> fields);
  bool has(std::string_view key) const;

  // Each reads `key` only when present; a wrong type is reported, `out` kept.
  void text(std::string_view key, core::LocalizedText& out);
  void string(std::string_view key, std::string& out, std::size_t max_bytes = 2000);
  void boolean(std::string_view key, bool& out);
  void integer(std::string_view key, std::int64_t& out);
  void optional_id(std::string_view key, std::optional<std::int64_t>& out);
  // The "version" an update must send back (the one it read): reported when absent.
  void version(std::int64_t& out);
  // An integer or null (which clears it).
  void optional_integer(std::string_view key, std::optional<std::int64_t>& out);
  // An RFC 3339 date-time with any offset, stored as core::format_instant
  // writes it; null or "" clears it.
  void instant(std::string_view key, std::string& out);
  // A number or null (which clears it).
  void optional_number(std::string_view key, std::optional<double>& out);
  void string_list(std::string_view key, std::vector<std::string>& out);
  void int_list(std::string_view key, std::vector<int>& out);
  void id_list(std::string_view key, std::vector<std::int64_t>& out);
  // A string that must be one of `names`; `parse` turns it into the value.
  template <class E>
  void enumeration(std::string_view key, E& out, std::optional<E> (*parse)(std::string_view),
                   std::span<const std::string_view> names) {
    std::string raw;
    if (!has(key)) return;
    if (!read_string(key, raw)) return;
    if (auto v = parse(raw)) {
      out = *v;
    } else {
      bad_choice(key, names);
    }
  }
  // Like enumeration, but JSON null or "" clears it.
  template <class E>
  void optional_enumeration(std::string_view key, std::optional<E>& out,
                            std::optional<E> (*parse)(std::string_view),
                            std::span<const std::string_view> names) {
    if (!has(key)) return;
    if (is_null(key)) {
      out.reset();
      return;
    }
    std::string raw;
    if (!read_string(key, raw)) return;
    if (raw.empty()) {
      out.reset();
    } else if (auto v = parse(raw)) {
      out = *v;
    } else {
      bad_choice(key, names);
    }
  }
  // An array of strings, each one of `names` (each bad one reported as key[i]).
  template <class E>
  void enumeration_list(std::string_view key, std::vector<E>& out,
                        std::optional<E> (*parse)(std::string_view),
                        std::span<const std::string_view> names) {
    if (!has(key)) return;
    std::vector<std::string> raw;
    const std::size_t before = errors_.size();
    string_list(key, raw);
    if (errors_.size() != before) return;
    out.clear();
    for (std::size_t i = 0; i < raw.size(); ++i) {
      if (auto v = parse(raw[i])) {
        out.push_back(*v);
      } else {
        bad_choice(std::string(key) + "[" + std::to_string(i) + "]", names);
      }
    }
  }
  // Calls `each` with a reader for the object at `key`; false when it is
  // absent, null or not an object (reported).
  bool object(std::string_view key, const std::function<void(JsonReader&)>& each);
  // Calls `each` with a reader for every object in the array at `key`.
  void objects(std::string_view key, const std::function<void(JsonReader&)>& each);

  void error(std::string_view key, std::string zh, std::string en);
  std::string path(std::string_view key) const;

 private:
  bool read_string(std::string_view key, std::string& out);
  bool is_null(std::string_view key) const;
  void bad_choice(std::string_view key, std::span<const std::string_view> names);
  const boost::json::object& object_;
  std::vector<core::FieldError>& errors_;
  std::string prefix_;
};

}  // namespace icity::app
