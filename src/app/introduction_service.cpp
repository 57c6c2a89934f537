#include "app/introduction_service.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/introduction_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/opportunity_service.hpp"
#include "app/service_errors.hpp"
#include "core/validation.hpp"
#include "store/interaction_repo.hpp"
#include "store/introduction_repo.hpp"
#include "store/opportunity_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/timeline_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {
namespace {

using Status = core::IntroductionStatus;

std::string snapshot(const core::Introduction& n) { return json_text(to_json(n)); }

bool is_partner_of(const Context& ctx, core::Id organisation_id) {
  return ctx.actor.role == core::Role::kPartner && ctx.actor.organisation_id == organisation_id;
}

core::Introducer introducer_of(const Context& ctx, const core::Introduction& n) {
  core::Introducer who;
  who.staff = ctx.actor.is_staff();
  who.from_side = is_partner_of(ctx, n.from_organisation_id);
  who.to_side = is_partner_of(ctx, n.to_organisation_id);
  return who;
}

bool may_see(const Context& ctx, const core::Introduction& n) {
  const auto who = introducer_of(ctx, n);
  return (who.staff || who.from_side || who.to_side) && (!n.archived || who.staff);
}

core::Error refusal(const core::IntroductionMoveCheck& check) {
  if (check.refusal == core::IntroductionMoveCheck::Refusal::kNotAllowed) {
    return core::Error::forbidden(check.reason);
  }
  return core::Error::conflict(check.reason);
}

std::string link_to(core::Id id) { return "/introductions/" + std::to_string(id); }

// A live (not archived) organisation, or 404.
core::Result<void> organisation_exists(soci::session& sql, core::Id id) {
  auto found = store::organisations::find(sql, id);
  if (!found || found->organisation.archived) return core::fail(not_found("organisation", id));
  return {};
}

// Notifies the people concerned by the step `view` just reached, in `tx`.
void notify(store::Tx& tx, const Context& ctx, const core::IntroductionView& view) {
  const auto& n = view.introduction;
  core::Audience audience;
  audience.from_side_users = store::users::partner_ids(tx.sql(), n.from_organisation_id);
  audience.to_side_users = store::users::partner_ids(tx.sql(), n.to_organisation_id);
  if (n.created_by) {
    if (auto creator = store::users::find(tx.sql(), *n.created_by);
        creator && (creator->role == core::Role::kStaff || creator->role == core::Role::kAdmin)) {
      audience.creator = creator->id;
    }
  }
  if (n.status == Status::kInterest) audience.staff_users = store::users::staff_ids(tx.sql());
  const auto users = core::recipients(n.status, audience, ctx.actor.user_id);
  const core::LocalizedText message =
      n.steps.empty() ? core::LocalizedText{} : n.steps.back().message;
  const auto notice =
      core::step_notice(n.status, view.from_organisation.name, view.to_organisation.name, message);
  NotificationService::deliver(tx, users, notice, "introduction", n.id, link_to(n.id));
}

// Records the step the introduction just reached.
void add_step(store::Tx& tx, const Context& ctx, core::Introduction& n,
              const core::LocalizedText& message) {
  core::IntroductionStep step;
  step.status = n.status;
  if (ctx.actor.user_id > 0) step.user_id = ctx.actor.user_id;
  step.actor = ctx.actor.email;
  step.message = message;
  store::introductions::add_step(tx, n.id, step);
  n.steps.push_back(std::move(step));
}

// The score of a match, when given: a number from 0 to 1 (or null).
void read_score(const boost::json::object& body, std::optional<double>& out,
                std::vector<core::FieldError>& errors) {
  const auto* v = body.if_contains("score");
  if (v == nullptr || v->is_null()) return;
  if (!v->is_number()) {
    errors.push_back({"score", {"应为 0 到 1 之间的数", "must be a number from 0 to 1"}});
    return;
  }
  const double score = v->to_number<double>();
  if (!std::isfinite(score) || score < 0 || score > 1) {
    errors.push_back({"score", {"应为 0 到 1 之间的数", "must be a number from 0 to 1"}});
    return;
  }
  out = score;
}

}  // namespace

core::Result<core::IntroductionView> IntroductionService::get(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::optional<core::IntroductionView> found;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::introductions::find(sql, db_.backend(), id);
    return {};
  });
  if (!found || !may_see(ctx, found->introduction)) {
    return core::fail(not_found("introduction", id));
  }
  return std::move(*found);
}

core::Result<core::Page<core::IntroductionView>> IntroductionService::list(
    const Context& ctx, core::IntroductionQuery query) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  query.own_organisation_id.reset();
  query.staff_user_id.reset();
  if (ctx.actor.is_staff()) {
    query.staff_user_id = ctx.actor.user_id;
  } else {
    // A partner without an organisation has none to see (no id is 0).
    query.own_organisation_id = ctx.actor.organisation_id.value_or(0);
  }
  core::Page<core::IntroductionView> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::introductions::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::IntroductionView> IntroductionService::create(const Context& ctx,
                                                                 const boost::json::object& body) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"from_organisation_id", "to_organisation_id", "opportunity_id", "delegation_id",
            "score", "message"});
  core::Introduction n;
  std::optional<std::int64_t> from, to, opportunity, delegation;
  in.optional_id("from_organisation_id", from);
  in.optional_id("to_organisation_id", to);
  in.optional_id("opportunity_id", opportunity);
  in.optional_id("delegation_id", delegation);
  read_score(body, n.score, errors);
  core::LocalizedText message;
  in.text("message", message);
  for (auto& e : core::validate_message(message)) errors.push_back(std::move(e));
  // A partner's interest is its organisation's unless the body names another (refused).
  if (!in.has("from_organisation_id") && ctx.actor.role == core::Role::kPartner) {
    from = ctx.actor.organisation_id;
  }
  const bool from_named = std::any_of(errors.begin(), errors.end(), [](const auto& e) {
    return e.field == "from_organisation_id";
  });
  if (!from && !from_named) {
    in.error("from_organisation_id", "必填:表达意向的机构",
             "required: the organisation interested");
  }
  if (!to && !opportunity) {
    in.error("to_organisation_id", "请给出 to_organisation_id 或 opportunity_id",
             "give to_organisation_id or opportunity_id (or both)");
  }
  if (from && to && *from == *to) {
    in.error("to_organisation_id", "不能与表达意向的机构相同",
             "must be another organisation than from_organisation_id");
  }
  if (from) {
    core::Introducer who;
    who.staff = ctx.actor.is_staff();
    who.from_side = is_partner_of(ctx, *from);
    if (auto ok = core::can_express_interest(who); !ok) {
      return core::fail(core::Error::forbidden(ok.reason));
    }
  } else if (!ctx.actor.is_staff() && ctx.actor.role != core::Role::kPartner) {
    return core::fail(forbidden(ctx));
  }
  if (!errors.empty() || !from) return core::fail(core::Error::invalid(std::move(errors)));

  n.from_organisation_id = *from;
  n.opportunity_id = opportunity;
  n.delegation_id = delegation;
  n.status = Status::kInterest;
  if (ctx.actor.user_id > 0) n.created_by = ctx.actor.user_id;
  const auto today = OpportunityService::today();
  core::IntroductionView view;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    if (auto ok = organisation_exists(tx.sql(), n.from_organisation_id); !ok) return ok;
    if (opportunity) {
      auto o = store::opportunities::find(tx.sql(), *opportunity);
      const bool visible =
          o && !o->archived &&
          (ctx.actor.is_staff() || core::effective_status(o->status, o->deadline, today) ==
                                       core::OpportunityStatus::kPublished);
      if (!visible) return core::fail(not_found("opportunity", *opportunity));
      if (to && *to != o->organisation_id) {
        return core::fail(core::Error::invalid(
            {{"opportunity_id",
              {"该机会属于另一个机构,而不是 to_organisation_id",
               "the opportunity belongs to another organisation than to_organisation_id"}}}));
      }
      if (o->organisation_id == n.from_organisation_id) {
        return core::fail(core::Error::invalid(
            {{"opportunity_id",
              {"这是表达意向的机构自己的机会", "it is the interested organisation's own"}}}));
      }
      to = o->organisation_id;
    }
    n.to_organisation_id = *to;
    if (auto ok = organisation_exists(tx.sql(), n.to_organisation_id); !ok) return ok;
    store::introductions::lock_creations_from(tx, n.from_organisation_id);
    if (auto open = store::introductions::open_between(tx.sql(), n.from_organisation_id,
                                                       n.to_organisation_id, n.opportunity_id)) {
      return core::fail(core::Error::conflict(
          {"这两个机构之间已有一个进行中的介绍(编号 " + std::to_string(*open) + ")",
           "an introduction between these organisations about this is already under way (" +
               std::to_string(*open) + ")"}));
    }
    store::introductions::insert(tx, n);
    add_step(tx, ctx, n, message);
    tx.changed("introduction", n.id, "create");
    audit(tx, ctx, "create", "introduction", n.id, "", snapshot(n));
    view = *store::introductions::find(tx.sql(), tx.backend(), n.id);
    notify(tx, ctx, view);
    return {};
  });
  if (!r) return core::fail(r.error());
  return view;
}

core::Result<core::IntroductionView> IntroductionService::transition(
    const Context& ctx, core::Id id, const boost::json::object& body) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"to", "version", "message", "date", "summary", "outcome"});
  auto to = Status::kInterest;
  if (!in.has("to")) in.error("to", "必填", "required");
  in.enumeration("to", to, &core::parse_introduction_status, core::introduction_status_names());
  std::optional<std::int64_t> version;
  in.optional_integer("version", version);
  core::MoveDetails details;
  in.text("message", details.message);
  in.string("date", details.date, 32);
  in.text("summary", details.summary);
  in.optional_enumeration("outcome", details.outcome, &core::parse_introduction_outcome,
                          core::introduction_outcome_names());
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));

  core::IntroductionView view;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::introductions::find(tx.sql(), tx.backend(), id);
    if (!current || !may_see(ctx, current->introduction)) {
      return core::fail(not_found("introduction", id));
    }
    core::Introduction n = current->introduction;
    if (version && *version != n.version) return core::fail(stale("introduction", id, n.version));
    if (auto check = core::can_move(n.status, to, introducer_of(ctx, n)); !check) {
      return core::fail(refusal(check));
    }
    if (auto problems = core::validate_move(to, details); !problems.empty()) {
      return core::fail(core::Error::invalid(std::move(problems)));
    }
    const std::string before = snapshot(n);
    if (to == Status::kMet) {
      core::Interaction meeting;
      meeting.type = core::InteractionType::kMeeting;
      meeting.date = details.date;
      meeting.organisation_ids = {n.from_organisation_id, n.to_organisation_id};
      meeting.summary = details.summary;
      if (ctx.actor.is_staff() && ctx.actor.user_id > 0) meeting.staff_user_id = ctx.actor.user_id;
      if (auto problems = core::validate(meeting); !problems.empty()) {
        return core::fail(core::Error::invalid(std::move(problems)));
      }
      store::interactions::insert(tx, meeting);
      tx.changed("interaction", meeting.id, "create");
      audit(tx, ctx, "create", "interaction", meeting.id, "", json_text(to_json(meeting)));
      n.interaction_id = meeting.id;
    }
    if (to == Status::kConcluded) n.outcome = details.outcome;
    n.status = to;
    if (!store::introductions::update(tx, n)) {
      return core::fail(stale("introduction", id, n.version));
    }
    add_step(tx, ctx, n, details.message);
    tx.changed("introduction", id, "transition");
    audit(tx, ctx, "transition:" + std::string(core::to_string(to)), "introduction", id, before,
          snapshot(n));
    view = *store::introductions::find(tx.sql(), tx.backend(), id);
    notify(tx, ctx, view);
    return {};
  });
  if (!r) return core::fail(r.error());
  return view;
}

core::Result<core::Page<core::TimelineItem>> IntroductionService::timeline(
    const Context& ctx, core::TimelineQuery query) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  query.viewer_organisation_id.reset();
  if (!ctx.actor.is_staff()) query.viewer_organisation_id = ctx.actor.organisation_id.value_or(0);
  core::Page<core::TimelineItem> page;
  auto r = db_.read([&](soci::session& sql) -> core::Result<void> {
    if (!store::organisations::find(sql, query.organisation_id)) {
      return core::fail(not_found("organisation", query.organisation_id));
    }
    page = store::timeline::list(sql, db_.backend(), query);
    return {};
  });
  if (!r) return core::fail(r.error());
  return page;
}

}  // namespace icity::app
