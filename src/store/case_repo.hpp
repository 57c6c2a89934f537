// The service desk's cases: the case itself, its steps (history), its
// conversation and its attachments, the queues and their counts.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/desk.hpp"
#include "store/database.hpp"

namespace icity::store::cases {

core::Id insert(Tx& tx, core::Case& c);
bool update(Tx& tx, core::Case& c);  // false: stale version
// Sets the digest of the private link's key of a case just inserted (no new version).
void set_key_digest(Tx& tx, core::Id id, const std::string& digest);
// The case with its names, conversation (internal notes too), attachments and history.
std::optional<core::CaseView> find(soci::session& sql, Backend backend, core::Id id);
// Just the row, for a write that then checks and updates it.
std::optional<core::Case> find_case(soci::session& sql, core::Id id);
// One page of a queue, with the names of service, team and assignee.
core::Page<core::CaseView> list(soci::session& sql, Backend backend, const core::CaseQuery& query);
core::CaseCounts counts(soci::session& sql, Backend backend, core::Id caller,
                        const std::string& now);
// Open cases in order of their due date, soonest first, `limit` at most.
std::vector<core::CaseView> open_by_due(soci::session& sql, Backend backend, int limit);

// The conversation and the history (case_conversation_repo.cpp).
core::Id add_step(Tx& tx, core::CaseStep& step, core::Id case_id);
core::Id add_message(Tx& tx, core::CaseMessage& message);

struct StoredFile {
  core::AttachmentInfo info;
  bool internal = false;  // attached to an internal note
  std::string content_base64;
};
core::AttachmentInfo add_attachment(Tx& tx, core::Id case_id, std::optional<core::Id> message_id,
                                    const StoredFile& file, const std::string& sha256);
std::optional<StoredFile> attachment(soci::session& sql, core::Id case_id, core::Id attachment_id);

// Fills the messages (with their attachments), the request's attachments and the history.
void load_conversation(soci::session& sql, core::CaseView& view);

}  // namespace icity::store::cases
