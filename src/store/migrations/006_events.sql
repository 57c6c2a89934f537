-- Events and exchange programmes (src/core/event.hpp): series, events with
-- their registration rules, the sessions of a programme, the visitable
-- details of sites, registrations with their waiting list, invitations,
-- attendance, and the outbox of messages to people without an account.
-- Instants are RFC 3339 UTC text in one form (core::format_instant), so they
-- compare as strings.
CREATE TABLE event_series (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE events (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  series_id BIGINT REFERENCES event_series (id),
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  type TEXT NOT NULL,
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  venue_zh TEXT NOT NULL DEFAULT '',
  venue_en TEXT NOT NULL DEFAULT '',
  venue_organisation_id BIGINT REFERENCES organisations (id),
  -- space-delimited organisation ids, " 12 40 "
  organisers TEXT NOT NULL DEFAULT '',
  capacity INTEGER,
  visibility TEXT NOT NULL,
  registration_opens_at TEXT NOT NULL DEFAULT '',
  registration_closes_at TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'scheduled',
  meeting_slots INTEGER NOT NULL DEFAULT 0,
  meeting_minutes INTEGER NOT NULL DEFAULT 0,
  meeting_tables INTEGER NOT NULL DEFAULT 0,
  meetings_start_at TEXT NOT NULL DEFAULT '',
  meetings_published_at TEXT NOT NULL DEFAULT '',
  -- arrivals so far: the next registration's arrival number is this plus one
  arrivals BIGINT NOT NULL DEFAULT 0,
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX events_by_start ON events (archived, starts_at, id);
CREATE INDEX events_by_series ON events (series_id, starts_at);

CREATE TABLE event_sessions (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  event_id BIGINT NOT NULL REFERENCES events (id),
  type TEXT NOT NULL,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  starts_at TEXT NOT NULL,
  ends_at TEXT NOT NULL,
  site_id BIGINT REFERENCES organisations (id),
  location_zh TEXT NOT NULL DEFAULT '',
  location_en TEXT NOT NULL DEFAULT '',
  -- lines of "name_zh<TAB>name_en<TAB>title_zh<TAB>title_en"
  speakers TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX event_sessions_by_event ON event_sessions (event_id, starts_at, id);
CREATE INDEX event_sessions_by_site ON event_sessions (site_id);

CREATE TABLE sites (
  organisation_id BIGINT PRIMARY KEY REFERENCES organisations (id),
  version BIGINT NOT NULL DEFAULT 1,
  address_zh TEXT NOT NULL DEFAULT '',
  address_en TEXT NOT NULL DEFAULT '',
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  -- lines of "weekday opens closes": "1 09:00 12:00"
  opening_hours TEXT NOT NULL DEFAULT '',
  visit_minutes INTEGER NOT NULL DEFAULT 60,
  group_capacity INTEGER,
  updated_at TEXT NOT NULL
);

CREATE TABLE invitations (
  id {{id}},
  event_id BIGINT NOT NULL REFERENCES events (id),
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL,
  person_id BIGINT REFERENCES people (id),
  key_digest TEXT NOT NULL,
  registration_id BIGINT,
  reminders INTEGER NOT NULL DEFAULT 0,
  invited_at TEXT NOT NULL,
  reminded_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX invitations_one_per_email ON invitations (event_id, email);
CREATE UNIQUE INDEX invitations_by_key ON invitations (key_digest);

CREATE TABLE registrations (
  id {{id}},
  event_id BIGINT NOT NULL REFERENCES events (id),
  status TEXT NOT NULL,
  arrival BIGINT NOT NULL,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL,
  organisation TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  person_id BIGINT REFERENCES people (id),
  invitation_id BIGINT REFERENCES invitations (id),
  key_digest TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  cancelled_at TEXT NOT NULL DEFAULT '',
  promoted_at TEXT NOT NULL DEFAULT ''
);
CREATE UNIQUE INDEX registrations_arrival ON registrations (event_id, arrival);
CREATE INDEX registrations_by_status ON registrations (event_id, status, arrival);
CREATE INDEX registrations_by_email ON registrations (email);

-- A registration's presence at the event (session_id 0) or at one session.
CREATE TABLE attendance (
  registration_id BIGINT NOT NULL REFERENCES registrations (id),
  session_id BIGINT NOT NULL DEFAULT 0,
  checked_in_at TEXT NOT NULL,
  checked_in_by BIGINT REFERENCES users (id),
  PRIMARY KEY (registration_id, session_id)
);

-- Messages to people who may have no account (invitations, reminders, places
-- on the waiting list that became seats), kept until a mailer sends them.
CREATE TABLE outbox (
  id {{id}},
  kind TEXT NOT NULL,
  event_id BIGINT REFERENCES events (id),
  to_email TEXT NOT NULL,
  to_name TEXT NOT NULL DEFAULT '',
  subject_zh TEXT NOT NULL,
  subject_en TEXT NOT NULL,
  body_zh TEXT NOT NULL,
  body_en TEXT NOT NULL,
  created_at TEXT NOT NULL,
  sent_at TEXT NOT NULL DEFAULT ''
);
CREATE INDEX outbox_unsent ON outbox (sent_at, id);

-- Keys the server signs with (check-in tokens), made on first use.
CREATE TABLE signing_keys (
  name TEXT PRIMARY KEY,
  secret TEXT NOT NULL,
  created_at TEXT NOT NULL
);
