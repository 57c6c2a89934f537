// The demo history's events of the i·CITY series and its projects in reserve,
// through the services (a few hundred records: each validated and audited).
#include <soci/soci.h>

#include <boost/json.hpp>
#include <random>
#include <set>

#include "app/demo/demo_files.hpp"
#include "app/demo/demo_history.hpp"
#include "app/demo/synthetic.hpp"
#include "app/holiday_calendar.hpp"
#include "core/instant.hpp"
#include "store/database.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

using Text = core::LocalizedText;
constexpr std::int64_t kDay = 86'400'000;

Text text_of(const json::value& v) {
  const auto& o = v.as_object();
  return {std::string(o.at("zh").as_string()), std::string(o.at("en").as_string())};
}
std::string fill(std::string s, std::string_view key, const std::string& value) {
  for (auto p = s.find(key); p != std::string::npos; p = s.find(key, p + value.size())) {
    s.replace(p, key.size(), value);
  }
  return s;
}
json::object bilingual(const Text& t) { return {{"zh", t.zh}, {"en", t.en}}; }
const json::object& history_pools() {
  static const json::object pools = [] {
    for (const auto& f : demo_files::files()) {
      if (f.name == "history_pools.json") return json::parse(f.content).as_object();
    }
    return json::object{};
  }();
  return pools;
}

}  // namespace

core::Result<std::int64_t> add_icity_events(App& app, std::int64_t total, const std::string& until,
                                            std::uint64_t seed) {
  long long series = 0, venue = 0, held = 0;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    soci::indicator a = soci::i_null, b = soci::i_null;
    sql << "SELECT MIN(series_id), MIN(venue_organisation_id) FROM events WHERE series_id IS NOT "
           "NULL",
        soci::into(series, a), soci::into(venue, b);
    if (a != soci::i_ok) series = 0;
    if (b != soci::i_ok) venue = 0;
    // Held by the last day: the seeds also hold events of the series still to come.
    const auto unparsed = core::parse_instant(until + "T00:00:00Z");
    const std::string after =
        core::format_instant((unparsed ? *unparsed / kDay + 1 : 0) * kDay).substr(0, 10);
    sql << "SELECT COUNT(*) FROM events WHERE series_id = :s AND starts_at < :d",
        soci::use(series, "s"), soci::use(after, "d"), soci::into(held);
    return {};
  });
  if (series == 0 || venue == 0) return std::int64_t{0};  // no i·CITY series: nothing to extend
  const auto& pools = history_pools();
  const auto& kinds = pools.at("icity_events").as_array();
  const auto& summaries = pools.at("icity_event_summaries").as_array();
  const auto topics = demo_pools().at("topics").as_array();
  std::vector<Text> countries;
  for (const auto& [code, v] : pools.at("countries").as_object()) {
    if (code != "CN") countries.push_back(text_of(v));
  }
  const auto& cal = china_holiday_calendar().calendar;
  std::mt19937_64 rng(seed * 977);
  const Context ctx = system_context("demo-history");
  const std::int64_t first = *core::parse_instant("2023-11-01T00:00:00Z") / kDay;
  const std::int64_t last = *core::parse_instant(until + "T00:00:00Z") / kDay - 1;
  const std::int64_t count = std::max<std::int64_t>(0, total - held);
  for (std::int64_t k = 0; k < count; ++k) {
    std::int64_t day = first + (last - first) * k / std::max<std::int64_t>(1, count);
    while (!cal.is_working_day(core::format_instant(day * kDay).substr(0, 10))) ++day;
    const auto& kind = kinds[static_cast<std::size_t>(k) % kinds.size()].as_object();
    Text country =
        countries[std::uniform_int_distribution<std::size_t>(0, countries.size() - 1)(rng)];
    if (country.en.starts_with("the ")) country.en = country.en.substr(4);
    const Text topic =
        text_of(topics[std::uniform_int_distribution<std::size_t>(0, topics.size() - 1)(rng)]);
    auto make = [&](const json::value& v, bool zh) {
      std::string s(v.as_object().at(zh ? "zh" : "en").as_string());
      return fill(fill(std::move(s), "{country}", zh ? country.zh : country.en), "{topic}",
                  zh ? topic.zh : topic.en);
    };
    const auto& summary = summaries[static_cast<std::size_t>(k) % summaries.size()];
    const std::string type(kind.at("type").as_string());
    const int hour = type == "cultural" ? 18 : (k % 3 == 0 ? 9 : 14);
    const std::string date = core::format_instant(day * kDay).substr(0, 10);
    char start[40], end[40];
    std::snprintf(start, sizeof start, "%sT%02d:30:00+08:00", date.c_str(), hour);
    std::snprintf(end, sizeof end, "%sT%02d:30:00+08:00", date.c_str(), hour + 3);
    json::object body{{"series_id", series},
                      {"title", {{"zh", make(kind, true)}, {"en", make(kind, false)}}},
                      {"summary", {{"zh", make(summary, true)}, {"en", make(summary, false)}}},
                      {"type", type},
                      {"starts_at", start},
                      {"ends_at", end},
                      {"capacity", 30 + 10 * std::uniform_int_distribution<int>(0, 9)(rng)},
                      {"visibility", "public"},
                      {"venue", bilingual({"深圳(龙华)国际合作中心",
                                           "Shenzhen (Longhua) International Cooperation Center"})},
                      {"venue_organisation_id", venue},
                      {"organisers", json::array{venue}}};
    auto created = app.events().create(ctx, body);
    if (!created) {
      std::string detail = "demo history: event: " + created.error().detail.en;
      for (const auto& f : created.error().fields) detail += "; " + f.field + ": " + f.message.en;
      return core::fail(core::Error::internal({detail, detail}));
    }
  }
  return count;
}

// Projects in reserve between a Chinese and a foreign organisation of the same industry,
// among the synthetic organisations numbered from `first_index` (ids `ids`).
core::Result<std::int64_t> add_reserve_projects(App& app, std::int64_t count,
                                                std::int64_t first_index,
                                                const std::vector<long long>& ids,
                                                std::uint64_t seed) {
  const auto pools = demo_pools();
  const auto& history = history_pools();
  const SyntheticWorld world(pools, seed);
  const auto& industries = pools.at("cn_industries").as_array();
  const auto& districts = pools.at("shenzhen_districts").as_array();
  const auto& kinds = history.at("project_kinds").as_array();
  const auto& pairs = history.at("country_pairs").as_object();
  // By industry: the Chinese organisations and the foreign ones.
  std::vector<std::vector<core::Organisation>> cn(industries.size()), foreign(industries.size());
  for (std::size_t k = 0; k < ids.size(); ++k) {
    const auto index = first_index + static_cast<std::int64_t>(k);
    auto o = world.organisation(index);
    o.id = ids[k];
    auto& bucket = o.country == "CN" ? cn : foreign;
    if (o.country != "CN" && !pairs.contains(o.country)) continue;
    bucket[static_cast<std::size_t>(index) % industries.size()].push_back(std::move(o));
  }
  std::mt19937_64 rng(seed * 131071);
  const Context ctx = system_context("demo-history");
  std::int64_t made = 0;
  std::set<std::string> titles;
  std::vector<core::Id> created_ids;
  for (std::int64_t k = 0; made < count && k < count * 20; ++k) {
    const std::size_t i = static_cast<std::size_t>(k) % industries.size();
    if (cn[i].empty() || foreign[i].empty()) continue;
    auto pick = [&](const auto& v) -> const auto& {
      return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
    };
    const auto& lead = pick(cn[i]);
    const auto& partner = pick(foreign[i]);
    const auto& industry = industries[i].as_object();
    const Text field = text_of(industries[i]);
    const Text kind = text_of(kinds[static_cast<std::size_t>(k / 7) % kinds.size()]);
    const Text pair = text_of(pairs.at(partner.country));
    const Text district = std::bernoulli_distribution(0.7)(rng) ? Text{"龙华区", "Longhua District"}
                                                                : text_of(pick(districts));
    if (!titles.insert(pair.en + field.en + kind.en + partner.name.en).second) continue;
    json::array sdgs;
    for (const auto& g : industry.at("sdgs").as_array()) sdgs.push_back(g);
    json::object body{
        {"title",
         {{"zh", pair.zh + field.zh + kind.zh}, {"en", pair.en + " " + field.en + " " + kind.en}}},
        {"summary",
         {{"zh", lead.name.zh + "与" + partner.name.zh + "拟在" + district.zh + "开展" + field.zh +
                     "领域的" + kind.zh + ",双方已完成初步接洽,项目列入储备库。"},
          {"en", lead.name.en + " and " + partner.name.en + " plan a " + kind.en + " in " +
                     field.en + " in " + district.en +
                     "; first talks held, the project is in the reserve."}}},
        {"stage", "reserve"},
        {"parties",
         json::array{json::object{{"organisation_id", lead.id}, {"role", "lead"}},
                     json::object{{"organisation_id", partner.id}, {"role", "partner"}}}},
        {"sectors", json::array{industry.at("sector")}},
        {"sdgs", std::move(sdgs)},
        {"district", bilingual(district)}};
    auto created = app.projects().create(ctx, body);
    if (!created) {
      std::string detail = "demo history: project: " + created.error().detail.en;
      for (const auto& f : created.error().fields) detail += "; " + f.field + ": " + f.message.en;
      return core::fail(core::Error::internal({detail, detail}));
    }
    created_ids.push_back(created->id);
    ++made;
  }
  // Each entered the reserve on a day since the opening (the centre's figures read when a
  // project reached its stage): dated like the rest of the history, not the day of generation.
  const auto first = *core::parse_instant("2023-11-01T02:00:00Z");
  const auto last = *core::parse_instant("2024-08-09T02:00:00Z");
  auto dated = app.db().write([&](store::Tx& tx) -> core::Result<void> {
    for (std::size_t k = 0; k < created_ids.size(); ++k) {
      const auto step = (last - first) / kDay * static_cast<std::int64_t>(k) /
                        static_cast<std::int64_t>(created_ids.size());
      const std::string at = core::format_instant(first + step * kDay);
      long long id = created_ids[k];
      tx.sql() << "UPDATE project_stages SET at = :at WHERE project_id = :id", soci::use(at, "at"),
          soci::use(id, "id");
      tx.sql() << "UPDATE projects SET created_at = :c, updated_at = :u WHERE id = :id",
          soci::use(at, "c"), soci::use(at, "u"), soci::use(id, "id");
      tx.changed("project", id, "update");
    }
    return {};
  });
  if (!dated) return core::fail(dated.error());
  return made;
}

}  // namespace icity::app
