-- The solutions library: case studies of sustainable practice, tagged by SDG and sector.
CREATE TABLE solutions (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  summary_zh TEXT NOT NULL DEFAULT '',
  summary_en TEXT NOT NULL DEFAULT '',
  body_zh TEXT NOT NULL DEFAULT '',
  body_en TEXT NOT NULL DEFAULT '',
  -- " 6 11 " and " 7850 7690 ": space-delimited so LIKE '% 6 %' finds one
  sdgs TEXT NOT NULL DEFAULT '',
  sectors TEXT NOT NULL DEFAULT '',
  place_zh TEXT NOT NULL DEFAULT '',
  place_en TEXT NOT NULL DEFAULT '',
  organisation_id BIGINT REFERENCES organisations (id),
  source TEXT NOT NULL DEFAULT '',
  year INTEGER,
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX solutions_by_organisation ON solutions (organisation_id);
CREATE INDEX solutions_newest ON solutions (archived, id);
