#include "app/notification_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/introduction_json.hpp"
#include "app/service_errors.hpp"
#include "store/notification_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Notification& n) {
  auto o = to_json(n);
  o["user_id"] = n.user_id;
  return json_text(o);
}

}  // namespace

core::Result<NotificationPage> NotificationService::list(const Context& ctx,
                                                         core::NotificationQuery query) {
  if (!ctx.actor.signed_in() || ctx.actor.user_id <= 0) return core::fail(unauthenticated());
  query.user_id = ctx.actor.user_id;
  NotificationPage out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    out.page = store::notifications::list(sql, db_.backend(), query);
    out.unread = store::notifications::unread_count(sql, query.user_id);
    return {};
  });
  return out;
}

core::Result<MarkedRead> NotificationService::mark_read(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in() || ctx.actor.user_id <= 0) return core::fail(unauthenticated());
  MarkedRead out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto found = store::notifications::find(tx.sql(), id);
    // Someone else's does not exist for the caller.
    if (!found || found->user_id != ctx.actor.user_id) {
      return core::fail(not_found("notification", id));
    }
    const std::string before = snapshot(*found);
    if (store::notifications::mark_read(tx, id)) {
      found->read_at = tx.now();
      tx.changed("notification", id, "read");
      audit(tx, ctx, "read", "notification", id, before, snapshot(*found));
    }
    out.notification = std::move(*found);
    out.unread = store::notifications::unread_count(tx.sql(), ctx.actor.user_id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<std::int64_t> NotificationService::mark_all_read(const Context& ctx) {
  if (!ctx.actor.signed_in() || ctx.actor.user_id <= 0) return core::fail(unauthenticated());
  std::int64_t unread = 0;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    for (auto id : store::notifications::mark_all_read(tx, ctx.actor.user_id)) {
      tx.changed("notification", id, "read");
      audit(tx, ctx, "read", "notification", id, "",
            json_text(boost::json::object{{"id", id}, {"read", true}, {"all", true}}));
    }
    unread = store::notifications::unread_count(tx.sql(), ctx.actor.user_id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return unread;
}

void NotificationService::deliver(store::Tx& tx, const std::vector<core::Id>& users,
                                  const core::Notice& notice, const std::string& subject_type,
                                  core::Id subject_id, const std::string& link) {
  for (auto user : users) {
    core::Notification n;
    n.user_id = user;
    n.kind = notice.kind;
    n.subject_type = subject_type;
    n.subject_id = subject_id;
    n.title = notice.title;
    n.body = notice.body;
    n.link = link;
    store::notifications::insert(tx, n);
    tx.changed("notification", n.id, "create");
  }
}

}  // namespace icity::app
