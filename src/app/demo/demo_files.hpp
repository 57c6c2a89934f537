// The demo world's data files (data/demo/*.json), compiled into the binary.
#pragma once

#include <vector>

#include "core/embedded_file.hpp"

namespace icity::app::demo_files {
const std::vector<core::EmbeddedFile>& files();
}
