#include "app/project_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/cooperation_links.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/project_json.hpp"
#include "app/json/reader.hpp"
#include "app/notification_service.hpp"
#include "app/opportunity_service.hpp"
#include "app/service_errors.hpp"
#include "store/project_repo.hpp"

namespace icity::app {
namespace {

using Stage = core::ProjectStage;

std::string snapshot(const core::Project& p) {
  auto o = to_json(p);
  o.erase("history");
  o.erase("moves");
  return json_text(o);
}

bool may_see(const Context& ctx, soci::session& sql, const core::Project& p) {
  if (ctx.actor.is_staff()) return true;
  if (p.archived || ctx.actor.role != core::Role::kPartner || !ctx.actor.organisation_id) {
    return false;
  }
  return store::projects::has_party(sql, p.id, *ctx.actor.organisation_id);
}

// Every link of `p` that does not exist, as field errors.
void check_links(soci::session& sql, store::Backend backend, const core::Project& p,
                 std::vector<core::FieldError>& errors) {
  std::vector<core::Id> orgs;
  orgs.reserve(p.parties.size());
  for (const auto& party : p.parties) orgs.push_back(party.organisation_id);
  check_parties(sql, orgs, errors);
  check_owner(sql, p.owner_id, errors);
  check_introduction(sql, backend, p.introduction_id, errors);
  check_event(sql, p.event_id, errors);
}

void add_step(store::Tx& tx, const Context& ctx, core::Project& p,
              const core::LocalizedText& note) {
  core::ProjectStep step;
  step.stage = p.stage;
  if (ctx.actor.user_id > 0) step.user_id = ctx.actor.user_id;
  step.actor = ctx.actor.email;
  step.note = note;
  store::projects::add_step(tx, p.id, step);
  p.history.push_back(std::move(step));
}

// The project's owner hears of what someone else did to it (not of their own doing).
void tell_owner(store::Tx& tx, const Context& ctx, const core::Project& p,
                const core::Notice& notice) {
  if (!p.owner_id || *p.owner_id == ctx.actor.user_id) return;
  NotificationService::deliver(tx, {*p.owner_id}, notice, "project", p.id,
                               "/projects/" + std::to_string(p.id));
}

}  // namespace

core::Result<core::Project> ProjectService::get(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::optional<core::Project> found;
  bool visible = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::projects::find(sql, db_.backend(), id);
    visible = found && may_see(ctx, sql, *found);
    return {};
  });
  if (!visible) return core::fail(not_found("project", id));
  return std::move(*found);
}

core::Result<core::Page<core::Project>> ProjectService::list(const Context& ctx,
                                                             core::ProjectQuery query) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  query.own_organisation_id.reset();
  // A partner without an organisation has none to see (no id is 0).
  if (!ctx.actor.is_staff()) query.own_organisation_id = ctx.actor.organisation_id.value_or(0);
  query.today = OpportunityService::today();
  core::Page<core::Project> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::projects::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<std::vector<BoardColumn>> ProjectService::board(const Context& ctx,
                                                             core::ProjectQuery query,
                                                             int per_column) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  query.own_organisation_id.reset();
  if (!ctx.actor.is_staff()) query.own_organisation_id = ctx.actor.organisation_id.value_or(0);
  query.today = OpportunityService::today();
  query.sort = core::ProjectSort::kUpdated;
  query.cursor.clear();
  query.limit = per_column;
  std::vector<BoardColumn> columns;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    const auto counts = store::projects::count_by_stage(sql, db_.backend(), query);
    for (auto name : core::project_stage_names()) {
      BoardColumn column;
      column.stage = *core::parse_project_stage(name);
      if (auto it = counts.find(column.stage); it != counts.end()) column.count = it->second;
      // Partners read the board; only staff move cards.
      if (ctx.actor.is_staff()) column.moves = core::next_stages(column.stage);
      if (column.count > 0) {
        query.stage = column.stage;
        column.cards = store::projects::list(sql, db_.backend(), query).items;
      }
      columns.push_back(std::move(column));
    }
    return {};
  });
  return columns;
}

core::Result<core::Project> ProjectService::create(const Context& ctx,
                                                   const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  // "note" is the first stage's, not the project's.
  boost::json::object fields = body;
  fields.erase("note");
  JsonReader in(fields, errors);
  core::Project p;
  read_into(in, p);
  in.enumeration("stage", p.stage, &core::parse_project_stage, core::project_stage_names());
  if (!core::is_open(p.stage)) {
    in.error("stage", "新项目应处于进行中的阶段(reserve 到 implementing)",
             "a new project starts at an open stage (reserve to implementing)");
  }
  core::LocalizedText note;
  JsonReader(body, errors).text("note", note);
  for (auto& e : core::validate(p, reference_)) errors.push_back(std::move(e));
  for (auto& e : core::validate_stage_move(p.stage, note, {})) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  p.id = 0;
  p.archived = false;
  if (ctx.actor.user_id > 0) p.created_by = ctx.actor.user_id;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> missing;
    check_links(tx.sql(), tx.backend(), p, missing);
    if (!missing.empty()) return core::fail(core::Error::invalid(std::move(missing)));
    store::projects::insert(tx, p);
    add_step(tx, ctx, p, note);
    if (p.owner_id) tell_owner(tx, ctx, p, core::owner_notice(p));
    tx.changed("project", p.id, "create");
    audit(tx, ctx, "create", "project", p.id, "", snapshot(p));
    p = *store::projects::find(tx.sql(), tx.backend(), p.id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return p;
}

core::Result<core::Project> ProjectService::update(const Context& ctx, core::Id id,
                                                   const boost::json::object& patch) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  core::Project p;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::projects::find(tx.sql(), tx.backend(), id);
    if (!current || !may_see(ctx, tx.sql(), *current)) {
      return core::fail(not_found("project", id));
    }
    if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
    p = *current;
    const std::string before = snapshot(p);
    read_into(in, p);
    // A client may echo the stage it read; another one is a move, not an edit.
    if (auto echoed = p.stage; in.has("stage")) {
      in.enumeration("stage", echoed, &core::parse_project_stage, core::project_stage_names());
      if (echoed != p.stage) {
        in.error("stage", "阶段只能通过 /transitions 改变",
                 "the stage changes only through /transitions");
      }
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != p.version) return core::fail(stale("project", id, p.version));
    auto problems = core::validate(p, reference_);
    check_links(tx.sql(), tx.backend(), p, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::projects::update(tx, p)) return core::fail(stale("project", id, p.version));
    if (p.owner_id && p.owner_id != current->owner_id)
      tell_owner(tx, ctx, p, core::owner_notice(p));
    tx.changed("project", id, "update");
    audit(tx, ctx, "update", "project", id, before, snapshot(p));
    p = *store::projects::find(tx.sql(), tx.backend(), id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return p;
}

core::Result<core::Project> ProjectService::transition(const Context& ctx, core::Id id,
                                                       const boost::json::object& body) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"to", "version", "note", "reason"});
  auto to = Stage::kReserve;
  if (!in.has("to")) in.error("to", "必填", "required");
  in.enumeration("to", to, &core::parse_project_stage, core::project_stage_names());
  std::optional<std::int64_t> version;
  in.optional_integer("version", version);
  core::LocalizedText note, reason;
  in.text("note", note);
  in.text("reason", reason);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));

  core::Project p;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::projects::find(tx.sql(), tx.backend(), id);
    if (!current || !may_see(ctx, tx.sql(), *current)) {
      return core::fail(not_found("project", id));
    }
    if (!ctx.actor.is_staff()) return core::fail(forbidden(ctx));
    p = *current;
    const auto from = p.stage;
    if (version && *version != p.version) return core::fail(stale("project", id, p.version));
    if (auto check = core::can_move(p.stage, to); !check) {
      return core::fail(core::Error::conflict(check.reason));
    }
    if (auto problems = core::validate_stage_move(to, note, reason); !problems.empty()) {
      return core::fail(core::Error::invalid(std::move(problems)));
    }
    const std::string before = snapshot(p);
    p.stage = to;
    p.drop_reason = to == Stage::kDropped ? reason : core::LocalizedText{};
    if (!store::projects::update(tx, p)) return core::fail(stale("project", id, p.version));
    add_step(tx, ctx, p, to == Stage::kDropped ? reason : note);
    tell_owner(tx, ctx, p, core::stage_notice(p, from, to == Stage::kDropped ? reason : note));
    tx.changed("project", id, "transition");
    audit(tx, ctx, "transition:" + std::string(core::to_string(to)), "project", id, before,
          snapshot(p));
    p = *store::projects::find(tx.sql(), tx.backend(), id);
    return {};
  });
  if (!r) return core::fail(r.error());
  return p;
}

}  // namespace icity::app
