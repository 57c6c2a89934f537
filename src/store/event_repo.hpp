// The event series', events' and sessions' tables.
#pragma once

#include <optional>
#include <vector>

#include "core/event.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::events {

std::optional<core::EventSeries> find_series(soci::session& sql, core::Id id);
std::vector<core::EventSeries> all_series(soci::session& sql);  // not archived, by title
core::Id insert(Tx& tx, core::EventSeries& series);
bool update(Tx& tx, core::EventSeries& series);  // false: the version moved on

std::optional<core::Event> find(soci::session& sql, core::Id id);
core::Page<core::Event> list(soci::session& sql, Backend backend, const core::EventQuery& query);
core::Id insert(Tx& tx, core::Event& event);
bool update(Tx& tx, core::Event& event);
// Takes the next arrival number of the event, holding its row until the
// transaction ends: registrations for one event are written one at a time.
// nullopt: no such event.
std::optional<std::int64_t> take_arrival(Tx& tx, core::Id event_id);
// Holds the event's row until the transaction ends (as take_arrival, without
// taking a number). false: no such event.
bool hold(Tx& tx, core::Id event_id);
// Publishes the B2B agenda at `at` ("" : back to a draft), bumping the version.
void set_meetings_published(Tx& tx, core::Id event_id, const std::string& at);

std::vector<core::EventSession> sessions(soci::session& sql, core::Id event_id);  // by start
std::optional<core::EventSession> find_session(soci::session& sql, core::Id id);
core::Id insert(Tx& tx, core::EventSession& session);
bool update(Tx& tx, core::EventSession& session);
void remove_session(Tx& tx, core::Id id);

}  // namespace icity::store::events
