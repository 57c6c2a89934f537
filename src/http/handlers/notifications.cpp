// /api/notifications: the caller's own in-app notifications, and marking them read.
#include <boost/json.hpp>

#include "app/json/introduction_json.hpp"
#include "http/handlers/handlers.hpp"
#include "http/handlers/params.hpp"

namespace icity::http {

void register_notifications(Router& router, app::App& app) {
  router.add("GET", "/api/notifications", [&app](Request& request) -> HandlerResult {
    Params p(request);
    core::NotificationQuery q;
    q.unread_only = p.flag("unread");
    q.limit = p.limit();
    q.cursor = p.text("cursor", 2048);
    if (auto r = p.finish(); !r) return core::fail(r.error());
    auto answer = app.notifications().list(context_of(request), q);
    if (!answer) return core::fail(answer.error());
    boost::json::array items;
    for (const auto& n : answer->page.items) items.push_back(app::to_json(n));
    boost::json::object body{{"items", std::move(items)}, {"unread", answer->unread}};
    body["next_cursor"] = answer->page.next_cursor ? boost::json::value(*answer->page.next_cursor)
                                                   : boost::json::value(nullptr);
    return json_response(200, body);
  });
  router.add("POST", "/api/notifications/read-all", [&app](Request& request) -> HandlerResult {
    auto unread = app.notifications().mark_all_read(context_of(request));
    if (!unread) return core::fail(unread.error());
    return json_response(200, {{"unread", *unread}});
  });
  router.add("POST", "/api/notifications/{id}/read", [&app](Request& request) -> HandlerResult {
    auto id = path_id(request);
    if (!id) return core::fail(id.error());
    auto marked = app.notifications().mark_read(context_of(request), *id);
    if (!marked) return core::fail(marked.error());
    return json_response(
        200, {{"notification", app::to_json(marked->notification)}, {"unread", marked->unread}});
  });
}

}  // namespace icity::http
