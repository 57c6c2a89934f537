#include "app/person_service.hpp"

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/json/directory_json.hpp"
#include "app/service_errors.hpp"
#include "core/permissions.hpp"
#include "core/validation.hpp"
#include "store/organisation_repo.hpp"
#include "store/person_repo.hpp"

namespace icity::app {
namespace {

std::string snapshot(const core::Person& p) { return json_text(to_json(p, true)); }

void check_organisation(soci::session& sql, const core::Person& p,
                        std::vector<core::FieldError>& errors) {
  if (p.organisation_id && !store::organisations::missing(sql, {*p.organisation_id}).empty()) {
    errors.push_back({"organisation_id", {"机构不存在", "no such organisation"}});
  }
}

}  // namespace

core::Result<core::Person> PersonService::get(const Context& ctx, core::Id id) {
  if (!core::can_read_people(ctx.actor)) return core::fail(unauthenticated());
  std::optional<core::Person> person;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    person = store::people::find(sql, id);
    return {};
  });
  if (!person) return core::fail(not_found("person", id));
  return std::move(*person);
}

core::Result<core::Page<core::Person>> PersonService::list(const Context& ctx,
                                                           const core::PersonQuery& query) {
  if (!core::can_read_people(ctx.actor)) return core::fail(unauthenticated());
  core::Page<core::Person> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::people::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

core::Result<core::Person> PersonService::create(const Context& ctx,
                                                 const boost::json::object& body) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::Person person;
  read_into(in, person);
  return write_new(ctx, std::move(person), std::move(errors));
}

core::Result<core::Person> PersonService::create(const Context& ctx, core::Person person) {
  return write_new(ctx, std::move(person), {});
}

core::Result<core::Person> PersonService::write_new(const Context& ctx, core::Person person,
                                                    std::vector<core::FieldError> errors) {
  if (!core::can_edit_person(ctx.actor, person.organisation_id)) {
    return core::fail(forbidden(ctx));
  }
  person.id = 0;
  person.archived = false;
  for (auto& e : core::validate(person, reference_)) errors.push_back(std::move(e));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    std::vector<core::FieldError> ref_errors;
    check_organisation(tx.sql(), person, ref_errors);
    if (!ref_errors.empty()) return core::fail(core::Error::invalid(std::move(ref_errors)));
    store::people::insert(tx, person);
    tx.changed("person", person.id, "create");
    audit(tx, ctx, "create", "person", person.id, "", snapshot(person));
    return {};
  });
  if (!r) return core::fail(r.error());
  return person;
}

core::Result<core::Person> PersonService::update(const Context& ctx, core::Id id,
                                                 const boost::json::object& patch) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  in.version(version);
  core::Person person;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::people::find(tx.sql(), id);
    if (!current) return core::fail(not_found("person", id));
    if (!core::can_edit_person(ctx.actor, current->organisation_id)) {
      return core::fail(forbidden(ctx));
    }
    person = *current;
    const std::string before = snapshot(person);
    read_into(in, person);
    // A partner cannot move a person to another organisation.
    if (!core::can_edit_person(ctx.actor, person.organisation_id)) {
      errors.push_back(
          {"organisation_id", {"只能是您自己的机构", "must be your own organisation"}});
    }
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != person.version) return core::fail(stale("person", id, person.version));
    auto problems = core::validate(person, reference_);
    check_organisation(tx.sql(), person, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::people::update(tx, person)) return core::fail(stale("person", id, person.version));
    tx.changed("person", id, "update");
    audit(tx, ctx, "update", "person", id, before, snapshot(person));
    return {};
  });
  if (!r) return core::fail(r.error());
  return person;
}

core::Result<core::Person> PersonService::archive(const Context& ctx, core::Id id) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  core::Person person;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::people::find(tx.sql(), id);
    if (!current) return core::fail(not_found("person", id));
    if (!core::can_edit_person(ctx.actor, current->organisation_id)) {
      return core::fail(forbidden(ctx));
    }
    person = *current;
    if (person.archived) return {};
    const std::string before = snapshot(person);
    person.archived = true;
    if (!store::people::update(tx, person)) return core::fail(stale("person", id, person.version));
    tx.changed("person", id, "archive");
    audit(tx, ctx, "archive", "person", id, before, snapshot(person));
    return {};
  });
  if (!r) return core::fail(r.error());
  return person;
}

}  // namespace icity::app
