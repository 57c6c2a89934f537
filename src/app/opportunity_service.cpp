#include "app/opportunity_service.hpp"

#include <boost/json.hpp>
#include <chrono>
#include <cstdio>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "store/opportunity_repo.hpp"
#include "store/organisation_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Opportunity& o) { return json_text(to_json(o)); }

core::Mover mover_of(const Context& ctx, core::Id organisation_id) {
  core::Mover m;
  m.staff = ctx.actor.is_staff();
  m.owner = ctx.actor.role == core::Role::kPartner && ctx.actor.organisation_id == organisation_id;
  return m;
}

bool may_write(const core::Mover& m) { return m.staff || m.owner; }

// Checks that need the database or the thesaurus.
void check_references(soci::session& sql, const text::Thesaurus& thesaurus,
                      const core::Opportunity& o, std::vector<core::FieldError>& errors) {
  if (o.organisation_id > 0 && !store::organisations::missing(sql, {o.organisation_id}).empty()) {
    errors.push_back({"organisation_id", {"机构不存在", "no such organisation"}});
  }
  for (std::size_t i = 0; i < o.concepts.size(); ++i) {
    if (!thesaurus.find(o.concepts[i])) {
      errors.push_back({"concepts[" + std::to_string(i) + "]",
                        {"词表中没有这个概念", "not a concept of the thesaurus"}});
    }
  }
}

}  // namespace

std::string OpportunityService::today() {
  const auto days = std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now());
  const std::chrono::year_month_day ymd{days};
  char text[16];
  std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return text;
}

TextSuggestions OpportunityService::suggest(const core::Opportunity& o) const {
  if (!o.sdgs.empty() && !o.concepts.empty()) return {};
  const std::string text =
      o.title.zh + "\n" + o.title.en + "\n" + o.description.zh + "\n" + o.description.en;
  return app::suggest(text, thesaurus_, tagger_, o.sdgs.empty(), o.concepts.empty());
}

OpportunityAnswer OpportunityService::answer(core::Opportunity o) const {
  o.status = core::effective_status(o.status, o.deadline, today());
  auto s = suggest(o);
  return {std::move(o), std::move(s)};
}

core::Result<OpportunityAnswer> OpportunityService::get(const Context& ctx, core::Id id) {
  std::optional<core::Opportunity> found;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::opportunities::find(sql, id);
    return {};
  });
  if (!found) return core::fail(not_found("opportunity", id));
  const auto status = core::effective_status(found->status, found->deadline, today());
  const auto who = mover_of(ctx, found->organisation_id);
  const bool visible =
      status == core::OpportunityStatus::kPublished ? !found->archived : may_write(who);
  if (!visible || (found->archived && !who.staff)) {
    return core::fail(not_found("opportunity", id));
  }
  return answer(std::move(*found));
}

core::Result<core::Page<core::Opportunity>> OpportunityService::list(const Context& ctx,
                                                                     core::OpportunityQuery query) {
  query.today = today();
  query.all_statuses = ctx.actor.is_staff() ||
                       (query.organisation_id && may_write(mover_of(ctx, *query.organisation_id)));
  core::Page<core::Opportunity> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::opportunities::list(sql, db_.backend(), query);
    return {};
  });
  for (auto& o : page.items) o.status = core::effective_status(o.status, o.deadline, query.today);
  return page;
}

core::Result<OpportunityAnswer> OpportunityService::create(const Context& ctx,
                                                           const boost::json::object& body) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Opportunity o;
  if (!in.has("kind")) in.error("kind", "必填", "required");
  read_into(in, o);
  // A partner's opportunity is its organisation's unless the body names another (refused).
  if (!in.has("organisation_id") && ctx.actor.role == core::Role::kPartner &&
      ctx.actor.organisation_id) {
    o.organisation_id = *ctx.actor.organisation_id;
  }
  if (o.organisation_id > 0 && !may_write(mover_of(ctx, o.organisation_id))) {
    return core::fail(refused(ctx));
  }
  if (!ctx.actor.is_staff() && ctx.actor.role != core::Role::kPartner) {
    return core::fail(refused(ctx));
  }
  o.id = 0;
  o.status = core::OpportunityStatus::kDraft;
  o.archived = false;
  for (auto& e : core::validate(o, reference_)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_references(tx.sql(), thesaurus_, o, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::opportunities::insert(tx, o);
    tx.changed("opportunity", o.id, "create");
    audit(tx, ctx, "create", "opportunity", o.id, "", snapshot(o));
    return {};
  });
  if (!r) return core::fail(r.error());
  return answer(std::move(o));
}

core::Result<OpportunityAnswer> OpportunityService::update(const Context& ctx, core::Id id,
                                                           const boost::json::object& patch) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  const auto now = today();
  core::Opportunity o;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::opportunities::find(tx.sql(), id);
    if (!current) return core::fail(not_found("opportunity", id));
    const auto who = mover_of(ctx, current->organisation_id);
    if (!may_write(who)) {
      // Those who may not see it are not told it exists.
      const bool visible =
          !current->archived && core::effective_status(current->status, current->deadline, now) ==
                                    core::OpportunityStatus::kPublished;
      return core::fail(visible ? forbidden(ctx) : not_found("opportunity", id));
    }
    o = *current;
    const std::string before = snapshot(o);
    const auto stored_status = o.status;
    o.status = core::effective_status(o.status, o.deadline, now);  // what the reader saw
    read_into(in, o);
    o.status = stored_status;
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    // A partner cannot hand its opportunity to another organisation.
    if (!may_write(mover_of(ctx, o.organisation_id))) return core::fail(forbidden(ctx));
    if (version != o.version) return core::fail(stale("opportunity", id, o.version));
    if (auto ok =
            core::can_edit(core::effective_status(stored_status, current->deadline, now), who);
        !ok) {
      return core::fail(core::Error::conflict(ok.reason));
    }
    auto problems = core::validate(o, reference_);
    check_references(tx.sql(), thesaurus_, o, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::opportunities::update(tx, o))
      return core::fail(stale("opportunity", id, o.version));
    tx.changed("opportunity", id, "update");
    audit(tx, ctx, "update", "opportunity", id, before, snapshot(o));
    return {};
  });
  if (!r) return core::fail(r.error());
  return answer(std::move(o));
}

core::Result<OpportunityAnswer> OpportunityService::transition(const Context& ctx, core::Id id,
                                                               const boost::json::object& body) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"to", "version"});
  auto to = core::OpportunityStatus::kDraft;
  if (!in.has("to")) in.error("to", "必填", "required");
  in.enumeration("to", to, &core::parse_opportunity_status, core::opportunity_status_names());
  std::optional<std::int64_t> version;
  in.optional_integer("version", version);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  const auto now = today();
  core::Opportunity o;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::opportunities::find(tx.sql(), id);
    if (!current || (current->archived && !ctx.actor.is_staff())) {
      return core::fail(not_found("opportunity", id));
    }
    o = *current;
    const auto who = mover_of(ctx, o.organisation_id);
    const auto from = core::effective_status(o.status, o.deadline, now);
    if (!may_write(who)) {
      if (from != core::OpportunityStatus::kPublished) {
        return core::fail(not_found("opportunity", id));
      }
      return core::fail(forbidden(ctx));
    }
    if (version && *version != o.version) return core::fail(stale("opportunity", id, o.version));
    const auto check = core::can_move(from, to, who, core::deadline_passed(o.deadline, now));
    if (!check) return core::fail(core::Error::conflict(check.reason));
    const std::string before = snapshot(o);
    o.status = to;
    if (!store::opportunities::update(tx, o))
      return core::fail(stale("opportunity", id, o.version));
    tx.changed("opportunity", id, "transition");
    audit(tx, ctx, std::string("transition:") + std::string(core::to_string(to)), "opportunity", id,
          before, snapshot(o));
    return {};
  });
  if (!r) return core::fail(r.error());
  return answer(std::move(o));
}

core::Result<int> OpportunityService::expire_due(const Context& ctx) {
  const auto now = today();
  std::vector<core::Id> due;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    due = store::opportunities::due_to_expire(sql, now);
    return {};
  });
  if (due.empty()) return 0;
  int expired = 0;
  core::Mover system;
  system.system = true;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    for (auto id : due) {
      auto o = store::opportunities::find(tx.sql(), id);
      if (!o) continue;
      if (!core::can_move(o->status, core::OpportunityStatus::kExpired, system,
                          core::deadline_passed(o->deadline, now))) {
        continue;  // changed since it was listed
      }
      const std::string before = snapshot(*o);
      o->status = core::OpportunityStatus::kExpired;
      if (!store::opportunities::update(tx, *o)) continue;  // another node was first
      tx.changed("opportunity", id, "expire");
      audit(tx, ctx, "expire", "opportunity", id, before, snapshot(*o));
      ++expired;
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  return expired;
}

void OpportunityService::start(Context ctx, std::chrono::seconds period) {
  sweeper_ = std::jthread([this, ctx = std::move(ctx), period](const std::stop_token& stop) {
    while (!stop.stop_requested()) {
      try {
        expire_due(ctx);
      } catch (const std::exception&) {
        // The database was away; the next round tries again.
      }
      std::unique_lock lock(wake_mutex_);
      wake_.wait_for(lock, stop, period, [] { return false; });
    }
  });
}

}  // namespace icity::app
