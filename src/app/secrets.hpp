// Passwords, session ids and tokens (libsodium). Passwords are hashed with
// Argon2id; random secrets are stored only as their SHA-256.
#pragma once

#include <string>
#include <string_view>

namespace icity::app {

enum class HashCost { kInteractive, kMinimum /* tests and benchmarks only */ };

// Initialises libsodium; call once before anything else here. Thread-safe.
void init_secrets();
std::string hash_password(std::string_view password, HashCost cost);
bool verify_password(std::string_view password, const std::string& hash);
// `bytes` of randomness as URL-safe base64 (no padding).
std::string random_token(std::size_t bytes = 32);
// Hex SHA-256 of `secret`, for storing session ids and API tokens.
std::string digest(std::string_view secret);
// HMAC-SHA-256 of `message` under `key`, its first `bytes` as URL-safe base64.
std::string mac(std::string_view key, std::string_view message, std::size_t bytes = 16);
// Constant-time comparison.
bool same_secret(std::string_view a, std::string_view b);

}  // namespace icity::app
