// In-app notifications: what happened that concerns a user (an introduction's
// steps, for now). Each user reads and marks only their own. Other services
// deliver notifications inside their own write transaction, so an event and
// its notifications commit or vanish together.
#pragma once

#include <string>
#include <vector>

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/introduction.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

struct NotificationPage {
  core::Page<core::Notification> page;
  std::int64_t unread = 0;  // all the caller's unread, not only this page's
};

struct MarkedRead {
  core::Notification notification;
  std::int64_t unread = 0;
};

class NotificationService {
 public:
  explicit NotificationService(store::Database& db) : db_(db) {}

  // The caller's own, newest first (`query.user_id` is set from the caller).
  core::Result<NotificationPage> list(const Context& ctx, core::NotificationQuery query);
  // 404 for someone else's; marking a read one again changes nothing.
  core::Result<MarkedRead> mark_read(const Context& ctx, core::Id id);
  // Marks every unread one of the caller; the caller's unread count after (0).
  core::Result<std::int64_t> mark_all_read(const Context& ctx);

  // Writes `notice` for each of `users` in `tx`, about `subject_type` `subject_id`,
  // linking to `link`; each is recorded in the change log.
  static void deliver(store::Tx& tx, const std::vector<core::Id>& users, const core::Notice& notice,
                      const std::string& subject_type, core::Id subject_id,
                      const std::string& link);

 private:
  store::Database& db_;
};

}  // namespace icity::app
