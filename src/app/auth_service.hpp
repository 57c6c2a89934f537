// Accounts and sign-in: password login with browser sessions (HttpOnly
// cookie + CSRF token), bearer tokens for scripts, and account creation.
// Failed logins are rate-limited per account and per address.
#pragma once

#include <chrono>
#include <optional>
#include <string>

#include "app/context.hpp"
#include "app/rate_limiter.hpp"
#include "app/secrets.hpp"
#include "core/entities.hpp"
#include "core/error.hpp"
#include "store/database.hpp"

namespace icity::app {

struct LoginResult {
  core::User user;
  std::string session_token;  // goes into the cookie; stored only hashed
  std::string csrf_token;
};

struct SessionAuth {
  core::Actor actor;
  std::string csrf_token;
};

struct NewUser {
  std::string email;
  core::Role role = core::Role::kStaff;
  std::optional<core::Id> organisation_id;
  std::string display_name;
  std::string password;
};

class AuthService {
 public:
  AuthService(store::Database& db, HashCost cost,
              std::chrono::seconds session_ttl = std::chrono::hours(12));

  // `previous_session`: the cookie the browser sent, if any; it is ended, so
  // a session id never survives a login (no fixation).
  core::Result<LoginResult> login(const std::string& email, const std::string& password,
                                  const std::string& remote_address,
                                  const std::string& previous_session,
                                  const std::string& request_id);
  core::Result<void> logout(const std::string& session_token, const Context& ctx);
  std::optional<SessionAuth> session(const std::string& session_token);
  std::optional<core::Actor> bearer(const std::string& token);

  struct IssuedToken {
    core::Id id = 0;
    std::string name;
    std::string token;
  };
  core::Result<IssuedToken> create_token(const Context& ctx, const std::string& name);
  core::Result<core::User> me(const Context& ctx);
  core::Result<core::User> set_locale(const Context& ctx, const std::string& locale);
  // Creates an account (CLI, demo). Validates email, role/organisation and password length.
  core::Result<core::User> add_user(const NewUser& user, const Context& ctx);
  std::int64_t user_count();

 private:
  store::Database& db_;
  HashCost cost_;
  std::chrono::seconds session_ttl_;
  RateLimiter per_account_;
  RateLimiter per_address_;
  std::string dummy_hash_;  // verified against for unknown emails: same timing
};

core::Actor actor_of(const core::User& user);

}  // namespace icity::app
