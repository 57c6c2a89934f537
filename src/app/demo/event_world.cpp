#include "app/demo/event_world.hpp"

#include <boost/json.hpp>

#include "app/json/reader.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

core::Error bad_events(const std::string& where, const core::Error& e) {
  std::string detail = "demo events: " + where + ": " + e.detail.en;
  for (const auto& f : e.fields) detail += "; " + f.field + ": " + f.message.en;
  return core::Error::internal({detail, detail});
}

core::Id id_of(const std::map<std::string, core::Id>& ids, const json::value& key) {
  return ids.at(std::string(key.as_string()));
}

// Registers the event's participants (staff enrol them) and checks each in at
// every session when the event's record says they all attended.
core::Result<void> load_participants(App& app, const Context& ctx, const json::object& e,
                                     core::Id event_id,
                                     const std::map<std::string, core::Id>& org_ids,
                                     WorldReport& report) {
  auto it = e.find("participants");
  if (it == e.end()) return {};
  std::map<core::Id, std::string> org_names;
  std::vector<std::string> tokens;
  for (const auto& v : it->value().as_array()) {
    json::object p = v.as_object();
    const auto org = id_of(org_ids, p.at("organisation_key"));
    p.erase("organisation_key");
    auto view = app.organisations().get(ctx, org);
    if (view) p["organisation"] = view->organisation.name.in("en");
    auto r = app.registrations().register_for(ctx, event_id, p);
    if (!r) return core::fail(bad_events("participant", r.error()));
    tokens.push_back(r->check_in_token);
    ++report.registrations;
  }
  if (e.find("attendance") == e.end()) return {};
  auto event = app.events().get(ctx, event_id);
  if (!event) return core::fail(event.error());
  std::vector<json::value> places{nullptr};
  for (const auto& s : event->sessions) places.emplace_back(s.session.id);
  for (const auto& token : tokens) {
    for (const auto& place : places) {
      json::object body{{"token", token}};
      if (!place.is_null()) body["session_id"] = place;
      auto c = app.attendance().check_in(ctx, event_id, body);
      if (!c) return core::fail(bad_events("check-in", c.error()));
    }
  }
  return {};
}

}  // namespace

core::Result<void> load_demo_events(App& app, const Context& ctx, std::string_view events_json,
                                    const std::map<std::string, core::Id>& org_ids,
                                    WorldReport& report) {
  auto parsed = parse_json_object(events_json);
  if (!parsed) return core::fail(parsed.error());
  const json::object& world = *parsed;
  for (const auto& [key, site] : world.at("sites").as_object()) {
    json::object body = site.as_object();
    body["version"] = 0;
    auto put = app.events().put_site(ctx, org_ids.at(std::string(key)), body);
    if (!put) return core::fail(bad_events("site " + std::string(key), put.error()));
  }
  std::map<std::string, core::Id> series_ids;
  for (const auto& [key, series] : world.at("series").as_object()) {
    auto created = app.events().create_series(ctx, series.as_object());
    if (!created) return core::fail(bad_events("series " + std::string(key), created.error()));
    series_ids[std::string(key)] = created->id;
  }
  for (const auto& v : world.at("events").as_array()) {
    json::object e = v.as_object();
    const std::string key(e.at("key").as_string());
    json::object body = e;
    for (const char* k : {"key", "series", "sessions", "participants", "attendance",
                          "venue_organisation", "organisers"}) {
      body.erase(k);
    }
    if (!e.at("series").is_null())
      body["series_id"] = series_ids.at(std::string(e.at("series").as_string()));
    if (auto it = e.find("venue_organisation"); it != e.end()) {
      body["venue_organisation_id"] = id_of(org_ids, it->value());
    }
    json::array organisers;
    for (const auto& o : e.at("organisers").as_array()) organisers.emplace_back(id_of(org_ids, o));
    body["organisers"] = std::move(organisers);
    auto created = app.events().create(ctx, body);
    if (!created) return core::fail(bad_events("event " + key, created.error()));
    const core::Id event_id = created->event.id;
    ++report.events;
    if (auto it = e.find("sessions"); it != e.end()) {
      for (const auto& s : it->value().as_array()) {
        json::object session = s.as_object();
        if (auto site = session.find("site"); site != session.end()) {
          session["site_id"] = id_of(org_ids, site->value());
          session.erase("site");
        }
        auto added = app.events().add_session(ctx, event_id, session);
        if (!added) return core::fail(bad_events("session of " + key, added.error()));
      }
    }
    if (auto r = load_participants(app, ctx, e, event_id, org_ids, report); !r) return r;
  }
  return {};
}

}  // namespace icity::app
