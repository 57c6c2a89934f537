// The intake and what staff read: queues, counts, escalations, one case.
#include "app/case_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/case_files.hpp"
#include "app/case_messages.hpp"
#include "app/json/desk_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/secrets.hpp"
#include "app/service_errors.hpp"
#include "core/instant.hpp"
#include "store/desk_repo.hpp"

namespace icity::app {
namespace {

// At risk: less than this share of the target left.
constexpr double kAtRiskShare = 0.25;
// How many open cases the escalation list looks at, soonest due first.
constexpr int kEscalationScan = 2000;

core::Error rate_limited() {
  return core::Error{
      core::ErrorCode::kRateLimited,
      {"提交过于频繁,请稍后再试", "too many requests from this address: try again later"},
      {}};
}

void read_intake(JsonReader& in, core::Case& c) {
  in.allow({"service_id", "contact", "language", "subject", "description", "attachments"});
  std::int64_t service = 0;
  in.integer("service_id", service);
  c.service_id = service;
  in.object("contact", [&](JsonReader& contact) {
    contact.allow({"name", "email", "phone", "organisation", "country"});
    contact.string("name", c.contact.name, 400);
    contact.string("email", c.contact.email, 400);
    contact.string("phone", c.contact.phone, 64);
    contact.string("organisation", c.contact.organisation, 400);
    contact.string("country", c.contact.country, 8);
  });
  in.string("language", c.language, 8);
  in.string("subject", c.subject, 1000);
  in.string("description", c.description, std::size_t{1} << 20);  // validated by core
}

}  // namespace

std::string CaseService::link_key(core::Id id) {
  return mac(key_.get(), "case-link." + std::to_string(id), 18);
}

std::int64_t CaseService::intake_retry_after(const std::string& address) {
  return intakes_->retry_after(address).count();
}

core::Result<IntakeAnswer> CaseService::intake(const Context& ctx, const std::string& address,
                                               const boost::json::object& body) {
  if (!intakes_->take(address)) return core::fail(rate_limited());
  key_.get();  // made (a write of its own) before the intake's transaction
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Case c;
  c.language.clear();
  read_intake(in, c);
  if (!in.has("language")) c.language = "zh";
  for (auto& e : core::validate_intake(c, reference_)) errors.push_back(std::move(e));
  auto files = read_attachments(body, errors);
  IntakeAnswer answer;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    const auto service = store::desk::find_service(tx.sql(), c.service_id);
    if (c.service_id > 0 && (!service || !service->active)) {
      errors.push_back({"service_id", {"没有这项服务", "no such service"}});
    }
    if (!errors.empty() || !service) return core::fail(core::Error::invalid(std::move(errors)));
    c.team_id = service->team_id;
    c.due_at = core::format_instant(calendar_.add_business_minutes(
        core::stored_instant(tx.now()), std::int64_t{service->target_hours} * 60));
    c.key_digest = "-";
    store::cases::insert(tx, c);
    answer.key = link_key(c.id);
    c.key_digest = digest(answer.key);
    store::cases::set_key_digest(tx, c.id, c.key_digest);
    core::CaseStep step;
    step.to = core::CaseStatus::kNew;
    step.actor = "requester";
    store::cases::add_step(tx, step, c.id);
    store_attachments(tx, c.id, std::nullopt, files);
    answer.view = *store::cases::find(tx.sql(), tx.backend(), c.id);
    auto message = received_message(answer.view, case_link(c.id, answer.key));
    store::outbox::queue(tx, message);
    std::vector<core::Id> team;
    if (const auto found = store::desk::find_team(tx.sql(), service->team_id)) {
      for (const auto& m : found->members) team.push_back(m.id);
    }
    NotificationService::deliver(tx, team, new_case_notice(answer.view), "case", c.id,
                                 staff_case_link(c.id));
    tx.changed("case", c.id, "create");
    audit(tx, ctx, "create", "case", c.id, "", snapshot(c));
    return {};
  });
  if (!r) {
    intakes_->give_back(address);  // only the requests accepted count
    return core::fail(r.error());
  }
  return answer;
}

core::Result<core::Page<core::CaseView>> CaseService::list(const Context& ctx,
                                                           core::CaseQuery query) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  query.caller = ctx.actor.user_id;
  query.now = store::Database::now_rfc3339();
  return db_.read_value([&](soci::session& sql) {
    if (query.queue == core::CaseQueue::kTeam)
      query.caller_teams = store::desk::teams_of(sql, query.caller);
    return store::cases::list(sql, db_.backend(), query);
  });
}

core::Result<core::CaseCounts> CaseService::counts(const Context& ctx) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  const auto now = store::Database::now_rfc3339();
  return db_.read_value([&](soci::session& sql) {
    return store::cases::counts(sql, db_.backend(), ctx.actor.user_id, now);
  });
}

core::Result<std::vector<Escalation>> CaseService::escalations(const Context& ctx) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  const auto now_text = store::Database::now_rfc3339();
  const auto now = core::stored_instant(now_text);
  auto open = db_.read_value([&](soci::session& sql) {
    return store::cases::open_by_due(sql, db_.backend(), kEscalationScan);
  });
  if (!open) return core::fail(open.error());
  std::vector<Escalation> late, at_risk;
  for (auto& v : *open) {
    const auto due = core::stored_instant(v.value.due_at);
    if (v.value.due_at < now_text) {
      late.push_back({std::move(v), true, calendar_.business_minutes_between(due, now)});
      continue;
    }
    const auto left = calendar_.business_minutes_between(now, due);
    if (left < static_cast<std::int64_t>(kAtRiskShare * v.target_hours * 60)) {
      at_risk.push_back({std::move(v), false, left});
    }
  }
  late.insert(late.end(), std::make_move_iterator(at_risk.begin()),
              std::make_move_iterator(at_risk.end()));
  return late;
}

std::string CaseService::reopen_until(const core::Case& c) const {
  if (core::is_open(c.status) || c.resolved_at.empty()) return "";
  auto at = core::parse_instant(c.resolved_at);  // a case closed unworked does not reopen
  if (!at) return "";
  return core::format_instant(*at + std::int64_t{config_.reopen_days} * 24 * 3600 * 1000);
}

core::Result<StaffCase> CaseService::get(const Context& ctx, core::Id id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  auto view = db_.read_value([&](soci::session& sql) -> core::Result<core::CaseView> {
    auto found = store::cases::find(sql, db_.backend(), id);
    if (!found) return core::fail(not_found("case", id));
    return std::move(*found);
  });
  if (!view) return core::fail(view.error());
  if (!*view) return core::fail(view->error());
  StaffCase out{std::move(**view), "", {}, std::nullopt, false};
  const auto& c = out.view.value;
  out.reopen_until = reopen_until(c);
  out.next = core::next_statuses(c.status, core::CaseActor::kStaff);
  if (core::is_open(c.status)) {
    out.clock_stopped = !c.waiting_since.empty();
    const auto until = core::stored_instant(
        out.clock_stopped ? c.waiting_since : store::Database::now_rfc3339());
    const auto due = core::stored_instant(c.due_at);
    out.minutes_left = due >= until ? calendar_.business_minutes_between(until, due)
                                    : -calendar_.business_minutes_between(due, until);
  }
  return out;
}

}  // namespace icity::app
