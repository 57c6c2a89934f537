#include "app/event_messages.hpp"

namespace icity::app {
namespace {

std::string name_of(const core::LocalizedText& name, const std::string& fallback) {
  if (!name.en.empty()) return name.en;
  return name.zh.empty() ? fallback : name.zh;
}

// "2023-06-05 01:00 UTC": the mailer's readers may be anywhere.
std::string when(const core::Event& e) {
  return e.starts_at.substr(0, 10) + " " + e.starts_at.substr(11, 5) + " UTC";
}

store::outbox::Message message(const std::string& kind, const core::Event& e,
                               const std::string& email, const std::string& name) {
  store::outbox::Message m;
  m.kind = kind;
  m.event_id = e.id;
  m.to_email = email;
  m.to_name = name;
  return m;
}

}  // namespace

std::string registration_link(const core::Registration& r, const std::string& key) {
  return "/events/" + std::to_string(r.event_id) + "/registrations/" + std::to_string(r.id) +
         "?key=" + key;
}

std::string invitation_link(const core::Invitation& i, const std::string& key) {
  return "/events/" + std::to_string(i.event_id) + "/register?invitation=" + key;
}

store::outbox::Message registered_message(const core::Event& e, const core::Registration& r,
                                          const std::string& key) {
  auto m = message(r.status == core::RegistrationStatus::kRegistered ? "registered" : "waitlisted",
                   e, r.email, name_of(r.name, r.email));
  const std::string link = registration_link(r, key);
  if (r.status == core::RegistrationStatus::kRegistered) {
    m.subject = {"报名成功:" + e.title.in("zh"), "You are registered: " + e.title.in("en")};
    m.body = {"您已报名参加「" + e.title.in("zh") + "」(" + when(e) +
                  ")。入场二维码、日历与取消报名:" + link,
              "You are registered for \"" + e.title.in("en") + "\" (" + when(e) +
                  "). Your check-in QR code, calendar and cancellation: " + link};
  } else {
    const std::string pos = std::to_string(r.position);
    m.subject = {"候补名单第 " + pos + " 位:" + e.title.in("zh"),
                 "Waiting list, number " + pos + ": " + e.title.in("en")};
    m.body = {"「" + e.title.in("zh") + "」名额已满,您在候补名单第 " + pos +
                  " 位;有人取消时将按顺序递补并通知您。查看或取消:" + link,
              "\"" + e.title.in("en") + "\" is full: you are number " + pos +
                  " on the waiting list, and will be given a seat in order when someone "
                  "cancels. See or cancel: " +
                  link};
  }
  return m;
}

store::outbox::Message promoted_message(const core::Event& e, const core::Registration& r) {
  auto m = message("promoted", e, r.email, name_of(r.name, r.email));
  m.subject = {"候补转正:" + e.title.in("zh"), "A seat is yours: " + e.title.in("en")};
  m.body = {"有人取消了报名,您已从候补名单转为正式参加「" + e.title.in("zh") + "」(" + when(e) +
                ")。请用报名确认邮件中的链接查看入场二维码。",
            "Someone cancelled: you now have a seat at \"" + e.title.in("en") + "\" (" + when(e) +
                "). Your check-in QR code is on the page your confirmation linked to."};
  return m;
}

store::outbox::Message invitation_message(const core::Event& e, const core::Invitation& i,
                                          const std::string& key, bool reminder) {
  auto m = message(reminder ? "reminder" : "invitation", e, i.email, name_of(i.name, i.email));
  const std::string link = key.empty() ? "" : invitation_link(i, key);
  const std::string zh_title = e.title.in("zh"), en_title = e.title.in("en");
  if (reminder) {
    m.subject = {"提醒:请报名「" + zh_title + "」", "Reminder: register for \"" + en_title + "\""};
    m.body = {
        "您受邀参加「" + zh_title + "」(" + when(e) + "),尚未报名。请使用邀请邮件中的链接报名。",
        "You are invited to \"" + en_title + "\" (" + when(e) +
            ") and have not registered yet: please use the link of your invitation."};
  } else {
    m.subject = {"邀请:" + zh_title, "Invitation: " + en_title};
    m.body = {"诚邀您参加「" + zh_title + "」(" + when(e) + ")。报名链接:" + link,
              "You are invited to \"" + en_title + "\" (" + when(e) + "). Register here: " + link};
  }
  return m;
}

}  // namespace icity::app
