#include "store/stats_repo.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "core/introduction.hpp"

namespace icity::store::stats {
namespace {

long long scalar(soci::session& sql, const std::string& query) {
  long long n = 0;
  sql << query, soci::into(n);
  return n;
}

std::vector<core::CountBy> grouped(soci::session& sql, const std::string& query) {
  std::vector<core::CountBy> out;
  std::string key;
  long long count = 0;
  soci::statement st = (sql.prepare << query, soci::into(key), soci::into(count));
  st.execute(false);
  while (st.fetch()) out.push_back({key, count});
  return out;
}

}  // namespace

core::DirectorySummary directory_summary(soci::session& sql) {
  core::DirectorySummary s;
  s.organisations = scalar(sql, "SELECT COUNT(*) FROM organisations WHERE archived = 0");
  s.people = scalar(sql, "SELECT COUNT(*) FROM people WHERE archived = 0");
  s.interactions = scalar(sql, "SELECT COUNT(*) FROM interactions WHERE archived = 0");
  s.countries = scalar(sql, "SELECT COUNT(DISTINCT country) FROM organisations WHERE archived = 0");
  s.visits_received = scalar(
      sql, "SELECT COUNT(*) FROM interactions WHERE archived = 0 AND type = 'visit_received'");
  s.organisations_by_kind =
      grouped(sql,
              "SELECT kind, COUNT(*) AS n FROM organisations WHERE archived = 0 GROUP BY kind "
              "ORDER BY n DESC, kind");
  s.organisations_by_country =
      grouped(sql,
              "SELECT country, COUNT(*) AS n FROM organisations WHERE archived = 0 "
              "GROUP BY country ORDER BY n DESC, country LIMIT 15");
  s.interactions_by_month =
      grouped(sql,
              "SELECT substr(date, 1, 7) AS month, COUNT(*) FROM interactions WHERE archived = 0 "
              "GROUP BY substr(date, 1, 7) ORDER BY month DESC LIMIT 24");
  std::reverse(s.interactions_by_month.begin(), s.interactions_by_month.end());
  const auto reached =
      grouped(sql,
              "SELECT s.status, COUNT(DISTINCT s.introduction_id) FROM introduction_steps s JOIN "
              "introductions n ON n.id = s.introduction_id WHERE n.archived = 0 GROUP BY s.status");
  for (auto status : core::introduction_status_names()) {
    core::CountBy c{std::string(status), 0};
    for (const auto& r : reached) {
      if (r.key == status) c.count = r.count;
    }
    s.introductions_by_step.push_back(std::move(c));
  }
  return s;
}

}  // namespace icity::store::stats
