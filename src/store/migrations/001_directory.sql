-- The spine: change log, audit trail, accounts, and the partner directory.
-- {{id}} is the dialect's auto-increment primary key (see migrations.cpp).
-- Times are RFC 3339 UTC text, dates YYYY-MM-DD text: they sort as text on both databases.

CREATE TABLE change_log (
  seq {{id}},
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  op TEXT NOT NULL,
  at TEXT NOT NULL
);

CREATE TABLE organisations (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  sort_name TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  kind TEXT NOT NULL,
  country TEXT NOT NULL,
  city_zh TEXT NOT NULL DEFAULT '',
  city_en TEXT NOT NULL DEFAULT '',
  district_zh TEXT NOT NULL DEFAULT '',
  district_en TEXT NOT NULL DEFAULT '',
  -- " 3922 6510 ": space-delimited, so a code prefix matches with LIKE '% 39%'
  sectors TEXT NOT NULL DEFAULT '',
  -- " 9 11 "
  sdgs TEXT NOT NULL DEFAULT '',
  size TEXT NOT NULL DEFAULT '',
  website TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  -- one tag per line
  tags TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX organisations_by_name ON organisations (archived, sort_name, id);
CREATE INDEX organisations_by_created ON organisations (archived, created_at, id);
CREATE INDEX organisations_by_updated ON organisations (archived, updated_at, id);
CREATE INDEX organisations_by_kind ON organisations (kind, sort_name);
CREATE INDEX organisations_by_country ON organisations (country, sort_name);

CREATE TABLE organisation_relations (
  from_id BIGINT NOT NULL REFERENCES organisations (id),
  to_id BIGINT NOT NULL REFERENCES organisations (id),
  type TEXT NOT NULL,
  PRIMARY KEY (from_id, to_id, type)
);
CREATE INDEX organisation_relations_to ON organisation_relations (to_id);

CREATE TABLE users (
  id {{id}},
  email TEXT NOT NULL UNIQUE,
  password_hash TEXT NOT NULL,
  role TEXT NOT NULL,
  organisation_id BIGINT REFERENCES organisations (id),
  display_name TEXT NOT NULL DEFAULT '',
  locale TEXT NOT NULL DEFAULT 'zh-CN',
  disabled INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
);

CREATE TABLE sessions (
  id_hash TEXT PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES users (id),
  csrf_token TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX sessions_by_user ON sessions (user_id);

CREATE TABLE api_tokens (
  id {{id}},
  user_id BIGINT NOT NULL REFERENCES users (id),
  name TEXT NOT NULL,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE people (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  sort_name TEXT NOT NULL DEFAULT '',
  organisation_id BIGINT REFERENCES organisations (id),
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  nationality TEXT NOT NULL DEFAULT '',
  languages TEXT NOT NULL DEFAULT '',
  consent_date TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX people_by_name ON people (archived, sort_name, id);
CREATE INDEX people_by_organisation ON people (organisation_id, archived);

CREATE TABLE interactions (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  type TEXT NOT NULL,
  date TEXT NOT NULL,
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  staff_user_id BIGINT REFERENCES users (id),
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX interactions_by_date ON interactions (archived, date, id);

CREATE TABLE interaction_organisations (
  interaction_id BIGINT NOT NULL REFERENCES interactions (id),
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  PRIMARY KEY (interaction_id, organisation_id)
);
CREATE INDEX interaction_organisations_by_org ON interaction_organisations (organisation_id);

CREATE TABLE interaction_people (
  interaction_id BIGINT NOT NULL REFERENCES interactions (id),
  person_id BIGINT NOT NULL REFERENCES people (id),
  PRIMARY KEY (interaction_id, person_id)
);
CREATE INDEX interaction_people_by_person ON interaction_people (person_id);

CREATE TABLE audit_log (
  id {{id}},
  at TEXT NOT NULL,
  user_id BIGINT,
  user_email TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  entity TEXT NOT NULL,
  entity_id BIGINT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  request_id TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_by_entity ON audit_log (entity, entity_id, id);
