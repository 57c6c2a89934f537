// The server's key for signing check-in tokens: made on first use and kept in
// the database, so every node of a cluster signs alike and codes survive a
// restart. Thread-safe.
#pragma once

#include <mutex>
#include <string>

#include "store/database.hpp"

namespace icity::app {

class SigningKey {
 public:
  explicit SigningKey(store::Database& db) : db_(db) {}
  const std::string& get();

 private:
  store::Database& db_;
  std::once_flag once_;
  std::string key_;
};

}  // namespace icity::app
