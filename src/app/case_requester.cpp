// What the requester does through the private link: read, reply, confirm or
// reopen, rate; and the files of a case.
#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/case_files.hpp"
#include "app/case_messages.hpp"
#include "app/case_service.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/secrets.hpp"
#include "app/service_errors.hpp"
#include "store/desk_repo.hpp"

namespace icity::app {
namespace {

using Status = core::CaseStatus;

bool finished(Status s) { return s == Status::kResolved || s == Status::kClosed; }

// Who hears of the requester's word: the assignee, or else the team.
std::vector<core::Id> staff_concerned(soci::session& sql, const core::Case& c) {
  if (c.assignee_id) return {*c.assignee_id};
  std::vector<core::Id> out;
  if (c.team_id) {
    if (auto team = store::desk::find_team(sql, *c.team_id)) {
      for (const auto& m : team->members) out.push_back(m.id);
    }
  }
  return out;
}

}  // namespace

core::Result<core::Case> CaseService::keyed(soci::session& sql, core::Id id,
                                            const std::string& key) {
  auto c = store::cases::find_case(sql, id);
  if (!c || key.empty() || !same_secret(digest(key), c->key_digest)) {
    return core::fail(not_found("case", id));
  }
  return *c;
}

PublicCase CaseService::public_of(core::CaseView view) const {
  PublicCase out;
  std::erase_if(view.messages, [](const core::CaseMessage& m) { return m.internal; });
  const auto status = view.value.status;
  out.reopen_until = reopen_until(view.value);
  out.can_reply = core::is_open(status);
  out.can_confirm = status == Status::kResolved;
  out.can_reopen = finished(status) && !out.reopen_until.empty() &&
                   store::Database::now_rfc3339() <= out.reopen_until;
  out.can_rate = finished(status) && !view.value.satisfaction;
  out.view = std::move(view);
  return out;
}

core::Result<PublicCase> CaseService::public_view(core::Id id, const std::string& key) {
  auto view = db_.read_value([&](soci::session& sql) -> core::Result<core::CaseView> {
    auto c = keyed(sql, id, key);
    if (!c) return core::fail(c.error());
    return *store::cases::find(sql, db_.backend(), id);
  });
  if (!view) return core::fail(view.error());
  if (!*view) return core::fail(view->error());
  return public_of(std::move(**view));
}

core::Result<core::CaseMessage> CaseService::reply(const Context& ctx, core::Id id,
                                                   const std::string& key,
                                                   const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"body", "attachments"});
  core::CaseMessage m;
  m.case_id = id;
  m.author = core::MessageAuthor::kRequester;
  in.string("body", m.body, std::size_t{1} << 20);  // its length is validated below
  for (auto& e : core::validate_message_body(m.body, "body")) errors.push_back(std::move(e));
  auto files = read_attachments(body, errors);
  key_.get();  // messages carry the link: the key is made before the transaction
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto c = keyed(tx.sql(), id, key);
    if (!c) return core::fail(c.error());
    if (!core::is_open(c->status)) {
      return core::fail(core::Error::conflict({"咨询已办结:如问题仍未解决,请重新打开",
                                               "the case is resolved: reopen it if it is not"}));
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    m.author_name = c->contact.name;
    store::cases::add_message(tx, m);
    m.attachments = store_attachments(tx, id, m.id, files);
    if (c->status == Status::kWaitingOnRequester) {
      Move back;
      back.to = Status::kInProgress;
      back.who = core::CaseActor::kRequester;
      if (auto moved = apply(tx, ctx, *c, back); !moved) return moved;
    }
    const auto view = *store::cases::find(tx.sql(), tx.backend(), id);
    NotificationService::deliver(tx, staff_concerned(tx.sql(), *c), requester_reply_notice(view),
                                 "case", id, staff_case_link(id));
    tx.changed("case", id, "update");
    audit(tx, ctx, "reply", "case_message", m.id, "", json_text(to_json(m)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return m;
}

core::Result<PublicCase> CaseService::requester_transition(const Context& ctx, core::Id id,
                                                           const std::string& key,
                                                           const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"to", "message"});
  Move move;
  move.who = core::CaseActor::kRequester;
  if (!in.has("to"))
    in.error("to", "必填:closed(确认办结)或 in_progress(重新打开)",
             "required: closed (confirm) or in_progress (reopen)");
  in.enumeration("to", move.to, core::parse_case_status, core::case_status_names());
  in.string("message", move.message, 4000);
  if (move.to == Status::kInProgress && move.message.empty() && in.has("to")) {
    in.error("message", "重新打开时请说明还有什么问题", "say what is still wrong when reopening");
  }
  key_.get();  // messages carry the link: the key is made before the transaction
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto c = keyed(tx.sql(), id, key);
    if (!c) return core::fail(c.error());
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (auto moved = apply(tx, ctx, *c, move); !moved) return moved;
    if (!move.message.empty()) {
      core::CaseMessage m;
      m.case_id = id;
      m.author = core::MessageAuthor::kRequester;
      m.author_name = c->contact.name;
      m.body = move.message;
      store::cases::add_message(tx, m);
    }
    if (move.to == Status::kInProgress) {
      const auto view = *store::cases::find(tx.sql(), tx.backend(), id);
      NotificationService::deliver(tx, staff_concerned(tx.sql(), *c), requester_reply_notice(view),
                                   "case", id, staff_case_link(id));
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  return public_view(id, key);
}

core::Result<PublicCase> CaseService::rate(const Context& ctx, core::Id id, const std::string& key,
                                           const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"score", "comment"});
  std::int64_t score = 0;
  std::string comment;
  if (!in.has("score")) in.error("score", "必填:1 到 5", "required: 1 to 5");
  in.integer("score", score);
  in.string("comment", comment, std::size_t{1} << 20);  // validated below
  for (auto& e :
       core::validate_rating(static_cast<int>(std::clamp<std::int64_t>(score, -1, 99)), comment)) {
    errors.push_back(std::move(e));
  }
  key_.get();  // messages carry the link: the key is made before the transaction
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto c = keyed(tx.sql(), id, key);
    if (!c) return core::fail(c.error());
    if (!finished(c->status)) {
      return core::fail(
          core::Error::conflict({"办结之后才能评分", "a case is rated once it is resolved"}));
    }
    if (c->satisfaction) {
      return core::fail(core::Error::conflict({"已经评过分了", "it is rated already"}));
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    const auto before = snapshot(*c);
    c->satisfaction = core::Satisfaction{static_cast<int>(score), comment, tx.now()};
    if (!store::cases::update(tx, *c)) return core::fail(stale("case", id, c->version));
    tx.changed("case", id, "update");
    audit(tx, ctx, "rate", "case", id, before, snapshot(*c));
    return {};
  });
  if (!r) return core::fail(r.error());
  return public_view(id, key);
}

core::Result<store::cases::StoredFile> CaseService::attachment(const Context& ctx, core::Id id,
                                                               core::Id attachment_id,
                                                               const std::string& key) {
  const bool staff = ctx.actor.is_staff();
  auto file = db_.read_value([&](soci::session& sql) -> core::Result<store::cases::StoredFile> {
    if (!staff) {
      if (auto c = keyed(sql, id, key); !c) return core::fail(c.error());
    }
    auto f = store::cases::attachment(sql, id, attachment_id);
    if (!f || (f->internal && !staff)) return core::fail(not_found("attachment", attachment_id));
    return *f;
  });
  if (!file) return core::fail(file.error());
  return *file;
}

}  // namespace icity::app
