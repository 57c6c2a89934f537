#include "app/solution_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/solution_json.hpp"
#include "app/service_errors.hpp"
#include "core/permissions.hpp"
#include "core/validation.hpp"
#include "store/organisation_repo.hpp"
#include "store/solution_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Solution& s) { return json_text(to_json(s)); }

void check_organisation(soci::session& sql, const core::Solution& s,
                        std::vector<core::FieldError>& errors) {
  if (s.organisation_id && !store::organisations::missing(sql, {*s.organisation_id}).empty()) {
    errors.push_back({"organisation_id", {"机构不存在", "no such organisation"}});
  }
}

}  // namespace

core::Result<core::Solution> SolutionService::get(const Context& ctx, core::Id id) {
  std::optional<core::Solution> found;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    found = store::solutions::find(sql, id);
    return {};
  });
  if (!found || (found->archived && !ctx.actor.is_staff())) {
    return core::fail(not_found("solution", id));
  }
  return std::move(*found);
}

core::Result<core::Page<core::Solution>> SolutionService::list(const Context&,
                                                               const core::SolutionQuery& query) {
  core::Page<core::Solution> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::solutions::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::Solution> SolutionService::create(const Context& ctx,
                                                     const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Solution s;
  read_into(in, s);
  return write_new(ctx, std::move(s), std::move(errors));
}

core::Result<core::Solution> SolutionService::create(const Context& ctx, core::Solution s) {
  return write_new(ctx, std::move(s), {});
}

core::Result<core::Solution> SolutionService::write_new(const Context& ctx, core::Solution s,
                                                        std::vector<core::FieldError> errors) {
  // A partner's solution is its organisation's, whatever the body says.
  if (ctx.actor.role == core::Role::kPartner && !s.organisation_id) {
    s.organisation_id = ctx.actor.organisation_id;
  }
  if (!core::can_write_solution(ctx.actor, s.organisation_id)) return core::fail(refused(ctx));
  s.id = 0;
  s.archived = false;
  for (auto& e : core::validate(s, reference_)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_organisation(tx.sql(), s, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::solutions::insert(tx, s);
    tx.changed("solution", s.id, "create");
    audit(tx, ctx, "create", "solution", s.id, "", snapshot(s));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

core::Result<core::Solution> SolutionService::update(const Context& ctx, core::Id id,
                                                     const boost::json::object& patch) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  core::Solution s;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::solutions::find(tx.sql(), id);
    if (!current) return core::fail(not_found("solution", id));
    if (!core::can_write_solution(ctx.actor, current->organisation_id)) {
      return core::fail(forbidden(ctx));
    }
    s = *current;
    const std::string before = snapshot(s);
    read_into(in, s);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    // A partner cannot hand its solution to another organisation.
    if (!core::can_write_solution(ctx.actor, s.organisation_id)) return core::fail(forbidden(ctx));
    if (version != s.version) return core::fail(stale("solution", id, s.version));
    auto problems = core::validate(s, reference_);
    check_organisation(tx.sql(), s, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::solutions::update(tx, s)) return core::fail(stale("solution", id, s.version));
    tx.changed("solution", id, "update");
    audit(tx, ctx, "update", "solution", id, before, snapshot(s));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

core::Result<core::Solution> SolutionService::archive(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  core::Solution s;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::solutions::find(tx.sql(), id);
    if (!current) return core::fail(not_found("solution", id));
    if (!core::can_write_solution(ctx.actor, current->organisation_id)) {
      return core::fail(forbidden(ctx));
    }
    s = *current;
    if (s.archived) return {};
    const std::string before = snapshot(s);
    s.archived = true;
    if (!store::solutions::update(tx, s)) return core::fail(stale("solution", id, s.version));
    tx.changed("solution", id, "archive");
    audit(tx, ctx, "archive", "solution", id, before, snapshot(s));
    return {};
  });
  if (!r) return core::fail(r.error());
  return s;
}

}  // namespace icity::app
