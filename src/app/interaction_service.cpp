#include "app/interaction_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "core/permissions.hpp"
#include "core/validation.hpp"
#include "store/interaction_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/person_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Interaction& i) { return json_text(to_json(i)); }

void check_references(soci::session& sql, const core::Interaction& in,
                      std::vector<core::FieldError>& errors) {
  const auto orgs = store::organisations::missing(sql, in.organisation_ids);
  for (std::size_t i = 0; i < in.organisation_ids.size(); ++i) {
    if (std::find(orgs.begin(), orgs.end(), in.organisation_ids[i]) != orgs.end()) {
      errors.push_back(
          {"organisation_ids[" + std::to_string(i) + "]", {"机构不存在", "no such organisation"}});
    }
  }
  const auto people = store::people::missing(sql, in.person_ids);
  for (std::size_t i = 0; i < in.person_ids.size(); ++i) {
    if (std::find(people.begin(), people.end(), in.person_ids[i]) != people.end()) {
      errors.push_back({"person_ids[" + std::to_string(i) + "]", {"人员不存在", "no such person"}});
    }
  }
}

void dedupe(std::vector<core::Id>& ids) {
  std::vector<core::Id> out;
  for (auto id : ids) {
    if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
  }
  ids = std::move(out);
}

}  // namespace

core::Result<core::InteractionView> InteractionService::get(const Context& ctx, core::Id id) {
  if (!core::can_read_interactions(ctx.actor)) return core::fail(unauthenticated());
  std::optional<core::InteractionView> view;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    view = store::interactions::find(sql, id);
    return {};
  });
  if (!view) return core::fail(not_found("interaction", id));
  return std::move(*view);
}

core::Result<core::Page<core::InteractionView>> InteractionService::list(
    const Context& ctx, const core::InteractionQuery& query) {
  if (!core::can_read_interactions(ctx.actor)) return core::fail(unauthenticated());
  core::Page<core::InteractionView> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::interactions::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::InteractionView> InteractionService::create(const Context& ctx,
                                                               const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Interaction interaction;
  if (!in.has("type")) in.error("type", "必填", "required");
  read_into(in, interaction);
  return write_new(ctx, std::move(interaction), std::move(errors));
}

core::Result<core::InteractionView> InteractionService::create(const Context& ctx,
                                                               core::Interaction interaction) {
  return write_new(ctx, std::move(interaction), {});
}

core::Result<core::InteractionView> InteractionService::write_new(
    const Context& ctx, core::Interaction interaction, std::vector<core::FieldError> errors) {
  if (!core::can_write_interactions(ctx.actor)) return core::fail(forbidden(ctx));
  interaction.id = 0;
  interaction.archived = false;
  if (!interaction.staff_user_id && ctx.actor.user_id != 0) {
    interaction.staff_user_id = ctx.actor.user_id;
  }
  dedupe(interaction.organisation_ids);
  dedupe(interaction.person_ids);
  for (auto& e : core::validate(interaction)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_references(tx.sql(), interaction, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::interactions::insert(tx, interaction);
    tx.changed("interaction", interaction.id, "create");
    audit(tx, ctx, "create", "interaction", interaction.id, "", snapshot(interaction));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, interaction.id);
}

core::Result<core::InteractionView> InteractionService::update(const Context& ctx, core::Id id,
                                                               const boost::json::object& patch) {
  if (!core::can_write_interactions(ctx.actor)) return core::fail(forbidden(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::interactions::find(tx.sql(), id);
    if (!current) return core::fail(not_found("interaction", id));
    core::Interaction interaction = current->interaction;
    const std::string before = snapshot(interaction);
    read_into(in, interaction);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != interaction.version) {
      return core::fail(stale("interaction", id, interaction.version));
    }
    dedupe(interaction.organisation_ids);
    dedupe(interaction.person_ids);
    auto problems = core::validate(interaction);
    check_references(tx.sql(), interaction, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::interactions::update(tx, interaction)) {
      return core::fail(stale("interaction", id, interaction.version));
    }
    tx.changed("interaction", id, "update");
    audit(tx, ctx, "update", "interaction", id, before, snapshot(interaction));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, id);
}

core::Result<core::InteractionView> InteractionService::archive(const Context& ctx, core::Id id) {
  if (!core::can_write_interactions(ctx.actor)) return core::fail(forbidden(ctx));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::interactions::find(tx.sql(), id);
    if (!current) return core::fail(not_found("interaction", id));
    core::Interaction interaction = current->interaction;
    if (interaction.archived) return {};
    const std::string before = snapshot(interaction);
    interaction.archived = true;
    if (!store::interactions::update(tx, interaction)) {
      return core::fail(stale("interaction", id, interaction.version));
    }
    tx.changed("interaction", id, "archive");
    audit(tx, ctx, "archive", "interaction", id, before, snapshot(interaction));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, id);
}

}  // namespace icity::app
