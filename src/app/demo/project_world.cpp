#include "app/demo/project_world.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>

#include "app/json/reader.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

core::Error bad_projects(const std::string& where, const core::Error& e) {
  std::string detail = "demo projects: " + where + ": " + e.detail.en;
  for (const auto& f : e.fields) detail += "; " + f.field + ": " + f.message.en;
  return core::Error::internal({detail, detail});
}

// The ids of the demo events, by key, found by their English title.
core::Result<std::map<std::string, core::Id>> event_ids(App& app, std::string_view events_json) {
  auto parsed = parse_json_object(events_json);
  if (!parsed) return core::fail(parsed.error());
  std::map<std::string, core::Id> ids;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    for (const auto& v : parsed->at("events").as_array()) {
      const auto& e = v.as_object();
      std::string title(e.at("title").at("en").as_string());
      long long id = 0;
      sql << "SELECT MIN(id) FROM events WHERE title_en = :t", soci::use(title, "t"),
          soci::into(id);
      if (id > 0) ids[std::string(e.at("key").as_string())] = id;
    }
    return {};
  });
  return ids;
}

// Replaces the key `from` (an organisation's or event's) by `to` holding its id.
void resolve(json::object& o, const char* from, const char* to,
             const std::map<std::string, core::Id>& ids) {
  auto it = o.find(from);
  if (it == o.end()) return;
  o[to] = ids.at(std::string(it->value().as_string()));
  o.erase(from);
}

void resolve_parties(json::object& o, const std::map<std::string, core::Id>& org_ids) {
  for (auto& p : o.at("parties").as_array())
    resolve(p.as_object(), "organisation", "organisation_id", org_ids);
}

}  // namespace

core::Result<void> load_demo_projects(App& app, const Context& ctx, std::string_view projects_json,
                                      std::string_view events_json,
                                      const std::map<std::string, core::Id>& org_ids,
                                      WorldReport& report) {
  auto parsed = parse_json_object(projects_json);
  if (!parsed) return core::fail(parsed.error());
  auto events = event_ids(app, events_json);
  if (!events) return core::fail(events.error());
  std::map<std::string, core::Id> project_ids;
  for (const auto& v : parsed->at("projects").as_array()) {
    json::object p = v.as_object();
    const std::string key(p.at("key").as_string());
    p.erase("key");
    resolve_parties(p, org_ids);
    resolve(p, "event", "event_id", *events);
    auto created = app.projects().create(ctx, p);
    if (!created) return core::fail(bad_projects("project " + key, created.error()));
    project_ids[key] = created->id;
    ++report.projects;
  }
  for (const auto& v : parsed->at("agreements").as_array()) {
    json::object a = v.as_object();
    resolve_parties(a, org_ids);
    resolve(a, "event", "event_id", *events);
    resolve(a, "project", "project_id", project_ids);
    auto created = app.agreements().create(ctx, a);
    if (!created) return core::fail(bad_projects("agreement", created.error()));
    ++report.agreements;
  }
  return {};
}

}  // namespace icity::app
