#include "store/event_repo.hpp"

#include <soci/soci.h>

#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::events {
namespace {

// ---- series ---------------------------------------------------------------

constexpr const char* kSeriesColumns =
    "id, version, title_zh, title_en, summary_zh, summary_en, archived, created_at, updated_at";

struct SeriesRow {
  long long id = 0, version = 0, archived = 0;
  std::string title_zh, title_en, summary_zh, summary_en, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::EventSeries value() const {
    return {id,         version,   {title_zh, title_en}, {summary_zh, summary_en}, archived != 0,
            created_at, updated_at};
  }
};

struct SeriesParams {
  std::string title_zh, title_en, summary_zh, summary_en;
  long long archived;
  explicit SeriesParams(const core::EventSeries& s)
      : title_zh(s.title.zh),
        title_en(s.title.en),
        summary_zh(s.summary.zh),
        summary_en(s.summary.en),
        archived(s.archived ? 1 : 0) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(archived, "a"));
  }
};

// ---- events ---------------------------------------------------------------

constexpr const char* kEventColumns =
    "id, version, series_id, title_zh, title_en, summary_zh, summary_en, type, starts_at, ends_at, "
    "time_zone, venue_zh, venue_en, venue_organisation_id, organisers, capacity, visibility, "
    "registration_opens_at, registration_closes_at, status, meeting_slots, meeting_minutes, "
    "meeting_tables, meetings_start_at, meetings_published_at, archived, created_at, updated_at";

std::string join_ids(const std::vector<core::Id>& ids) {
  std::vector<std::string> texts;
  texts.reserve(ids.size());
  for (auto id : ids) texts.push_back(std::to_string(id));
  return join_spaced(texts);
}

std::vector<core::Id> split_ids(const std::string& text) {
  std::vector<core::Id> out;
  for (const auto& t : split_spaced(text)) out.push_back(std::stoll(t));
  return out;
}

struct EventRow {
  long long id = 0, version = 0, series = 0, venue_org = 0, archived = 0;
  int capacity = 0, slots = 0, minutes = 0, tables = 0;
  soci::indicator series_ind = soci::i_null, venue_org_ind = soci::i_null,
                  capacity_ind = soci::i_null;
  std::string title_zh, title_en, summary_zh, summary_en, type, starts_at, ends_at, time_zone,
      venue_zh, venue_en, organisers, visibility, opens, closes, status, meetings_start,
      meetings_published, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(series, series_ind));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(type));
    st.exchange(soci::into(starts_at));
    st.exchange(soci::into(ends_at));
    st.exchange(soci::into(time_zone));
    st.exchange(soci::into(venue_zh));
    st.exchange(soci::into(venue_en));
    st.exchange(soci::into(venue_org, venue_org_ind));
    st.exchange(soci::into(organisers));
    st.exchange(soci::into(capacity, capacity_ind));
    st.exchange(soci::into(visibility));
    st.exchange(soci::into(opens));
    st.exchange(soci::into(closes));
    st.exchange(soci::into(status));
    st.exchange(soci::into(slots));
    st.exchange(soci::into(minutes));
    st.exchange(soci::into(tables));
    st.exchange(soci::into(meetings_start));
    st.exchange(soci::into(meetings_published));
    st.exchange(soci::into(archived));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::Event value() const {
    core::Event e;
    e.id = id;
    e.version = version;
    if (series_ind == soci::i_ok) e.series_id = series;
    e.title = {title_zh, title_en};
    e.summary = {summary_zh, summary_en};
    e.type = core::parse_event_type(type).value_or(core::EventType::kWorkshop);
    e.starts_at = starts_at;
    e.ends_at = ends_at;
    e.time_zone = time_zone;
    e.venue = {venue_zh, venue_en};
    if (venue_org_ind == soci::i_ok) e.venue_organisation_id = venue_org;
    e.organisers = split_ids(organisers);
    if (capacity_ind == soci::i_ok) e.capacity = capacity;
    e.visibility = core::parse_visibility(visibility).value_or(core::Visibility::kPublic);
    e.registration_opens_at = opens;
    e.registration_closes_at = closes;
    e.status = core::parse_event_status(status).value_or(core::EventStatus::kScheduled);
    e.meeting_slots = slots;
    e.meeting_minutes = minutes;
    e.meeting_tables = tables;
    e.meetings_start_at = meetings_start;
    e.meetings_published_at = meetings_published;
    e.archived = archived != 0;
    e.created_at = created_at;
    e.updated_at = updated_at;
    return e;
  }
};

struct EventParams {
  long long series, venue_org, archived;
  int capacity, slots, minutes, tables;
  soci::indicator series_ind, venue_org_ind, capacity_ind;
  std::string title_zh, title_en, summary_zh, summary_en, type, starts_at, ends_at, time_zone,
      venue_zh, venue_en, organisers, visibility, opens, closes, status, meetings_start,
      meetings_published;
  explicit EventParams(const core::Event& e)
      : series(e.series_id.value_or(0)),
        venue_org(e.venue_organisation_id.value_or(0)),
        archived(e.archived ? 1 : 0),
        capacity(e.capacity.value_or(0)),
        slots(e.meeting_slots),
        minutes(e.meeting_minutes),
        tables(e.meeting_tables),
        series_ind(e.series_id ? soci::i_ok : soci::i_null),
        venue_org_ind(e.venue_organisation_id ? soci::i_ok : soci::i_null),
        capacity_ind(e.capacity ? soci::i_ok : soci::i_null),
        title_zh(e.title.zh),
        title_en(e.title.en),
        summary_zh(e.summary.zh),
        summary_en(e.summary.en),
        type(core::to_string(e.type)),
        starts_at(e.starts_at),
        ends_at(e.ends_at),
        time_zone(e.time_zone),
        venue_zh(e.venue.zh),
        venue_en(e.venue.en),
        organisers(join_ids(e.organisers)),
        visibility(core::to_string(e.visibility)),
        opens(e.registration_opens_at),
        closes(e.registration_closes_at),
        status(core::to_string(e.status)),
        meetings_start(e.meetings_start_at),
        meetings_published(e.meetings_published_at) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(series, series_ind, "sr"));
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(type, "ty"));
    st.exchange(soci::use(starts_at, "sa"));
    st.exchange(soci::use(ends_at, "ea"));
    st.exchange(soci::use(time_zone, "tzn"));
    st.exchange(soci::use(venue_zh, "vz"));
    st.exchange(soci::use(venue_en, "ve"));
    st.exchange(soci::use(venue_org, venue_org_ind, "vo"));
    st.exchange(soci::use(organisers, "og"));
    st.exchange(soci::use(capacity, capacity_ind, "cap"));
    st.exchange(soci::use(visibility, "vis"));
    st.exchange(soci::use(opens, "ro"));
    st.exchange(soci::use(closes, "rc"));
    st.exchange(soci::use(status, "st"));
    st.exchange(soci::use(slots, "ms"));
    st.exchange(soci::use(minutes, "mm"));
    st.exchange(soci::use(tables, "mt"));
    st.exchange(soci::use(meetings_start, "msa"));
    st.exchange(soci::use(meetings_published, "mpa"));
    st.exchange(soci::use(archived, "a"));
  }
};

constexpr const char* kEventInsert =
    "INSERT INTO events (version, series_id, title_zh, title_en, summary_zh, summary_en, type, "
    "starts_at, ends_at, time_zone, venue_zh, venue_en, venue_organisation_id, organisers, "
    "capacity, visibility, registration_opens_at, registration_closes_at, status, meeting_slots, "
    "meeting_minutes, meeting_tables, meetings_start_at, meetings_published_at, archived, "
    "created_at, updated_at) VALUES (1, :sr, :tz, :te, :sz, :se, :ty, :sa, :ea, :tzn, :vz, :ve, "
    ":vo, :og, :cap, :vis, :ro, :rc, :st, :ms, :mm, :mt, :msa, :mpa, :a, :ca, :ua) RETURNING id";

constexpr const char* kEventUpdate =
    "UPDATE events SET version = version + 1, series_id = :sr, title_zh = :tz, title_en = :te, "
    "summary_zh = :sz, summary_en = :se, type = :ty, starts_at = :sa, ends_at = :ea, time_zone = "
    ":tzn, venue_zh = :vz, venue_en = :ve, venue_organisation_id = :vo, organisers = :og, "
    "capacity = :cap, visibility = :vis, registration_opens_at = :ro, registration_closes_at = "
    ":rc, status = :st, meeting_slots = :ms, meeting_minutes = :mm, meeting_tables = :mt, "
    "meetings_start_at = :msa, meetings_published_at = :mpa, archived = :a, updated_at = :ua "
    "WHERE id = :id AND version = :v";

}  // namespace

std::optional<core::EventSeries> find_series(soci::session& sql, core::Id id) {
  return find_row<SeriesRow>(sql, kSeriesColumns, "event_series", id);
}

std::vector<core::EventSeries> all_series(soci::session& sql) {
  return all_rows<SeriesRow>(sql,
                             std::string("SELECT ") + kSeriesColumns +
                                 " FROM event_series WHERE archived = :p ORDER BY id",
                             0);
}

core::Id insert(Tx& tx, core::EventSeries& s) {
  return insert_versioned<SeriesParams>(
      tx, s,
      "INSERT INTO event_series (version, title_zh, title_en, summary_zh, summary_en, archived, "
      "created_at, updated_at) VALUES (1, :tz, :te, :sz, :se, :a, :ca, :ua) RETURNING id");
}

bool update(Tx& tx, core::EventSeries& s) {
  return update_versioned<SeriesParams>(
      tx, s,
      "UPDATE event_series SET version = version + 1, title_zh = :tz, title_en = :te, summary_zh "
      "= :sz, summary_en = :se, archived = :a, updated_at = :ua WHERE id = :id AND version = :v");
}

std::optional<core::Event> find(soci::session& sql, core::Id id) {
  return find_row<EventRow>(sql, kEventColumns, "events", id);
}

core::Page<core::Event> list(soci::session& sql, Backend backend, const core::EventQuery& query) {
  SqlQuery q(backend);
  q.where("archived = 0");
  if (query.public_only) q.where("visibility = 'public'");
  if (query.type) q.where("type = {}", std::string(core::to_string(*query.type)));
  if (query.series_id) q.where("series_id = {}", static_cast<long long>(*query.series_id));
  if (!query.from.empty()) q.where("ends_at > {}", query.from);
  if (!query.to.empty()) q.where("starts_at < {}", query.to);
  if (!query.q.empty()) {
    q.where(
        "(" + q.contains_condition("title_zh") + " OR " + q.contains_condition("title_en") + ")",
        like_contains(query.q));
  }
  return sorted_page<EventRow>(sql, q, kEventColumns, "events", "starts_at", !query.ascending,
                               query.cursor, query.limit,
                               [](const core::Event& e) { return e.starts_at; });
}

core::Id insert(Tx& tx, core::Event& e) {
  return insert_versioned<EventParams>(tx, e, kEventInsert);
}

bool update(Tx& tx, core::Event& e) { return update_versioned<EventParams>(tx, e, kEventUpdate); }

std::optional<std::int64_t> take_arrival(Tx& tx, core::Id event_id) {
  long long id = event_id, arrival = 0;
  soci::indicator ind = soci::i_null;
  tx.sql() << "UPDATE events SET arrivals = arrivals + 1 WHERE id = :id RETURNING arrivals",
      soci::use(id), soci::into(arrival, ind);
  if (!tx.sql().got_data() || ind != soci::i_ok) return std::nullopt;
  return arrival;
}

void set_meetings_published(Tx& tx, core::Id event_id, const std::string& at) {
  long long id = event_id;
  tx.sql() << "UPDATE events SET meetings_published_at = :a, version = version + 1, updated_at = "
              ":u WHERE id = :id",
      soci::use(at, "a"), soci::use(tx.now(), "u"), soci::use(id, "id");
}

bool hold(Tx& tx, core::Id event_id) {
  long long id = event_id;
  soci::statement st =
      (tx.sql().prepare << "UPDATE events SET arrivals = arrivals WHERE id = :id", soci::use(id));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

}  // namespace icity::store::events
