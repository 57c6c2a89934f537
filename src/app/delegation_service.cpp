#include "app/delegation_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/delegation_json.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "core/validation.hpp"
#include "store/delegation_repo.hpp"
#include "store/organisation_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Delegation& d) { return json_text(to_json(d)); }

void check_references(soci::session& sql, const core::Delegation& d,
                      std::vector<core::FieldError>& errors) {
  if (d.origin_organisation_id &&
      !store::organisations::missing(sql, {*d.origin_organisation_id}).empty()) {
    errors.push_back({"origin_organisation_id", {"机构不存在", "no such organisation"}});
  }
}

}  // namespace

std::optional<core::OrganisationRef> DelegationService::origin_of(soci::session& sql,
                                                                  const core::Delegation& d) {
  if (!d.origin_organisation_id) return std::nullopt;
  auto org = store::organisations::find(sql, *d.origin_organisation_id);
  if (!org) return std::nullopt;
  return core::OrganisationRef{org->organisation.id, org->organisation.name};
}

DelegationAnswer DelegationService::answer(soci::session& sql, core::Delegation d) const {
  DelegationAnswer a;
  a.origin = origin_of(sql, d);
  if (d.sdgs.empty()) {
    a.suggestions =
        suggest(d.interests.zh + "\n" + d.interests.en, thesaurus_, tagger_, true, true);
  }
  a.delegation = std::move(d);
  return a;
}

core::Result<DelegationAnswer> DelegationService::get(const Context& ctx, core::Id id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  DelegationAnswer out;
  bool found = false;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    if (auto d = store::delegations::find(sql, id)) {
      found = true;
      out = answer(sql, std::move(*d));
    }
    return {};
  });
  if (!found) return core::fail(not_found("delegation", id));
  return out;
}

core::Result<core::Page<DelegationAnswer>> DelegationService::list(
    const Context& ctx, const core::DelegationQuery& query) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  core::Page<DelegationAnswer> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto rows = store::delegations::list(sql, db_.backend(), query);
    for (auto& d : rows.items) {
      DelegationAnswer a;
      a.origin = origin_of(sql, d);
      a.delegation = std::move(d);
      page.items.push_back(std::move(a));
    }
    page.next_cursor = std::move(rows.next_cursor);
    return {};
  });
  return page;
}

core::Result<DelegationAnswer> DelegationService::create(const Context& ctx,
                                                         const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Delegation d;
  if (!in.has("country")) in.error("country", "必填", "required");
  read_into(in, d);
  d.id = 0;
  d.archived = false;
  for (auto& e : core::validate(d, reference_)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  DelegationAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_references(tx.sql(), d, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::delegations::insert(tx, d);
    tx.changed("delegation", d.id, "create");
    audit(tx, ctx, "create", "delegation", d.id, "", snapshot(d));
    out = answer(tx.sql(), d);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<DelegationAnswer> DelegationService::update(const Context& ctx, core::Id id,
                                                         const boost::json::object& patch) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  DelegationAnswer out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::delegations::find(tx.sql(), id);
    if (!current) return core::fail(not_found("delegation", id));
    core::Delegation d = *current;
    const std::string before = snapshot(d);
    read_into(in, d);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != current->version) return core::fail(stale("delegation", id, current->version));
    auto problems = core::validate(d, reference_);
    check_references(tx.sql(), d, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::delegations::update(tx, d)) return core::fail(stale("delegation", id, d.version));
    tx.changed("delegation", id, "update");
    audit(tx, ctx, "update", "delegation", id, before, snapshot(d));
    out = answer(tx.sql(), std::move(d));
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
