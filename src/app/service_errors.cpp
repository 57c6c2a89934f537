#include "app/service_errors.hpp"

namespace icity::app {

core::Error not_found(const std::string& entity, core::Id id) {
  return core::Error::not_found({"找不到编号为 " + std::to_string(id) + " 的记录(" + entity + ")",
                                 "no " + entity + " with id " + std::to_string(id)});
}

core::Error forbidden(const Context& ctx) {
  if (!ctx.actor.signed_in()) return unauthenticated();
  return core::Error::forbidden({"您的账户无权执行此操作", "your account may not do this"});
}

core::Error unauthenticated() {
  return core::Error::unauthenticated({"请先登录", "sign in first"});
}

core::Error stale(const std::string& entity, core::Id id, std::int64_t current_version) {
  return core::Error::conflict(
      {"该记录已被他人修改(当前版本 " + std::to_string(current_version) + "),请重新加载后再保存",
       "this " + entity + " (" + std::to_string(id) +
           ") changed since you read it; now at version " + std::to_string(current_version) +
           ": reload and try again"});
}

core::Error refused(const Context& ctx) {
  return ctx.actor.signed_in() ? forbidden(ctx) : unauthenticated();
}

}  // namespace icity::app
