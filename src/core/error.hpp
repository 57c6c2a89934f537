// Expected failures travel as values: every fallible operation returns
// Result<T>, and the HTTP layer maps Error to problem+json in one place.
//
//   Result<Organisation> r = service.get(id);
//   if (!r) return tl::make_unexpected(r.error());
#pragma once

#include <string>
#include <tl/expected.hpp>
#include <utility>
#include <vector>

#include "core/localized_text.hpp"

namespace icity::core {

// Canonical codes; each maps to exactly one HTTP status in src/http/problem.cpp.
enum class ErrorCode {
  kInvalidArgument,       // validation failed; `fields` names each bad field (422)
  kMalformed,             // the request could not be read at all (400)
  kUnauthenticated,       // who you are is unknown or wrong (401)
  kForbidden,             // known, but not allowed (403)
  kCsrf,                  // unsafe browser request without its CSRF token (403)
  kNotFound,              // (404)
  kMethodNotAllowed,      // (405)
  kConflict,              // stale version or duplicate (409)
  kPayloadTooLarge,       // (413)
  kUnsupportedMediaType,  // (415)
  kRateLimited,           // (429)
  kUnavailable,           // not ready (503)
  kInternal,              // a bug (500)
};

struct FieldError {
  std::string field;      // dotted path: "name.zh", "sectors[2]"
  LocalizedText message;  // what is wrong, in both languages
};

struct Error {
  ErrorCode code = ErrorCode::kInternal;
  LocalizedText detail;
  std::vector<FieldError> fields;

  static Error invalid(std::vector<FieldError> fields);
  static Error malformed(LocalizedText detail);
  static Error unauthenticated(LocalizedText detail);
  static Error forbidden(LocalizedText detail);
  static Error not_found(LocalizedText detail);
  static Error conflict(LocalizedText detail);
  static Error internal(LocalizedText detail);
};

template <class T>
using Result = tl::expected<T, Error>;

inline tl::unexpected<Error> fail(Error e) { return tl::make_unexpected(std::move(e)); }

}  // namespace icity::core
