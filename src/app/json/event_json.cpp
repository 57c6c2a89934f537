#include "app/json/event_json.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value or_null(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

template <class T>
json::value or_null(const std::optional<T>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

// Texts stored one a line, tab-separated, keep neither.
void one_line(core::LocalizedText& t) {
  for (auto* s : {&t.zh, &t.en}) {
    std::replace_if(
        s->begin(), s->end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  }
}

// An int that validation can judge (out-of-range values stay out of range).
int clamped(std::int64_t v) {
  return static_cast<int>(std::clamp<std::int64_t>(v, -1, 1000000000));
}

}  // namespace

json::object to_json(const core::EventSeries& s) {
  return {{"id", s.id},
          {"version", s.version},
          {"title", to_json(s.title)},
          {"summary", to_json(s.summary)},
          {"archived", s.archived},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

void read_into(JsonReader& in, core::EventSeries& s) {
  in.allow({"id", "version", "created_at", "updated_at", "title", "summary", "archived"});
  in.text("title", s.title);
  in.text("summary", s.summary);
  in.boolean("archived", s.archived);
}

json::object to_json(const core::Event& e) {
  json::array organisers;
  for (auto id : e.organisers) organisers.emplace_back(id);
  json::object out{{"id", e.id},
                   {"version", e.version},
                   {"series_id", or_null(e.series_id)},
                   {"title", to_json(e.title)},
                   {"summary", to_json(e.summary)},
                   {"type", core::to_string(e.type)},
                   {"starts_at", e.starts_at},
                   {"ends_at", e.ends_at},
                   {"time_zone", e.time_zone},
                   {"venue", to_json(e.venue)},
                   {"venue_organisation_id", or_null(e.venue_organisation_id)},
                   {"organisers", std::move(organisers)},
                   {"capacity", or_null(e.capacity)},
                   {"visibility", core::to_string(e.visibility)},
                   {"registration_opens_at", or_null(e.registration_opens_at)},
                   {"registration_closes_at", or_null(e.registration_closes_at)},
                   {"status", core::to_string(e.status)},
                   {"archived", e.archived},
                   {"created_at", e.created_at},
                   {"updated_at", e.updated_at}};
  if (e.meeting_slots > 0) {
    out["meetings"] = json::object{{"slots", e.meeting_slots},
                                   {"minutes", e.meeting_minutes},
                                   {"tables", e.meeting_tables},
                                   {"start_at", e.meetings_start_at},
                                   {"published_at", or_null(e.meetings_published_at)}};
  } else {
    out["meetings"] = nullptr;
  }
  return out;
}

void read_into(JsonReader& in, core::Event& e) {
  in.allow({"id",
            "version",
            "created_at",
            "updated_at",
            "series",
            "organisations",
            "sessions",
            "registrations",
            "series_id",
            "title",
            "summary",
            "type",
            "starts_at",
            "ends_at",
            "time_zone",
            "venue",
            "venue_organisation_id",
            "organisers",
            "capacity",
            "visibility",
            "registration_opens_at",
            "registration_closes_at",
            "status",
            "meetings",
            "archived"});
  in.optional_id("series_id", e.series_id);
  in.text("title", e.title);
  in.text("summary", e.summary);
  in.enumeration("type", e.type, &core::parse_event_type, core::event_type_names());
  in.instant("starts_at", e.starts_at);
  in.instant("ends_at", e.ends_at);
  in.string("time_zone", e.time_zone, 64);
  in.text("venue", e.venue);
  in.optional_id("venue_organisation_id", e.venue_organisation_id);
  in.id_list("organisers", e.organisers);
  std::optional<std::int64_t> capacity = e.capacity;
  in.optional_integer("capacity", capacity);
  e.capacity = capacity ? std::optional<int>(clamped(*capacity)) : std::nullopt;
  in.enumeration("visibility", e.visibility, &core::parse_visibility, core::visibility_names());
  in.instant("registration_opens_at", e.registration_opens_at);
  in.instant("registration_closes_at", e.registration_closes_at);
  in.enumeration("status", e.status, &core::parse_event_status, core::event_status_names());
  in.boolean("archived", e.archived);
  if (in.has("meetings")) {
    // null: no B2B rounds; an object: how many slots of how many minutes, from when, at how many
    // tables.
    const bool given = in.object("meetings", [&](JsonReader& m) {
      m.allow({"slots", "minutes", "tables", "start_at", "published_at"});
      std::int64_t slots = e.meeting_slots, minutes = e.meeting_minutes, tables = e.meeting_tables;
      m.integer("slots", slots);
      m.integer("minutes", minutes);
      m.integer("tables", tables);
      e.meeting_slots = clamped(slots);
      e.meeting_minutes = clamped(minutes);
      e.meeting_tables = clamped(tables);
      m.instant("start_at", e.meetings_start_at);
    });
    if (!given) {
      e.meeting_slots = e.meeting_minutes = e.meeting_tables = 0;
      e.meetings_start_at.clear();
    }
  }
}

json::object to_json(const core::EventSession& s) {
  json::array speakers;
  for (const auto& sp : s.speakers) {
    speakers.push_back(json::object{{"name", to_json(sp.name)}, {"title", to_json(sp.title)}});
  }
  return {{"id", s.id},
          {"version", s.version},
          {"event_id", s.event_id},
          {"type", core::to_string(s.type)},
          {"type_label", to_json(core::label_of(s.type))},
          {"title", to_json(s.title)},
          {"summary", to_json(s.summary)},
          {"starts_at", s.starts_at},
          {"ends_at", s.ends_at},
          {"site_id", or_null(s.site_id)},
          {"location", to_json(s.location)},
          {"speakers", std::move(speakers)},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

void read_into(JsonReader& in, core::EventSession& s) {
  in.allow({"id", "version", "event_id", "type_label", "site", "created_at", "updated_at", "type",
            "title", "summary", "starts_at", "ends_at", "site_id", "location", "speakers"});
  in.enumeration("type", s.type, &core::parse_session_type, core::session_type_names());
  in.text("title", s.title);
  in.text("summary", s.summary);
  in.instant("starts_at", s.starts_at);
  in.instant("ends_at", s.ends_at);
  in.optional_id("site_id", s.site_id);
  in.text("location", s.location);
  if (in.has("speakers")) {
    std::vector<core::Speaker> speakers;
    in.objects("speakers", [&](JsonReader& r) {
      r.allow({"name", "title"});
      core::Speaker sp;
      r.text("name", sp.name);
      r.text("title", sp.title);
      one_line(sp.name);
      one_line(sp.title);
      speakers.push_back(std::move(sp));
    });
    s.speakers = std::move(speakers);
  }
}

json::object to_json(const core::SiteDetails& s) {
  json::array hours;
  for (const auto& h : s.opening_hours) {
    hours.push_back(json::object{{"weekday", h.weekday}, {"opens", h.opens}, {"closes", h.closes}});
  }
  return {{"organisation_id", s.organisation_id},
          {"version", s.version},
          {"address", to_json(s.address)},
          {"latitude", or_null(s.latitude)},
          {"longitude", or_null(s.longitude)},
          {"opening_hours", std::move(hours)},
          {"visit_minutes", s.visit_minutes},
          {"group_capacity", or_null(s.group_capacity)},
          {"updated_at", s.updated_at}};
}

void read_into(JsonReader& in, core::SiteDetails& s) {
  in.allow({"organisation_id", "organisation", "updated_at", "version", "address", "latitude",
            "longitude", "opening_hours", "visit_minutes", "group_capacity"});
  in.text("address", s.address);
  in.optional_number("latitude", s.latitude);
  in.optional_number("longitude", s.longitude);
  if (in.has("opening_hours")) {
    std::vector<core::OpeningHours> hours;
    in.objects("opening_hours", [&](JsonReader& r) {
      r.allow({"weekday", "opens", "closes"});
      std::int64_t weekday = 0;
      core::OpeningHours h;
      r.integer("weekday", weekday);
      r.string("opens", h.opens, 5);
      r.string("closes", h.closes, 5);
      h.weekday = clamped(weekday);
      hours.push_back(std::move(h));
    });
    s.opening_hours = std::move(hours);
  }
  std::int64_t minutes = s.visit_minutes;
  in.integer("visit_minutes", minutes);
  s.visit_minutes = clamped(minutes);
  std::optional<std::int64_t> capacity = s.group_capacity;
  in.optional_integer("group_capacity", capacity);
  s.group_capacity = capacity ? std::optional<int>(clamped(*capacity)) : std::nullopt;
}

}  // namespace icity::app
