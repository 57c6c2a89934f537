-- B2B meetings at an event: who asked to meet whom and with what priority,
-- the other side's answer, the slots each participant cannot attend, and the
-- schedule (a draft until the event's meetings_published_at is set).
-- Participants are registrations of the event.
CREATE TABLE meeting_requests (
  id {{id}},
  event_id BIGINT NOT NULL REFERENCES events (id),
  from_registration_id BIGINT NOT NULL REFERENCES registrations (id),
  to_registration_id BIGINT NOT NULL REFERENCES registrations (id),
  -- the smaller and the larger of the two ids: one request a pair
  pair_low BIGINT NOT NULL,
  pair_high BIGINT NOT NULL,
  priority INTEGER NOT NULL,
  message TEXT NOT NULL DEFAULT '',
  -- requested | accepted | declined | withdrawn
  status TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE UNIQUE INDEX meeting_requests_pair ON meeting_requests (event_id, pair_low, pair_high);
CREATE INDEX meeting_requests_by_from ON meeting_requests (from_registration_id);
CREATE INDEX meeting_requests_by_to ON meeting_requests (to_registration_id);

CREATE TABLE meeting_unavailable (
  registration_id BIGINT NOT NULL REFERENCES registrations (id),
  slot INTEGER NOT NULL,
  PRIMARY KEY (registration_id, slot)
);

CREATE TABLE meetings (
  id {{id}},
  event_id BIGINT NOT NULL REFERENCES events (id),
  request_id BIGINT NOT NULL REFERENCES meeting_requests (id),
  slot INTEGER NOT NULL,
  table_no INTEGER NOT NULL,
  -- 1: placed by hand; the scheduler keeps it where it is
  fixed INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);
CREATE UNIQUE INDEX meetings_one_per_request ON meetings (request_id);
CREATE UNIQUE INDEX meetings_one_per_table ON meetings (event_id, slot, table_no);
