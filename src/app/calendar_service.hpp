// iCalendar feeds (RFC 5545): an event's programme for anyone who may see
// the event, and a person's own feed — every event they registered for (by
// email) — at a private URL: through a registration's private link, or, for a
// signed-in user, a signed feed token that stops working if their email changes.
#pragma once

#include <string>

#include "app/context.hpp"
#include "app/signing_key.hpp"
#include "core/error.hpp"
#include "core/event.hpp"
#include "store/database.hpp"

namespace icity::app {

class CalendarService {
 public:
  CalendarService(store::Database& db, SigningKey& key) : db_(db), key_(key) {}

  // One entry a session (the event itself when it has none), times in the
  // event's time zone; `locale` "zh-CN" or "en" picks the language of titles.
  core::Result<std::string> event_feed(const Context& ctx, core::Id event_id,
                                       const std::string& locale);
  // The registrant's events, opened by the registration's private key.
  core::Result<std::string> registrant_feed(core::Id event_id, core::Id registration_id,
                                            const std::string& key, const std::string& locale);
  // The signed-in user's feed token (for /api/calendar/{token}.ics).
  core::Result<std::string> feed_token(const Context& ctx);
  core::Result<std::string> user_feed(const std::string& token, const std::string& locale);

 private:
  std::string person_feed(soci::session& sql, const std::string& email, const std::string& name,
                          const std::string& locale);
  store::Database& db_;
  SigningKey& key_;
};

}  // namespace icity::app
