-- Visiting delegations: who comes, from where, when, and what they want to
-- see. Members are lines of "name<TAB>title": they are shown with the
-- delegation and never queried on their own.
CREATE TABLE delegations (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  name_zh TEXT NOT NULL DEFAULT '',
  name_en TEXT NOT NULL DEFAULT '',
  origin_organisation_id BIGINT REFERENCES organisations (id),
  origin_city TEXT NOT NULL DEFAULT '',
  country TEXT NOT NULL,
  members TEXT NOT NULL DEFAULT '',
  interests_zh TEXT NOT NULL DEFAULT '',
  interests_en TEXT NOT NULL DEFAULT '',
  -- "YYYY-MM-DD" or ''
  start_date TEXT NOT NULL DEFAULT '',
  end_date TEXT NOT NULL DEFAULT '',
  -- space-delimited, " 7491 3612 ", like the opportunities'
  sectors TEXT NOT NULL DEFAULT '',
  sdgs TEXT NOT NULL DEFAULT '',
  partner_kinds TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX delegations_newest ON delegations (archived, id);
CREATE INDEX delegations_by_origin ON delegations (origin_organisation_id);
