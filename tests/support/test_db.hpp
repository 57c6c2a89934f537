// Fresh, real databases for tests: a temporary SQLite file, or a new database
// on the throwaway PostgreSQL that scripts/test starts (ICITY_TEST_PG_URL).
// Never a mock.
#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace icity::testing {

enum class Db { kSqlite, kPostgres };

// Both when ICITY_TEST_PG_URL is set, else SQLite only (and a notice on stderr).
std::vector<Db> backends();
std::string name_of(Db db);
// How GoogleTest prints the parameter in test names and failures.
inline void PrintTo(Db db, std::ostream* os) { *os << (db == Db::kSqlite ? "SQLite" : "PostgreSQL"); }
// A new empty database's URL.
std::string fresh_database_url(Db db);
// A new empty directory under the system temp dir.
std::string temp_dir(const std::string& prefix);

}  // namespace icity::testing
