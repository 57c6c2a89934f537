#include "app/organisation_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "core/permissions.hpp"
#include "core/validation.hpp"
#include "store/organisation_repo.hpp"

namespace icity::app {

std::vector<core::FieldError> OrganisationService::check_references(soci::session& sql,
                                                                    const core::Organisation& org) {
  std::vector<core::FieldError> errors;
  std::vector<core::Id> ids;
  ids.reserve(org.relations.size());
  for (const auto& r : org.relations) ids.push_back(r.organisation_id);
  const auto missing = store::organisations::missing(sql, ids);
  for (std::size_t i = 0; i < org.relations.size(); ++i) {
    if (std::find(missing.begin(), missing.end(), org.relations[i].organisation_id) !=
        missing.end()) {
      errors.push_back({"relations[" + std::to_string(i) + "].organisation_id",
                        {"机构不存在", "no such organisation"}});
    }
  }
  return errors;
}

core::Result<core::OrganisationView> OrganisationService::get(const Context&, core::Id id) {
  std::optional<core::OrganisationView> view;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    view = store::organisations::find(sql, id);
    return {};
  });
  if (!view) return core::fail(not_found("organisation", id));
  return std::move(*view);
}

core::Result<std::shared_ptr<const std::string>> OrganisationService::get_json(const Context& ctx,
                                                                               core::Id id) {
  if (auto hit = cache_.get(id)) return hit;
  const auto generation = cache_.generation();
  auto view = get(ctx, id);
  if (!view) return core::fail(view.error());
  auto json = std::make_shared<const std::string>(json_text(to_json(*view)));
  cache_.put(id, generation, json);
  return json;
}

core::Result<core::Page<core::OrganisationView>> OrganisationService::list(
    const Context&, const core::OrganisationQuery& query) {
  core::Page<core::OrganisationView> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::organisations::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::OrganisationView> OrganisationService::create(const Context& ctx,
                                                                 const boost::json::object& body) {
  if (!core::can_create_organisation(ctx.actor)) return core::fail(forbidden(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Organisation org;
  read_into(in, org);
  if (!in.has("kind")) in.error("kind", "必填", "required");
  if (!errors.empty()) {
    // Report input and validation errors together, without duplicates per field.
    auto more = core::validate(org, reference_);
    for (auto& e : more) {
      const bool seen = std::any_of(errors.begin(), errors.end(),
                                    [&](const auto& x) { return x.field == e.field; });
      if (!seen) errors.push_back(std::move(e));
    }
    return core::fail(core::Error::invalid(std::move(errors)));
  }
  return create(ctx, std::move(org));
}

core::Result<core::OrganisationView> OrganisationService::create(const Context& ctx,
                                                                 core::Organisation org) {
  if (!core::can_create_organisation(ctx.actor)) return core::fail(forbidden(ctx));
  org.id = 0;
  org.archived = false;
  auto errors = core::validate(org, reference_);
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto ref_errors = check_references(tx.sql(), org);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::organisations::insert(tx, org);
    tx.changed("organisation", org.id, "create");
    audit(tx, ctx, "create", "organisation", org.id, "", json_text(to_json(org)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, org.id);
}

core::Result<core::OrganisationView> OrganisationService::update(const Context& ctx, core::Id id,
                                                                 const boost::json::object& patch) {
  if (!core::can_edit_organisation(ctx.actor, id)) {
    return core::fail(refused(ctx));
  }
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::organisations::find(tx.sql(), id);
    if (!current) return core::fail(not_found("organisation", id));
    core::Organisation org = current->organisation;
    const std::string before = json_text(to_json(org));
    read_into(in, org);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != org.version) return core::fail(stale("organisation", id, org.version));
    auto problems = core::validate(org, reference_);
    auto ref_problems = check_references(tx.sql(), org);
    problems.insert(problems.end(), ref_problems.begin(), ref_problems.end());
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::organisations::update(tx, org)) {
      return core::fail(stale("organisation", id, org.version));
    }
    tx.changed("organisation", id, "update");
    audit(tx, ctx, "update", "organisation", id, before, json_text(to_json(org)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, id);
}

core::Result<core::OrganisationView> OrganisationService::archive(const Context& ctx, core::Id id) {
  if (!ctx.actor.is_staff()) {
    return core::fail(refused(ctx));
  }
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::organisations::find(tx.sql(), id);
    if (!current) return core::fail(not_found("organisation", id));
    core::Organisation org = current->organisation;
    if (org.archived) return {};
    const std::string before = json_text(to_json(org));
    org.archived = true;
    if (!store::organisations::update(tx, org)) {
      return core::fail(stale("organisation", id, org.version));
    }
    tx.changed("organisation", id, "archive");
    audit(tx, ctx, "archive", "organisation", id, before, json_text(to_json(org)));
    return {};
  });
  if (!r) return core::fail(r.error());
  return get(ctx, id);
}

}  // namespace icity::app
