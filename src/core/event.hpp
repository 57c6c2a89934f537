// Events and exchange programmes as plain values: the series they belong to
// (the "i·CITY" exchange series), the event with its registration rules, the
// sessions of its programme (a day-by-day timetable), and the visitable details
// of a site. Times are RFC 3339 UTC as core::format_instant writes them; the
// event's IANA time zone says how people see them.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/localized_text.hpp"

namespace icity::core {

using Id = std::int64_t;

enum class EventType { kConference, kExchangeCamp, kWorkshop, kB2b, kVisitProgramme, kCultural };
enum class SessionType {
  kOpeningCeremony,
  kSeminar,
  kExchangeMeeting,
  kCompanyVisit,
  kFieldSurvey,
  kCulturalExperience,
  kB2bRound,
  kOther,
};
enum class Visibility { kPublic, kInvitation };
enum class EventStatus { kScheduled, kCancelled };

std::string_view to_string(EventType v);
std::string_view to_string(SessionType v);
std::string_view to_string(Visibility v);
std::string_view to_string(EventStatus v);
LocalizedText label_of(SessionType v);
std::optional<EventType> parse_event_type(std::string_view s);
std::optional<SessionType> parse_session_type(std::string_view s);
std::optional<Visibility> parse_visibility(std::string_view s);
std::optional<EventStatus> parse_event_status(std::string_view s);
std::span<const std::string_view> event_type_names();
std::span<const std::string_view> session_type_names();
std::span<const std::string_view> visibility_names();
std::span<const std::string_view> event_status_names();

struct EventSeries {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText title;
  LocalizedText summary;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct Event {
  Id id = 0;
  std::int64_t version = 0;
  std::optional<Id> series_id;
  LocalizedText title;
  LocalizedText summary;
  EventType type = EventType::kWorkshop;
  std::string starts_at, ends_at;
  std::string time_zone = "Asia/Shanghai";  // IANA
  LocalizedText venue;
  std::optional<Id> venue_organisation_id;
  std::vector<Id> organisers;   // organisations
  std::optional<int> capacity;  // none: no limit
  Visibility visibility = Visibility::kPublic;
  std::string registration_opens_at,
      registration_closes_at;  // "" : open from creation / until start
  EventStatus status = EventStatus::kScheduled;
  // B2B rounds: how many slots of how many minutes from when, at how many tables.
  int meeting_slots = 0;
  int meeting_minutes = 0;
  int meeting_tables = 0;
  std::string meetings_start_at;
  std::string meetings_published_at;  // "" while the agenda is a draft
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct Speaker {
  LocalizedText name;
  LocalizedText title;
};

struct EventSession {
  Id id = 0;
  std::int64_t version = 0;
  Id event_id = 0;
  SessionType type = SessionType::kSeminar;
  LocalizedText title;
  LocalizedText summary;
  std::string starts_at, ends_at;
  std::optional<Id> site_id;  // an organisation of kind site or enterprise
  LocalizedText location;     // when it is not a site of the directory (or a room in it)
  std::vector<Speaker> speakers;
  std::string created_at;
  std::string updated_at;
};

// Opening hours of a site on one weekday (1 = Monday … 7 = Sunday); several
// intervals a day when it closes at noon. "HH:MM" local time of the site.
struct OpeningHours {
  int weekday = 1;
  std::string opens, closes;
  bool operator==(const OpeningHours&) const = default;
};

// What a delegation needs to visit an organisation of kind site or enterprise.
struct SiteDetails {
  Id organisation_id = 0;
  std::int64_t version = 0;
  LocalizedText address;
  std::optional<double> latitude, longitude;
  std::vector<OpeningHours> opening_hours;  // none: open by appointment at any time of day
  int visit_minutes = 60;
  std::optional<int> group_capacity;
  std::string updated_at;
};

struct EventQuery {
  std::string q;  // in either title
  std::optional<EventType> type;
  std::optional<Id> series_id;
  std::string from, to;     // instants: events that end after `from`, start before `to`
  bool public_only = true;  // false for staff: invitation-only events too
  bool ascending = false;   // soonest first (upcoming), else latest first
  std::string cursor;
  int limit = 20;
};

// Every bad field, in both languages (references to other records are the
// services' to check).
std::vector<FieldError> validate(const EventSeries& series);
std::vector<FieldError> validate(const Event& event);
std::vector<FieldError> validate(const EventSession& session, const Event& event);
std::vector<FieldError> validate(const SiteDetails& site);

bool is_valid_clock_time(std::string_view text);  // "HH:MM", 00:00..24:00

}  // namespace icity::core
