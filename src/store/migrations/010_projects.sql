-- Cooperation projects (the stage pipeline: src/core/project.hpp) with their parties,
-- sectors, SDGs and stage history; agreements (src/core/agreement.hpp) with their
-- signing parties, and the renewal reminders already sent.
CREATE TABLE projects (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  stage TEXT NOT NULL DEFAULT 'reserve',
  drop_reason_zh TEXT NOT NULL DEFAULT '',
  drop_reason_en TEXT NOT NULL DEFAULT '',
  district_zh TEXT NOT NULL DEFAULT '',
  district_en TEXT NOT NULL DEFAULT '',
  -- whole yuan; NULL: not estimated
  estimated_value_cny BIGINT,
  next_action_zh TEXT NOT NULL DEFAULT '',
  next_action_en TEXT NOT NULL DEFAULT '',
  next_action_due TEXT NOT NULL DEFAULT '',
  -- the list's sort keys, as text so one keyset cursor serves them all: the value
  -- zero-padded ('' when not estimated, last when sorted by value), the due date
  -- ('9999-12-31' when none, last when sorted by due date)
  value_key TEXT NOT NULL DEFAULT '',
  due_key TEXT NOT NULL DEFAULT '9999-12-31',
  owner_id BIGINT REFERENCES users (id),
  introduction_id BIGINT REFERENCES introductions (id),
  event_id BIGINT REFERENCES events (id),
  created_by BIGINT REFERENCES users (id),
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX projects_by_stage ON projects (archived, stage, updated_at, id);
CREATE INDEX projects_by_updated ON projects (archived, updated_at, id);
CREATE INDEX projects_by_value ON projects (archived, value_key, id);
CREATE INDEX projects_by_due ON projects (archived, due_key, id);
CREATE INDEX projects_by_district ON projects (district_zh, district_en);
CREATE INDEX projects_by_owner ON projects (owner_id, id);

CREATE TABLE project_parties (
  project_id BIGINT NOT NULL REFERENCES projects (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  -- lead | partner | investor | host | funder | advisor
  role TEXT NOT NULL,
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (project_id, organisation_id)
);
CREATE INDEX project_parties_by_organisation ON project_parties (organisation_id, project_id);

-- One row per code and per goal, so the list's filters use an index.
CREATE TABLE project_sectors (
  project_id BIGINT NOT NULL REFERENCES projects (id),
  code TEXT NOT NULL,
  PRIMARY KEY (project_id, code)
);
CREATE INDEX project_sectors_by_code ON project_sectors (code, project_id);

CREATE TABLE project_sdgs (
  project_id BIGINT NOT NULL REFERENCES projects (id),
  sdg INTEGER NOT NULL,
  PRIMARY KEY (project_id, sdg)
);
CREATE INDEX project_sdgs_by_sdg ON project_sdgs (sdg, project_id);

CREATE TABLE project_stages (
  id {{id}},
  project_id BIGINT NOT NULL REFERENCES projects (id),
  stage TEXT NOT NULL,
  at TEXT NOT NULL,
  user_id BIGINT REFERENCES users (id),
  actor_email TEXT NOT NULL DEFAULT '',
  note_zh TEXT NOT NULL DEFAULT '',
  note_en TEXT NOT NULL DEFAULT ''
);
CREATE INDEX project_stages_by_project ON project_stages (project_id, id);

CREATE TABLE agreements (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  -- mou | cooperation_agreement | letter_of_intent
  kind TEXT NOT NULL,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  signed_on TEXT NOT NULL,
  signed_place_zh TEXT NOT NULL DEFAULT '',
  signed_place_en TEXT NOT NULL DEFAULT '',
  -- '' when it does not expire
  expires_on TEXT NOT NULL DEFAULT '',
  -- NULL: the node's default notice
  renewal_notice_days INTEGER,
  -- expires_on minus the notice in force when written ('' without expiry): the status
  -- filter and the reminders read it
  remind_on TEXT NOT NULL DEFAULT '',
  project_id BIGINT REFERENCES projects (id),
  event_id BIGINT REFERENCES events (id),
  introduction_id BIGINT REFERENCES introductions (id),
  created_by BIGINT REFERENCES users (id),
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX agreements_by_signed ON agreements (archived, signed_on, id);
CREATE INDEX agreements_by_kind ON agreements (kind, id);
CREATE INDEX agreements_by_project ON agreements (project_id);
CREATE INDEX agreements_by_remind ON agreements (remind_on, expires_on);

CREATE TABLE agreement_parties (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  signatory_name TEXT NOT NULL DEFAULT '',
  signatory_title_zh TEXT NOT NULL DEFAULT '',
  signatory_title_en TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agreement_id, organisation_id)
);
CREATE INDEX agreement_parties_by_organisation ON agreement_parties (organisation_id, agreement_id);

-- A reminder is sent once per agreement and expiry date (a renewed agreement's new
-- date is reminded again).
CREATE TABLE agreement_reminders (
  agreement_id BIGINT NOT NULL REFERENCES agreements (id),
  expires_on TEXT NOT NULL,
  sent_at TEXT NOT NULL,
  recipients INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (agreement_id, expires_on)
);
