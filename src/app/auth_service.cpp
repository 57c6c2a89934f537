#include "app/auth_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <boost/json.hpp>
#include <ctime>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "core/validation.hpp"
#include "store/organisation_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {
namespace {

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string rfc3339_in(std::chrono::seconds from_now) {
  const std::time_t t = std::time(nullptr) + from_now.count();
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S.000Z", &tm);
  return buf;
}

core::Error bad_login() {
  return core::Error::unauthenticated({"邮箱或密码不正确", "wrong email or password"});
}

}  // namespace

core::Actor actor_of(const core::User& user) {
  core::Actor a;
  a.user_id = user.id;
  a.role = user.role;
  a.organisation_id = user.organisation_id;
  a.email = user.email;
  return a;
}

AuthService::AuthService(store::Database& db, HashCost cost, std::chrono::seconds session_ttl)
    : db_(db),
      cost_(cost),
      session_ttl_(session_ttl),
      per_account_(5, std::chrono::minutes(15)),
      per_address_(30, std::chrono::minutes(15)),
      dummy_hash_(hash_password(random_token(16), cost)) {}

core::Result<LoginResult> AuthService::login(const std::string& email_in,
                                             const std::string& password,
                                             const std::string& remote_address,
                                             const std::string& previous_session,
                                             const std::string& request_id) {
  const std::string email = lower(email_in);
  const std::string account_key = "account:" + email;
  const std::string address_key = "address:" + remote_address;
  if (per_account_.blocked(account_key) || per_address_.blocked(address_key)) {
    return core::fail(core::Error{
        core::ErrorCode::kRateLimited,
        {"登录失败次数过多,请 15 分钟后再试", "too many failed logins; try again in 15 minutes"},
        {}});
  }
  std::optional<store::users::Credentials> creds;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    creds = store::users::find_by_email(sql, email);
    return {};
  });
  const bool ok = creds ? verify_password(password, creds->password_hash)
                        : (verify_password(password, dummy_hash_), false);
  if (!ok || creds->disabled) {
    per_account_.failed(account_key);
    per_address_.failed(address_key);
    return core::fail(bad_login());
  }
  per_account_.succeeded(account_key);
  LoginResult result{creds->user, random_token(), random_token()};
  Context ctx{actor_of(creds->user), request_id};
  auto written = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (!previous_session.empty()) store::users::delete_session(tx, digest(previous_session));
    store::users::delete_expired_sessions(tx);
    store::users::insert_session(tx, digest(result.session_token), creds->user.id,
                                 result.csrf_token, rfc3339_in(session_ttl_));
    audit(tx, ctx, "login", "user", creds->user.id, "",
          json_text(boost::json::object{{"remote_address", remote_address}}));
    return {};
  });
  if (!written) return core::fail(written.error());
  return result;
}

core::Result<void> AuthService::logout(const std::string& session_token, const Context& ctx) {
  return db_.write([&](store::Tx& tx) -> core::Result<void> {
    store::users::delete_session(tx, digest(session_token));
    if (ctx.actor.user_id != 0) audit(tx, ctx, "logout", "user", ctx.actor.user_id, "", "");
    return {};
  });
}

std::optional<SessionAuth> AuthService::session(const std::string& session_token) {
  if (session_token.empty() || session_token.size() > 128) return std::nullopt;
  std::optional<store::users::SessionRow> row;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    row = store::users::find_session(sql, digest(session_token));
    return {};
  });
  if (!row || row->expires_at < store::Database::now_rfc3339()) return std::nullopt;
  return SessionAuth{actor_of(row->user), row->csrf_token};
}

std::optional<core::Actor> AuthService::bearer(const std::string& token) {
  if (token.empty() || token.size() > 128) return std::nullopt;
  std::optional<core::User> user;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    user = store::users::find_by_token(sql, digest(token));
    return {};
  });
  if (!user) return std::nullopt;
  return actor_of(*user);
}

core::Result<AuthService::IssuedToken> AuthService::create_token(const Context& ctx,
                                                                 const std::string& name) {
  if (!ctx.actor.signed_in()) {
    return core::fail(core::Error::unauthenticated({"请先登录", "sign in first"}));
  }
  if (name.empty() || name.size() > 100) {
    return core::fail(core::Error::invalid(
        {{"name", {"请填写 1 到 100 字节的名称", "give a name of 1 to 100 bytes"}}}));
  }
  IssuedToken issued{0, name, random_token()};
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    issued.id = store::users::insert_token(tx, ctx.actor.user_id, name, digest(issued.token));
    audit(tx, ctx, "create", "api_token", issued.id, "",
          json_text(boost::json::object{{"name", name}, {"user_id", ctx.actor.user_id}}));
    return {};
  });
  if (!r) return core::fail(r.error());
  return issued;
}

core::Result<core::User> AuthService::me(const Context& ctx) {
  if (!ctx.actor.signed_in()) {
    return core::fail(core::Error::unauthenticated({"未登录", "not signed in"}));
  }
  std::optional<core::User> user;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    user = store::users::find(sql, ctx.actor.user_id);
    return {};
  });
  if (!user) return core::fail(core::Error::unauthenticated({"账户不存在", "no such account"}));
  return *user;
}

core::Result<core::User> AuthService::set_locale(const Context& ctx, const std::string& locale) {
  if (locale != "zh-CN" && locale != "en") {
    return core::fail(
        core::Error::invalid({{"locale", {"应为 zh-CN 或 en", "must be zh-CN or en"}}}));
  }
  auto user = me(ctx);
  if (!user) return user;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    store::users::set_locale(tx, ctx.actor.user_id, locale);
    audit(tx, ctx, "update", "user", ctx.actor.user_id,
          json_text(boost::json::object{{"locale", user->locale}}),
          json_text(boost::json::object{{"locale", locale}}));
    return {};
  });
  if (!r) return core::fail(r.error());
  user->locale = locale;
  return user;
}

core::Result<core::User> AuthService::add_user(const NewUser& in, const Context& ctx) {
  std::vector<core::FieldError> errors;
  const std::string email = lower(in.email);
  if (!core::is_valid_email(email)) {
    errors.push_back({"email", {"不是有效的电子邮箱", "not a valid email address"}});
  }
  if (in.password.size() < 10 || in.password.size() > 1000) {
    errors.push_back({"password", {"密码至少 10 个字符", "a password has at least 10 characters"}});
  }
  if (in.role == core::Role::kPartner && !in.organisation_id) {
    errors.push_back({"organisation_id",
                      {"合作伙伴账户须绑定一个机构", "a partner account needs its organisation"}});
  }
  if (in.role == core::Role::kPublic) {
    errors.push_back({"role", {"应为 admin、staff 或 partner", "must be admin, staff or partner"}});
  }
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  core::User user;
  user.email = email;
  user.role = in.role;
  user.organisation_id = in.organisation_id;
  user.display_name = in.display_name.empty() ? email.substr(0, email.find('@')) : in.display_name;
  const std::string hash = hash_password(in.password, cost_);
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (store::users::find_by_email(tx.sql(), email)) {
      return core::fail(
          core::Error::conflict({"该邮箱已有账户", "an account with this email exists"}));
    }
    if (user.organisation_id &&
        !store::organisations::missing(tx.sql(), {*user.organisation_id}).empty()) {
      return core::fail(
          core::Error::invalid({{"organisation_id", {"机构不存在", "no such organisation"}}}));
    }
    store::users::insert(tx, user, hash);
    tx.changed("user", user.id, "create");
    audit(tx, ctx, "create", "user", user.id, "", json_text(to_json(user)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return user;
}

std::int64_t AuthService::user_count() {
  std::int64_t n = 0;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    n = store::users::count(sql);
    return {};
  });
  return n;
}

}  // namespace icity::app
