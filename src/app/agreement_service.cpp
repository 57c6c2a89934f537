#include "app/agreement_service.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/cooperation_links.hpp"
#include "app/json/agreement_json.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/opportunity_service.hpp"
#include "app/service_errors.hpp"
#include "core/validation.hpp"
#include "store/agreement_repo.hpp"
#include "store/project_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {
namespace {

bool is_party(const core::Agreement& a, core::Id organisation_id) {
  return std::any_of(a.parties.begin(), a.parties.end(),
                     [&](const auto& p) { return p.organisation_id == organisation_id; });
}

bool may_see(const Context& ctx, const core::Agreement& a) {
  if (ctx.actor.is_staff()) return true;
  return !a.archived && ctx.actor.role == core::Role::kPartner && ctx.actor.organisation_id &&
         is_party(a, *ctx.actor.organisation_id);
}

void check_links(soci::session& sql, store::Backend backend, const core::Agreement& a,
                 std::vector<core::FieldError>& errors) {
  std::vector<core::Id> orgs;
  orgs.reserve(a.parties.size());
  for (const auto& party : a.parties) orgs.push_back(party.organisation_id);
  check_parties(sql, orgs, errors);
  check_project(sql, a.project_id, errors);
  check_event(sql, a.event_id, errors);
  check_introduction(sql, backend, a.introduction_id, errors);
}

bool is_staff_user(soci::session& sql, core::Id id) {
  const auto user = store::users::find(sql, id);
  return user && (user->role == core::Role::kStaff || user->role == core::Role::kAdmin);
}

// Who hears of an agreement's renewal: its creator and its project's owner
// (staff users), or every admin when there is neither. Sorted, no duplicates.
std::vector<core::Id> reminder_recipients(soci::session& sql, const core::Agreement& a) {
  std::vector<core::Id> out;
  if (a.created_by && is_staff_user(sql, *a.created_by)) out.push_back(*a.created_by);
  if (a.project_id) {
    if (auto owner = store::projects::owner_of(sql, *a.project_id);
        owner && is_staff_user(sql, *owner)) {
      out.push_back(*owner);
    }
  }
  if (out.empty()) out = store::agreements::admin_ids(sql);
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace

core::AgreementStatus AgreementService::status_of(const core::Agreement& a) const {
  return status_on(a, OpportunityService::today());
}

core::AgreementStatus AgreementService::status_on(const core::Agreement& a,
                                                  const std::string& today) const {
  return core::status_on(a, today, default_notice_days_);
}

core::Result<core::Agreement> AgreementService::get(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::optional<core::Agreement> found;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::agreements::find(sql, db_.backend(), id);
    return {};
  });
  if (!found || !may_see(ctx, *found)) return core::fail(not_found("agreement", id));
  return std::move(*found);
}

core::Result<core::Page<core::Agreement>> AgreementService::list(const Context& ctx,
                                                                 core::AgreementQuery query) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  query.own_organisation_id.reset();
  if (!ctx.actor.is_staff()) query.own_organisation_id = ctx.actor.organisation_id.value_or(0);
  query.today = OpportunityService::today();
  core::Page<core::Agreement> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::agreements::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::Agreement> AgreementService::create(const Context& ctx,
                                                       const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Agreement a;
  if (!in.has("kind")) in.error("kind", "必填", "required");
  read_into(in, a);
  for (auto& e : core::validate(a)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  a.id = 0;
  a.archived = false;
  a.remind_on = core::reminder_day(a, default_notice_days_);
  if (ctx.actor.user_id > 0) a.created_by = ctx.actor.user_id;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> missing;
    check_links(tx.sql(), tx.backend(), a, missing);
    if (!missing.empty()) return core::fail(core::Error::invalid(std::move(missing)));
    store::agreements::insert(tx, a);
    tx.changed("agreement", a.id, "create");
    audit(tx, ctx, "create", "agreement", a.id, "", json_text(to_json(a, status_of(a))));
    a = *store::agreements::find(tx.sql(), tx.backend(), a.id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return a;
}

core::Result<core::Agreement> AgreementService::update(const Context& ctx, core::Id id,
                                                       const boost::json::object& patch) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  core::Agreement a;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::agreements::find(tx.sql(), tx.backend(), id);
    if (!current || !may_see(ctx, *current)) return core::fail(not_found("agreement", id));
    if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
    a = *current;
    const std::string before = json_text(to_json(a, status_of(a)));
    read_into(in, a);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != a.version) return core::fail(stale("agreement", id, a.version));
    auto problems = core::validate(a);
    check_links(tx.sql(), tx.backend(), a, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    a.remind_on = core::reminder_day(a, default_notice_days_);
    if (!store::agreements::update(tx, a)) return core::fail(stale("agreement", id, a.version));
    tx.changed("agreement", id, "update");
    audit(tx, ctx, "update", "agreement", id, before, json_text(to_json(a, status_of(a))));
    a = *store::agreements::find(tx.sql(), tx.backend(), id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return a;
}

core::Result<int> AgreementService::send_renewal_reminders(const Context& ctx,
                                                           const std::string& today) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  if (!core::is_valid_date(today)) {
    return core::fail(core::Error::invalid(
        {{"today", {"日期格式应为 YYYY-MM-DD", "a date is written YYYY-MM-DD"}}}));
  }
  std::vector<core::Id> due;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    due = store::agreements::due_for_reminder(sql, today);
    return {};
  });
  int sent = 0;
  for (const auto id : due) {
    auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
      auto a = store::agreements::find(tx.sql(), tx.backend(), id);
      if (!a || a->archived || a->remind_on.empty() || a->remind_on > today ||
          a->expires_on < today) {
        return {};  // changed since it was listed
      }
      const auto users = reminder_recipients(tx.sql(), *a);
      if (!store::agreements::record_reminder(tx, id, a->expires_on,
                                              static_cast<int>(users.size()))) {
        return {};  // reminded already (another node was first)
      }
      NotificationService::deliver(tx, users, core::renewal_notice(*a), "agreement", id,
                                   "/agreements/" + std::to_string(id));
      tx.changed("agreement", id, "remind");
      boost::json::array to;
      for (auto u : users) to.emplace_back(u);
      audit(tx, ctx, "remind", "agreement", id, "",
            json_text(boost::json::object{{"expires_on", a->expires_on}, {"users", to}}));
      ++sent;
      return {};
    });
    if (!r) return core::fail(r.error());
  }
  return sent;
}

core::Result<int> AgreementService::refresh_reminder_days() {
  int changed = 0;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    changed = store::agreements::refresh_default_reminders(tx, default_notice_days_);
    return {};
  });
  if (!r) return core::fail(r.error());
  return changed;
}

void AgreementService::start(Context ctx, std::chrono::seconds period) {
  sweeper_ = std::jthread([this, ctx = std::move(ctx), period](const std::stop_token& stop) {
    try {
      refresh_reminder_days();
    } catch (const std::exception&) {
      // The database was away: the days stay as they were written.
    }
    while (!stop.stop_requested()) {
      try {
        send_renewal_reminders(ctx, OpportunityService::today());
      } catch (const std::exception&) {
        // The database was away; the next round tries again.
      }
      std::unique_lock lock(wake_mutex_);
      wake_.wait_for(lock, stop, period, [] { return false; });
    }
  });
}

}  // namespace icity::app
