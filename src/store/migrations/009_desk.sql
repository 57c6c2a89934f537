-- The service desk for foreign-related matters (src/core/desk.hpp): teams and
-- their members, the catalogue of services, and cases with their history,
-- conversation and attachments. A case's due_at is never NULL (intake + the
-- service's target in business time, moved on by time spent waiting on the
-- requester) so a queue sorts and pages on (due_at, id) alike on both
-- databases; is_open (1 until resolved or closed) leads the queue indexes.
CREATE TABLE desk_teams (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  key TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE desk_team_members (
  team_id BIGINT NOT NULL REFERENCES desk_teams (id),
  user_id BIGINT NOT NULL REFERENCES users (id),
  PRIMARY KEY (team_id, user_id)
);
CREATE INDEX desk_team_members_by_user ON desk_team_members (user_id, team_id);

CREATE TABLE desk_services (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  key TEXT NOT NULL UNIQUE,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  team_id BIGINT NOT NULL REFERENCES desk_teams (id),
  target_hours INTEGER NOT NULL,
  active INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE cases (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  service_id BIGINT NOT NULL REFERENCES desk_services (id),
  team_id BIGINT REFERENCES desk_teams (id),
  status TEXT NOT NULL DEFAULT 'new',
  is_open INTEGER NOT NULL DEFAULT 1,
  assignee_id BIGINT REFERENCES users (id),
  organisation_id BIGINT REFERENCES organisations (id),
  contact_name TEXT NOT NULL,
  contact_email TEXT NOT NULL,
  contact_phone TEXT NOT NULL DEFAULT '',
  contact_organisation TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL DEFAULT '',
  language TEXT NOT NULL DEFAULT 'zh',
  subject TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL,
  key_digest TEXT NOT NULL,
  due_at TEXT NOT NULL,
  waiting_since TEXT NOT NULL DEFAULT '',
  first_response_at TEXT NOT NULL DEFAULT '',
  resolved_at TEXT NOT NULL DEFAULT '',
  closed_at TEXT NOT NULL DEFAULT '',
  satisfaction INTEGER,
  satisfaction_comment TEXT NOT NULL DEFAULT '',
  rated_at TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
-- the queues: open ones by due date, overall, per team and per assignee (NULL: unassigned)
CREATE INDEX cases_open_by_due ON cases (is_open, due_at, id);
CREATE INDEX cases_team_by_due ON cases (team_id, is_open, due_at, id);
CREATE INDEX cases_assignee_by_due ON cases (assignee_id, is_open, due_at, id);
CREATE INDEX cases_by_status ON cases (status, due_at, id);
CREATE INDEX cases_by_service ON cases (service_id, id);
CREATE INDEX cases_by_updated ON cases (updated_at, id);
-- the centre's figures: matters resolved in a period
CREATE INDEX cases_by_resolved ON cases (resolved_at);
CREATE INDEX cases_by_organisation ON cases (organisation_id);

-- each status a case reached, with who moved it and the assignee named
CREATE TABLE case_steps (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  from_status TEXT NOT NULL DEFAULT '',
  to_status TEXT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  actor TEXT NOT NULL DEFAULT '',
  assignee_id BIGINT REFERENCES users (id),
  message TEXT NOT NULL DEFAULT ''
);
CREATE INDEX case_steps_by_case ON case_steps (case_id, id);

-- the conversation: public replies (either side) and internal notes (staff only)
CREATE TABLE case_messages (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  internal INTEGER NOT NULL DEFAULT 0,
  author TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  author_name TEXT NOT NULL DEFAULT '',
  body TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX case_messages_by_case ON case_messages (case_id, id);

-- files sent with the request or a message, checked by content, kept as base64
-- text (the same column type on both databases)
CREATE TABLE case_attachments (
  id {{id}},
  case_id BIGINT NOT NULL REFERENCES cases (id),
  message_id BIGINT REFERENCES case_messages (id),
  name TEXT NOT NULL,
  media_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  content TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE INDEX case_attachments_by_case ON case_attachments (case_id, id);
