// A file compiled into the binary (cmake/Embed.cmake): migrations and data.
#pragma once

#include <string_view>
#include <vector>

namespace icity::core {

struct EmbeddedFile {
  std::string_view name;
  std::string_view content;
};

}  // namespace icity::core
