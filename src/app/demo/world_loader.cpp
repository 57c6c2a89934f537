#include "app/demo/world_loader.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>
#include <map>

#include "app/demo/demo_files.hpp"
#include "app/demo/desk_world.hpp"
#include "app/demo/event_world.hpp"
#include "app/demo/project_world.hpp"
#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

std::string_view demo_file(std::string_view name) {
  for (const auto& f : demo_files::files()) {
    if (f.name == name) return f.content;
  }
  return {};
}

core::Error bad_world(const std::string& where, const std::vector<core::FieldError>& errors) {
  std::string detail = "demo world: " + where;
  for (const auto& e : errors) detail += "; " + e.field + ": " + e.message.en;
  return core::Error::internal({detail, detail});
}

std::string key_of(const json::object& o) {
  auto it = o.find("key");
  return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
}

}  // namespace

core::Result<WorldReport> load_demo_world(App& app) {
  std::int64_t existing = 0;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM organisations", soci::into(n);
    existing = n;
    return {};
  });
  WorldReport report;
  if (existing > 0) return report;
  auto parsed = parse_json_object(demo_file("world.json"));
  if (!parsed) return core::fail(parsed.error());
  const json::object& world = *parsed;
  const Context ctx = system_context("demo-world");
  std::map<std::string, core::Id> org_ids;
  std::map<std::string, core::Id> person_ids;

  for (const auto& v : world.at("organisations").as_array()) {
    json::object o = v.as_object();
    const std::string key = key_of(o);
    o.erase("key");
    auto created = app.organisations().create(ctx, o);
    if (!created) return core::fail(bad_world("organisation " + key, created.error().fields));
    org_ids[key] = created->organisation.id;
    ++report.organisations;
  }
  // Relations: each organisation's outgoing set, written in one update.
  std::map<std::string, json::array> outgoing;
  for (const auto& v : world.at("relations").as_array()) {
    const auto& r = v.as_object();
    const std::string from(r.at("from").as_string());
    const std::string to(r.at("to").as_string());
    if (!org_ids.contains(from) || !org_ids.contains(to)) {
      return core::fail(bad_world("relation " + from + " -> " + to, {}));
    }
    outgoing[from].push_back(
        json::object{{"type", r.at("type")}, {"organisation_id", org_ids[to]}});
    ++report.relations;
  }
  for (auto& [from, relations] : outgoing) {
    auto current = app.organisations().get(ctx, org_ids[from]);
    if (!current) return core::fail(current.error());
    json::object patch{{"version", current->organisation.version},
                       {"relations", std::move(relations)}};
    auto updated = app.organisations().update(ctx, org_ids[from], patch);
    if (!updated) return core::fail(bad_world("relations of " + from, updated.error().fields));
  }
  for (const auto& v : world.at("people").as_array()) {
    json::object p = v.as_object();
    const std::string key = key_of(p);
    p.erase("key");
    if (auto it = p.find("organisation"); it != p.end()) {
      p["organisation_id"] = org_ids.at(std::string(it->value().as_string()));
      p.erase("organisation");
    }
    auto created = app.people().create(ctx, p);
    if (!created) return core::fail(bad_world("person " + key, created.error().fields));
    person_ids[key] = created->id;
    ++report.people;
  }
  for (const auto& v : world.at("interactions").as_array()) {
    json::object i = v.as_object();
    json::array orgs;
    for (const auto& k : i.at("organisations").as_array()) {
      orgs.emplace_back(org_ids.at(std::string(k.as_string())));
    }
    json::array people;
    if (auto it = i.find("people"); it != i.end()) {
      for (const auto& k : it->value().as_array()) {
        people.emplace_back(person_ids.at(std::string(k.as_string())));
      }
    }
    i.erase("organisations");
    i.erase("people");
    i["organisation_ids"] = std::move(orgs);
    i["person_ids"] = std::move(people);
    auto created = app.interactions().create(ctx, i);
    if (!created) return core::fail(bad_world("interaction", created.error().fields));
    ++report.interactions;
  }
  if (auto it = world.find("solutions"); it != world.end()) {
    for (const auto& v : it->value().as_array()) {
      json::object sol = v.as_object();
      if (auto org = sol.find("organisation"); org != sol.end()) {
        sol["organisation_id"] = org_ids.at(std::string(org->value().as_string()));
        sol.erase("organisation");
      }
      auto created = app.solutions().create(ctx, sol);
      if (!created) return core::fail(bad_world("solution", created.error().fields));
      ++report.solutions;
    }
  }
  // Opportunities the seeds' organisations put forward, published.
  if (auto it = world.find("opportunities"); it != world.end()) {
    for (const auto& v : it->value().as_array()) {
      json::object o = v.as_object();
      const std::string owner(o.at("organisation").as_string());
      o["organisation_id"] = org_ids.at(owner);
      o.erase("organisation");
      auto created = app.opportunities().create(ctx, o);
      if (!created) return core::fail(bad_world("opportunity of " + owner, created.error().fields));
      auto published = app.opportunities().transition(ctx, created->opportunity.id,
                                                      json::object{{"to", "published"}});
      if (!published) return core::fail(published.error());
      ++report.opportunities;
    }
  }
  if (auto it = world.find("delegations"); it != world.end()) {
    for (const auto& v : it->value().as_array()) {
      json::object d = v.as_object();
      const std::string key = key_of(d);
      d.erase("key");
      if (auto org = d.find("origin"); org != d.end()) {
        d["origin_organisation_id"] = org_ids.at(std::string(org->value().as_string()));
        d.erase("origin");
      }
      auto created = app.delegations().create(ctx, d);
      if (!created) return core::fail(bad_world("delegation " + key, created.error().fields));
      ++report.delegations;
    }
  }
  if (auto r = load_demo_events(app, ctx, demo_file("events.json"), org_ids, report); !r) {
    return core::fail(r.error());
  }
  if (auto r = load_demo_desk(app, ctx, demo_file("desk.json")); !r) return core::fail(r.error());
  if (auto r = load_demo_projects(app, ctx, demo_file("projects.json"), demo_file("events.json"),
                                  org_ids, report);
      !r) {
    return core::fail(r.error());
  }
  return report;
}

}  // namespace icity::app
