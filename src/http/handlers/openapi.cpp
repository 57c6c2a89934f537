#include "http/handlers/openapi.hpp"

namespace icity::http {

std::string_view openapi_document() { return openapi_files::files().front().content; }

}  // namespace icity::http
