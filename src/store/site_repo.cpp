#include "store/site_repo.hpp"

#include <soci/soci.h>

#include <cstdio>

#include "store/encoding.hpp"
#include "store/sql_query.hpp"

namespace icity::store::sites {
namespace {

constexpr const char* kColumns =
    "organisation_id, version, address_zh, address_en, latitude, longitude, opening_hours, "
    "visit_minutes, group_capacity, updated_at";

// Opening hours one interval a line: "1 09:00 12:00".
std::string join_hours(const std::vector<core::OpeningHours>& hours) {
  std::vector<std::string> lines;
  lines.reserve(hours.size());
  for (const auto& h : hours)
    lines.push_back(std::to_string(h.weekday) + " " + h.opens + " " + h.closes);
  return join_lines(lines);
}

std::vector<core::OpeningHours> split_hours(const std::string& text) {
  std::vector<core::OpeningHours> out;
  for (const auto& line : split_lines(text)) {
    int weekday = 0;
    char opens[8] = {}, closes[8] = {};
    if (std::sscanf(line.c_str(), "%d %5s %5s", &weekday, opens, closes) == 3) {
      out.push_back({weekday, opens, closes});
    }
  }
  return out;
}

struct Row {
  long long id = 0, version = 0;
  double latitude = 0, longitude = 0;
  int visit_minutes = 0, capacity = 0;
  soci::indicator lat_ind = soci::i_null, lon_ind = soci::i_null, capacity_ind = soci::i_null;
  std::string address_zh, address_en, hours, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(version));
    st.exchange(soci::into(address_zh));
    st.exchange(soci::into(address_en));
    st.exchange(soci::into(latitude, lat_ind));
    st.exchange(soci::into(longitude, lon_ind));
    st.exchange(soci::into(hours));
    st.exchange(soci::into(visit_minutes));
    st.exchange(soci::into(capacity, capacity_ind));
    st.exchange(soci::into(updated_at));
  }
  core::SiteDetails value() const {
    core::SiteDetails s;
    s.organisation_id = id;
    s.version = version;
    s.address = {address_zh, address_en};
    if (lat_ind == soci::i_ok) s.latitude = latitude;
    if (lon_ind == soci::i_ok) s.longitude = longitude;
    s.opening_hours = split_hours(hours);
    s.visit_minutes = visit_minutes;
    if (capacity_ind == soci::i_ok) s.group_capacity = capacity;
    s.updated_at = updated_at;
    return s;
  }
};

}  // namespace

std::optional<core::SiteDetails> find(soci::session& sql, core::Id organisation_id) {
  auto rows = all_rows<Row>(
      sql, std::string("SELECT ") + kColumns + " FROM sites WHERE organisation_id = :p",
      organisation_id);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::vector<core::SiteDetails> all(soci::session& sql) {
  return all_rows<Row>(
      sql, std::string("SELECT ") + kColumns + " FROM sites WHERE 1 = :p ORDER BY organisation_id",
      1);
}

bool put(Tx& tx, core::SiteDetails& s) {
  long long id = s.organisation_id, version = s.version;
  std::string address_zh = s.address.zh, address_en = s.address.en,
              hours = join_hours(s.opening_hours);
  double latitude = s.latitude.value_or(0), longitude = s.longitude.value_or(0);
  soci::indicator lat_ind = s.latitude ? soci::i_ok : soci::i_null,
                  lon_ind = s.longitude ? soci::i_ok : soci::i_null;
  int minutes = s.visit_minutes, capacity = s.group_capacity.value_or(0);
  soci::indicator capacity_ind = s.group_capacity ? soci::i_ok : soci::i_null;
  const std::string& now = tx.now();
  if (version == 0) {
    long long exists = 0;
    tx.sql() << "SELECT COUNT(*) FROM sites WHERE organisation_id = :id", soci::use(id),
        soci::into(exists);
    if (exists) return false;
    tx.sql() << "INSERT INTO sites (organisation_id, version, address_zh, address_en, latitude, "
                "longitude, opening_hours, visit_minutes, group_capacity, updated_at) VALUES (:id, "
                "1, :az, :ae, :la, :lo, :h, :m, :c, :u)",
        soci::use(id, "id"), soci::use(address_zh, "az"), soci::use(address_en, "ae"),
        soci::use(latitude, lat_ind, "la"), soci::use(longitude, lon_ind, "lo"),
        soci::use(hours, "h"), soci::use(minutes, "m"), soci::use(capacity, capacity_ind, "c"),
        soci::use(now, "u");
  } else {
    soci::statement st =
        (tx.sql().prepare << "UPDATE sites SET version = version + 1, address_zh = "
                             ":az, address_en = :ae, latitude = :la, longitude = "
                             ":lo, opening_hours = :h, visit_minutes = :m, "
                             "group_capacity = :c, updated_at = :u WHERE "
                             "organisation_id = :id AND version = :v",
         soci::use(address_zh, "az"), soci::use(address_en, "ae"),
         soci::use(latitude, lat_ind, "la"), soci::use(longitude, lon_ind, "lo"),
         soci::use(hours, "h"), soci::use(minutes, "m"), soci::use(capacity, capacity_ind, "c"),
         soci::use(now, "u"), soci::use(id, "id"), soci::use(version, "v"));
    st.execute(true);
    if (st.get_affected_rows() != 1) return false;
  }
  s.version = version + 1;
  s.updated_at = now;
  return true;
}

}  // namespace icity::store::sites
