// Numbered SQL migrations compiled into the binary (src/store/migrations/*.sql),
// applied in order, each in its own transaction, at start and by `icity migrate`.
#pragma once

#include <vector>

#include "core/embedded_file.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::store {

namespace migration_files {
const std::vector<core::EmbeddedFile>& files();
}

struct MigrationReport {
  int applied = 0;          // newly applied now
  int current_version = 0;  // highest applied
};

core::Result<MigrationReport> migrate(Database& db);

// The SQL of one migration for a backend: placeholders replaced, split into
// statements. Exposed for tests.
std::vector<std::string> migration_statements(std::string_view sql, Backend backend);

}  // namespace icity::store
