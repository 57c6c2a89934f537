-- Introductions: from a match to a meeting (the workflow: src/core/introduction.hpp),
-- each step kept in introduction_steps, and the in-app notifications of the people
-- concerned. delegation_id has no foreign key on purpose: delegations are written
-- in parallel (migration 004) and an introduction only points at one.
CREATE TABLE introductions (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  status TEXT NOT NULL DEFAULT 'interest',
  from_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  to_organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  opportunity_id BIGINT REFERENCES opportunities (id),
  delegation_id BIGINT,
  -- the match score, when the introduction came from a suggestion (DOUBLE PRECISION:
  -- PostgreSQL's REAL is 4 bytes and would not give back the score sent; SQLite: REAL)
  score DOUBLE PRECISION,
  -- agreement | project | follow_up | no_deal, once concluded; '' before
  outcome TEXT NOT NULL DEFAULT '',
  -- the meeting, once met
  interaction_id BIGINT REFERENCES interactions (id),
  created_by BIGINT REFERENCES users (id),
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX introductions_by_from ON introductions (from_organisation_id, id);
CREATE INDEX introductions_by_to ON introductions (to_organisation_id, id);
CREATE INDEX introductions_by_status ON introductions (status, id);
CREATE INDEX introductions_by_opportunity ON introductions (opportunity_id);

CREATE TABLE introduction_steps (
  id {{id}},
  introduction_id BIGINT NOT NULL REFERENCES introductions (id),
  status TEXT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  actor_email TEXT NOT NULL DEFAULT '',
  message_zh TEXT NOT NULL DEFAULT '',
  message_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX introduction_steps_by_introduction ON introduction_steps (introduction_id, id);
-- the dashboard counts introductions per step reached
CREATE INDEX introduction_steps_by_status ON introduction_steps (status, introduction_id);

CREATE TABLE notifications (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  kind TEXT NOT NULL,
  subject_type TEXT NOT NULL DEFAULT '',
  subject_id BIGINT NOT NULL DEFAULT 0,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  body_zh TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT '',
  link TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  read_at TEXT
);
-- a user's notifications, newest first; and the unread ones alone (the badge)
CREATE INDEX notifications_by_user ON notifications (user_id, id);
CREATE INDEX notifications_unread ON notifications (user_id, id) WHERE read_at IS NULL;
