// Accounts, browser sessions and API tokens. Secrets are stored only as hashes
// (passwords: Argon2id; session ids and tokens: SHA-256, computed in src/app).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/entities.hpp"
#include "store/database.hpp"

namespace icity::store::users {

struct Credentials {
  core::User user;
  std::string password_hash;
  bool disabled = false;
};

struct SessionRow {
  core::User user;
  std::string csrf_token;
  std::string expires_at;
};

std::optional<Credentials> find_by_email(soci::session& sql, const std::string& email);
std::optional<core::User> find(soci::session& sql, core::Id id);
std::int64_t count(soci::session& sql);
// Ids of the enabled partner accounts of an organisation, and of every enabled
// staff or admin account (who hears of what, in src/app).
std::vector<core::Id> partner_ids(soci::session& sql, core::Id organisation_id);
std::vector<core::Id> staff_ids(soci::session& sql);
core::Id insert(Tx& tx, core::User& user, const std::string& password_hash);
void set_locale(Tx& tx, core::Id user_id, const std::string& locale);

void insert_session(Tx& tx, const std::string& id_hash, core::Id user_id,
                    const std::string& csrf_token, const std::string& expires_at);
std::optional<SessionRow> find_session(soci::session& sql, const std::string& id_hash);
void delete_session(Tx& tx, const std::string& id_hash);
void delete_expired_sessions(Tx& tx);

core::Id insert_token(Tx& tx, core::Id user_id, const std::string& name,
                      const std::string& token_hash);
std::optional<core::User> find_by_token(soci::session& sql, const std::string& token_hash);

}  // namespace icity::store::users
