#include "core/error.hpp"

namespace icity::core {

Error Error::invalid(std::vector<FieldError> fields) {
  return {
      ErrorCode::kInvalidArgument,
      {"提交的数据有误,请更正标出的字段。", "Some fields are invalid; correct the fields listed."},
      std::move(fields)};
}
Error Error::malformed(LocalizedText detail) {
  return {ErrorCode::kMalformed, std::move(detail), {}};
}
Error Error::unauthenticated(LocalizedText detail) {
  return {ErrorCode::kUnauthenticated, std::move(detail), {}};
}
Error Error::forbidden(LocalizedText detail) {
  return {ErrorCode::kForbidden, std::move(detail), {}};
}
Error Error::not_found(LocalizedText detail) {
  return {ErrorCode::kNotFound, std::move(detail), {}};
}
Error Error::conflict(LocalizedText detail) {
  return {ErrorCode::kConflict, std::move(detail), {}};
}
Error Error::internal(LocalizedText detail) {
  return {ErrorCode::kInternal, std::move(detail), {}};
}

}  // namespace icity::core
