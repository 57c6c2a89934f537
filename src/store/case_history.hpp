// Cases written in bulk with their history and conversation, as they stand
// (their own times, not the transaction's): the demo world's generated desk
// history and benchmarks. One transaction per call; on PostgreSQL each table
// goes in by COPY, on SQLite by one prepared statement per table.
//
//   std::vector<store::cases::HistoryCase> batch = ...;  // ids unset
//   store::cases::add_history(db, batch);                 // ids set
#pragma once

#include <vector>

#include "core/desk.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::store::cases {

struct HistoryCase {
  core::Case value;                         // version 1; created_at, updated_at and due_at as given
  std::vector<core::CaseStep> steps;        // oldest first, `at` as given
  std::vector<core::CaseMessage> messages;  // oldest first, `created_at` as given
};

// Inserts the batch in one transaction (with its change_log rows and one audit
// entry); sets the ids of cases, steps and messages.
core::Result<void> add_history(Database& db, std::vector<HistoryCase>& batch);

}  // namespace icity::store::cases
