// Moving a case through its workflow, and what staff write on it.
#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/case_files.hpp"
#include "app/case_messages.hpp"
#include "app/case_service.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/service_errors.hpp"
#include "core/instant.hpp"
#include "store/desk_repo.hpp"

namespace icity::app {
namespace {

using Status = core::CaseStatus;

core::Error refusal(const core::CaseMoveCheck& check) {
  if (check.refusal == core::CaseMoveCheck::Refusal::kNotAllowed) {
    return core::Error::forbidden(check.reason);
  }
  return core::Error::conflict(check.reason);
}

std::string actor_name(soci::session& sql, const Context& ctx) {
  if (auto u = store::desk::staff_user(sql, ctx.actor.user_id); u && !u->display_name.empty()) {
    return u->display_name;
  }
  return ctx.actor.email;
}

}  // namespace

core::Result<void> CaseService::apply(store::Tx& tx, const Context& ctx, core::Case& c,
                                      const Move& move) {
  const auto from = c.status;
  core::CaseMove check;
  check.from = from;
  check.to = move.to;
  check.who = move.who;
  check.assignee_named = move.assignee.has_value();
  check.has_message = !move.message.empty();
  // Only what was resolved reopens: a case closed unworked (spam, duplicate) stays closed.
  check.finished_at = c.resolved_at;
  check.now = tx.now();
  check.reopen_days = config_.reopen_days;
  if (auto verdict = core::can_move(check); !verdict) return core::fail(refusal(verdict));

  const auto before = snapshot(c);
  const auto now = core::stored_instant(tx.now());
  if (from == Status::kWaitingOnRequester && move.to != Status::kWaitingOnRequester) {
    // The time spent waiting on the requester does not count against the target.
    if (auto since = core::parse_instant(c.waiting_since)) {
      const auto paused = calendar_.business_minutes_between(*since, now);
      c.due_at = core::format_instant(
          calendar_.add_business_minutes(core::stored_instant(c.due_at), paused));
    }
    c.waiting_since.clear();
  }
  const bool reopen = !core::is_open(from) && move.to == Status::kInProgress;
  if (reopen) {
    const auto service = store::desk::find_service(tx.sql(), c.service_id);
    const std::int64_t minutes = std::int64_t{service ? service->target_hours : 8} * 60;
    c.due_at = core::format_instant(calendar_.add_business_minutes(now, minutes));
    c.resolved_at.clear();
    c.closed_at.clear();
  }
  std::optional<core::UserRef> assignee;
  if (move.to == Status::kAssigned && move.assignee) {
    assignee = store::desk::staff_user(tx.sql(), *move.assignee);
    c.assignee_id = move.assignee;
  }
  if (move.to == Status::kWaitingOnRequester) c.waiting_since = tx.now();
  if (move.to == Status::kResolved) c.resolved_at = tx.now();
  if (move.to == Status::kClosed) c.closed_at = tx.now();
  c.status = move.to;
  if (!store::cases::update(tx, c)) return core::fail(stale("case", c.id, c.version));

  core::CaseStep step;
  step.from = from;
  step.to = move.to;
  step.user_id = ctx.actor.user_id ? std::optional<core::Id>(ctx.actor.user_id) : std::nullopt;
  step.actor = move.who == core::CaseActor::kStaff       ? ctx.actor.email
               : move.who == core::CaseActor::kRequester ? "requester"
                                                         : "system";
  step.assignee = assignee;
  step.message = move.message;
  store::cases::add_step(tx, step, c.id);

  const auto found = store::cases::find(tx.sql(), tx.backend(), c.id);
  if (!found) return core::fail(not_found("case", c.id));
  const auto& view = *found;
  if (assignee && assignee->id != ctx.actor.user_id) {
    NotificationService::deliver(tx, {assignee->id}, assigned_notice(view), "case", c.id,
                                 staff_case_link(c.id));
  }
  if (move.to == Status::kResolved || move.to == Status::kWaitingOnRequester) {
    const auto link = case_link(c.id, link_key(c.id));
    auto message = move.to == Status::kResolved ? resolved_message(view, link, config_.reopen_days)
                                                : waiting_message(view, link, move.message);
    store::outbox::queue(tx, message);
  }
  tx.changed("case", c.id, "update");
  audit(tx, ctx, "transition:" + std::string(core::to_string(move.to)), "case", c.id, before,
        snapshot(c));
  return {};
}

core::Result<StaffCase> CaseService::transition(const Context& ctx, core::Id id,
                                                const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"to", "assignee", "message", "version"});
  Move move;
  if (!in.has("to")) in.error("to", "必填:目标状态", "required: the status to move to");
  in.enumeration("to", move.to, core::parse_case_status, core::case_status_names());
  in.optional_id("assignee", move.assignee);
  in.string("message", move.message, 4000);
  std::optional<std::int64_t> version;
  in.optional_integer("version", version);
  if (move.assignee && move.to != Status::kAssigned) {
    in.error("assignee", "只在分配时填写", "only when assigning (to: assigned)");
  }
  if (move.to == Status::kAssigned && !move.assignee) move.assignee = ctx.actor.user_id;
  key_.get();  // the links in messages need it: made before the transaction
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (move.assignee && move.to == Status::kAssigned &&
        !store::desk::staff_user(tx.sql(), *move.assignee)) {
      errors.push_back(
          {"assignee", {"不是工作人员或管理员的用户编号", "not the id of a staff or admin user"}});
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    auto c = store::cases::find_case(tx.sql(), id);
    if (!c) return core::fail(not_found("case", id));
    if (version && *version != c->version) return core::fail(stale("case", id, c->version));
    return apply(tx, ctx, *c, move);
  });
  if (!r) return core::fail(r.error());
  return get(ctx, id);
}

core::Result<core::CaseMessage> CaseService::note(const Context& ctx, core::Id id,
                                                  const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"internal", "body", "attachments"});
  core::CaseMessage m;
  m.case_id = id;
  m.author = core::MessageAuthor::kStaff;
  if (!in.has("internal")) {
    in.error("internal", "必填:内部备注 (true) 还是给咨询人的回复 (false)",
             "required: an internal note (true) or a reply to the requester (false)");
  }
  in.boolean("internal", m.internal);
  in.string("body", m.body, std::size_t{1} << 20);  // its length is validated below
  for (auto& e : core::validate_message_body(m.body, "body")) errors.push_back(std::move(e));
  auto files = read_attachments(body, errors);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  key_.get();  // the link in the reply's message: made before the transaction
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto c = store::cases::find_case(tx.sql(), id);
    if (!c) return core::fail(not_found("case", id));
    if (!m.internal && !core::is_open(c->status)) {
      return core::fail(core::Error::conflict({"咨询已办结:先重新打开再回复咨询人",
                                               "the case is finished: reopen it before replying"}));
    }
    m.user_id = ctx.actor.user_id;
    m.author_name = actor_name(tx.sql(), ctx);
    store::cases::add_message(tx, m);
    m.attachments = store_attachments(tx, id, m.id, files);
    if (!m.internal) {
      const auto before = snapshot(*c);
      if (c->first_response_at.empty()) {
        c->first_response_at = tx.now();
        if (!store::cases::update(tx, *c)) return core::fail(stale("case", id, c->version));
      }
      const auto view = *store::cases::find(tx.sql(), tx.backend(), id);
      auto message = reply_message(view, case_link(id, link_key(id)));
      store::outbox::queue(tx, message);
      if (before != snapshot(*c)) audit(tx, ctx, "update", "case", id, before, snapshot(*c));
    }
    tx.changed("case", id, "update");
    audit(tx, ctx, m.internal ? "note:internal" : "note:reply", "case_message", m.id, "",
          json_text(to_json(m)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return m;
}

}  // namespace icity::app
