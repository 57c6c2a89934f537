// The OpenAPI 3.1 description (openapi.yaml at the repository root), compiled in.
#pragma once

#include <string_view>
#include <vector>

#include "core/embedded_file.hpp"

namespace icity::http {
namespace openapi_files {
const std::vector<core::EmbeddedFile>& files();
}
std::string_view openapi_document();
}  // namespace icity::http
