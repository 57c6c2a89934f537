-- A delegation's last planned itinerary: the staff's request (days, hours,
-- lunch, sites, must-visits, pins, drops) and the plan, both as JSON, so the
-- page shows it again and staff re-plan from where they left off.
CREATE TABLE delegation_itineraries (
  delegation_id BIGINT PRIMARY KEY REFERENCES delegations (id),
  version BIGINT NOT NULL DEFAULT 1,
  request TEXT NOT NULL,
  plan TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
