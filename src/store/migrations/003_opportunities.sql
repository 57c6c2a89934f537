-- Opportunities: what an organisation offers or seeks. The workflow lives in
-- src/core/opportunity.hpp. A published row whose deadline has passed is
-- reported expired when read, and stored 'expired' by the system's hourly sweep.
CREATE TABLE opportunities (
  id {{id}},
  version BIGINT NOT NULL DEFAULT 1,
  kind TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'draft',
  organisation_id BIGINT NOT NULL REFERENCES organisations (id),
  title_zh TEXT NOT NULL DEFAULT '',
  title_en TEXT NOT NULL DEFAULT '',
  description_zh TEXT NOT NULL DEFAULT '',
  description_en TEXT NOT NULL DEFAULT '',
  -- space-delimited, " 6 11 ", so LIKE '% 6 %' finds one
  sectors TEXT NOT NULL DEFAULT '',
  concepts TEXT NOT NULL DEFAULT '',
  sdgs TEXT NOT NULL DEFAULT '',
  countries_sought TEXT NOT NULL DEFAULT '',
  partner_kinds_sought TEXT NOT NULL DEFAULT '',
  -- "YYYY-MM-DD", the last open day; '' for none (compares as text on both databases)
  deadline TEXT NOT NULL DEFAULT '',
  archived INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX opportunities_by_organisation ON opportunities (organisation_id);
CREATE INDEX opportunities_newest ON opportunities (archived, id);
CREATE INDEX opportunities_by_status ON opportunities (status, deadline);
