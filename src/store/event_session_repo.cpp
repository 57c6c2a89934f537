#include <soci/soci.h>

#include "store/encoding.hpp"
#include "store/event_repo.hpp"
#include "store/sql_query.hpp"

// The sessions of an event's programme (declared in store/event_repo.hpp).
namespace icity::store::events {
namespace {

constexpr const char* kSessionColumns =
    "id, version, event_id, type, title_zh, title_en, summary_zh, summary_en, starts_at, ends_at, "
    "site_id, location_zh, location_en, speakers, created_at, updated_at";

// Speakers one a line, their four texts tab-separated (the codec keeps tabs
// and line breaks out of them).
std::string join_speakers(const std::vector<core::Speaker>& speakers) {
  std::string out;
  for (const auto& s : speakers) {
    out += s.name.zh + '\t' + s.name.en + '\t' + s.title.zh + '\t' + s.title.en + '\n';
  }
  return out;
}

std::vector<core::Speaker> split_speakers(const std::string& text) {
  std::vector<core::Speaker> out;
  for (const auto& line : split_lines(text)) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    for (;;) {
      const std::size_t tab = line.find('\t', start);
      parts.push_back(
          line.substr(start, tab == std::string::npos ? std::string::npos : tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    parts.resize(4);
    out.push_back({{parts[0], parts[1]}, {parts[2], parts[3]}});
  }
  return out;
}

struct SessionRow {
  long long id = 0, version = 0, event_id = 0, site = 0;
  soci::indicator site_ind = soci::i_null;
  std::string type, title_zh, title_en, summary_zh, summary_en, starts_at, ends_at, location_zh,
      location_en, speakers, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(event_id));
    st.exchange(soci::into(type));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(summary_zh));
    st.exchange(soci::into(summary_en));
    st.exchange(soci::into(starts_at));
    st.exchange(soci::into(ends_at));
    st.exchange(soci::into(site, site_ind));
    st.exchange(soci::into(location_zh));
    st.exchange(soci::into(location_en));
    st.exchange(soci::into(speakers));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::EventSession value() const {
    core::EventSession s;
    s.id = id;
    s.version = version;
    s.event_id = event_id;
    s.type = core::parse_session_type(type).value_or(core::SessionType::kOther);
    s.title = {title_zh, title_en};
    s.summary = {summary_zh, summary_en};
    s.starts_at = starts_at;
    s.ends_at = ends_at;
    if (site_ind == soci::i_ok) s.site_id = site;
    s.location = {location_zh, location_en};
    s.speakers = split_speakers(speakers);
    s.created_at = created_at;
    s.updated_at = updated_at;
    return s;
  }
};

struct SessionParams {
  long long event_id, site;
  soci::indicator site_ind;
  std::string type, title_zh, title_en, summary_zh, summary_en, starts_at, ends_at, location_zh,
      location_en, speakers;
  explicit SessionParams(const core::EventSession& s)
      : event_id(s.event_id),
        site(s.site_id.value_or(0)),
        site_ind(s.site_id ? soci::i_ok : soci::i_null),
        type(core::to_string(s.type)),
        title_zh(s.title.zh),
        title_en(s.title.en),
        summary_zh(s.summary.zh),
        summary_en(s.summary.en),
        starts_at(s.starts_at),
        ends_at(s.ends_at),
        location_zh(s.location.zh),
        location_en(s.location.en),
        speakers(join_speakers(s.speakers)) {}
  template <class Statement>
  void bind(Statement& st) {
    st.exchange(soci::use(event_id, "ev"));
    st.exchange(soci::use(type, "ty"));
    st.exchange(soci::use(title_zh, "tz"));
    st.exchange(soci::use(title_en, "te"));
    st.exchange(soci::use(summary_zh, "sz"));
    st.exchange(soci::use(summary_en, "se"));
    st.exchange(soci::use(starts_at, "sa"));
    st.exchange(soci::use(ends_at, "ea"));
    st.exchange(soci::use(site, site_ind, "si"));
    st.exchange(soci::use(location_zh, "lz"));
    st.exchange(soci::use(location_en, "le"));
    st.exchange(soci::use(speakers, "sp"));
  }
};

}  // namespace

std::vector<core::EventSession> sessions(soci::session& sql, core::Id event_id) {
  return all_rows<SessionRow>(sql,
                              std::string("SELECT ") + kSessionColumns +
                                  " FROM event_sessions WHERE event_id = :p ORDER BY starts_at, id",
                              event_id);
}

std::optional<core::EventSession> find_session(soci::session& sql, core::Id id) {
  return find_row<SessionRow>(sql, kSessionColumns, "event_sessions", id);
}

core::Id insert(Tx& tx, core::EventSession& s) {
  return insert_versioned<SessionParams>(
      tx, s,
      "INSERT INTO event_sessions (version, event_id, type, title_zh, title_en, summary_zh, "
      "summary_en, starts_at, ends_at, site_id, location_zh, location_en, speakers, created_at, "
      "updated_at) VALUES (1, :ev, :ty, :tz, :te, :sz, :se, :sa, :ea, :si, :lz, :le, :sp, :ca, "
      ":ua) RETURNING id");
}

bool update(Tx& tx, core::EventSession& s) {
  return update_versioned<SessionParams>(
      tx, s,
      "UPDATE event_sessions SET version = version + 1, event_id = :ev, type = :ty, title_zh = "
      ":tz, title_en = :te, summary_zh = :sz, summary_en = :se, starts_at = :sa, ends_at = :ea, "
      "site_id = :si, location_zh = :lz, location_en = :le, speakers = :sp, updated_at = :ua "
      "WHERE id = :id AND version = :v");
}

void remove_session(Tx& tx, core::Id id) {
  long long key = id;
  tx.sql() << "DELETE FROM attendance WHERE session_id = :id", soci::use(key);
  tx.sql() << "DELETE FROM event_sessions WHERE id = :id", soci::use(key);
}

}  // namespace icity::store::events
