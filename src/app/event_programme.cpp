// EventService, second half: the sessions of a programme and the sites they
// visit (declared in app/event_service.hpp).
#include <soci/soci.h>

#include <boost/json.hpp>

#include "app/audit_trail.hpp"
#include "app/event_service.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/event_json.hpp"
#include "app/service_errors.hpp"
#include "store/event_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/site_repo.hpp"

namespace icity::app {
namespace {

// Organisations that receive visits: places, and companies of every size.
bool can_be_visited(core::OrgKind kind) {
  using core::OrgKind;
  return kind == OrgKind::kSite || kind == OrgKind::kEnterprise || kind == OrgKind::kSme ||
         kind == OrgKind::kStartup;
}

std::optional<core::OrganisationRef> ref_of(soci::session& sql, core::Id id) {
  auto org = store::organisations::find(sql, id);
  if (!org) return std::nullopt;
  return core::OrganisationRef{org->organisation.id, org->organisation.name};
}

core::Error version_required() {
  return core::Error::invalid(
      {{"version", {"必填:请带上读取时的版本号", "required: send the version you read"}}});
}

// The session's site, when it names one that exists.
void check_site(soci::session& sql, const core::EventSession& s,
                std::vector<core::FieldError>& errors) {
  if (s.site_id && !store::organisations::find(sql, *s.site_id)) {
    errors.push_back({"site_id", {"机构不存在", "no such organisation"}});
  }
}

}  // namespace

core::Result<SessionView> EventService::add_session(const Context& ctx, core::Id event_id,
                                                    const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  core::EventSession s;
  if (!in.has("type")) in.error("type", "必填", "required");
  read_into(in, s);
  s.event_id = event_id;
  SessionView out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto event = store::events::find(tx.sql(), event_id);
    if (!event) return core::fail(not_found("event", event_id));
    for (auto& f : core::validate(s, *event)) errors.push_back(std::move(f));
    check_site(tx.sql(), s, errors);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    store::events::insert(tx, s);
    tx.changed("event", event_id, "update");
    audit(tx, ctx, "create", "event_session", s.id, "", json_text(to_json(s)));
    out.site = s.site_id ? ref_of(tx.sql(), *s.site_id) : std::nullopt;
    out.session = s;
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<SessionView> EventService::update_session(const Context& ctx, core::Id event_id,
                                                       core::Id id,
                                                       const boost::json::object& patch) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(patch, errors);
  std::int64_t version = 0;
  if (!in.has("version")) return core::fail(version_required());
  in.integer("version", version);
  SessionView out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::events::find_session(tx.sql(), id);
    if (!current || current->event_id != event_id) return core::fail(not_found("session", id));
    auto event = store::events::find(tx.sql(), event_id);
    core::EventSession s = *current;
    read_into(in, s);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    if (version != current->version) return core::fail(stale("session", id, current->version));
    auto problems = core::validate(s, *event);
    check_site(tx.sql(), s, problems);
    if (!problems.empty()) return core::fail(core::Error::invalid(std::move(problems)));
    if (!store::events::update(tx, s)) return core::fail(stale("session", id, s.version));
    tx.changed("event", event_id, "update");
    audit(tx, ctx, "update", "event_session", id, json_text(to_json(*current)),
          json_text(to_json(s)));
    out.site = s.site_id ? ref_of(tx.sql(), *s.site_id) : std::nullopt;
    out.session = std::move(s);
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

core::Result<void> EventService::remove_session(const Context& ctx, core::Id event_id,
                                                core::Id id) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  return db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto current = store::events::find_session(tx.sql(), id);
    if (!current || current->event_id != event_id) return core::fail(not_found("session", id));
    store::events::remove_session(tx, id);
    tx.changed("event", event_id, "update");
    audit(tx, ctx, "delete", "event_session", id, json_text(to_json(*current)), "");
    return {};
  });
}

core::Result<std::vector<SiteView>> EventService::sites(const Context&) {
  std::vector<SiteView> out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    for (auto& s : store::sites::all(sql)) {
      auto org = store::organisations::find(sql, s.organisation_id);
      if (!org || org->organisation.archived) continue;
      out.push_back(
          {std::move(s), {org->organisation.id, org->organisation.name}, org->organisation.kind});
    }
    return {};
  });
  return out;
}

core::Result<SiteView> EventService::site(const Context&, core::Id organisation_id) {
  std::optional<SiteView> out;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto s = store::sites::find(sql, organisation_id);
    auto org = store::organisations::find(sql, organisation_id);
    if (s && org) {
      out = SiteView{
          std::move(*s), {org->organisation.id, org->organisation.name}, org->organisation.kind};
    }
    return {};
  });
  if (!out) return core::fail(not_found("site", organisation_id));
  return std::move(*out);
}

core::Result<SiteView> EventService::put_site(const Context& ctx, core::Id organisation_id,
                                              const boost::json::object& body) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  std::int64_t version = 0;
  if (!in.has("version")) return core::fail(version_required());
  in.integer("version", version);
  SiteView out;
  auto r = db_.write([&](store::Tx& tx) -> core::Result<void> {
    auto org = store::organisations::find(tx.sql(), organisation_id);
    if (!org) return core::fail(not_found("organisation", organisation_id));
    if (!can_be_visited(org->organisation.kind)) {
      return core::fail(core::Error::invalid(
          {{"organisation_id",
            {"只有地点或企业可以设为参访地点", "only a site or an enterprise can be a site"}}}));
    }
    auto current = store::sites::find(tx.sql(), organisation_id);
    core::SiteDetails s = current.value_or(core::SiteDetails{});
    s.organisation_id = organisation_id;
    read_into(in, s);
    if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
    const std::int64_t stored = current ? current->version : 0;
    if (version != stored) return core::fail(stale("site", organisation_id, stored));
    if (auto problems = core::validate(s); !problems.empty()) {
      return core::fail(core::Error::invalid(std::move(problems)));
    }
    s.version = stored;
    if (!store::sites::put(tx, s)) return core::fail(stale("site", organisation_id, stored));
    tx.changed("organisation", organisation_id, "update");
    audit(tx, ctx, current ? "update" : "create", "site", organisation_id,
          current ? json_text(to_json(*current)) : "", json_text(to_json(s)));
    out = SiteView{s, {org->organisation.id, org->organisation.name}, org->organisation.kind};
    return {};
  });
  if (!r) return core::fail(r.error());
  return out;
}

}  // namespace icity::app
