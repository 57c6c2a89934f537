#include "app/demo/demo_history.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>
#include <chrono>

#include "app/demo/demo_files.hpp"
#include "app/demo/desk_history.hpp"
#include "app/demo/synthetic.hpp"
#include "store/bulk_loader.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

using Text = core::LocalizedText;

Text text_of(const json::value& v) {
  const auto& o = v.as_object();
  return {std::string(o.at("zh").as_string()), std::string(o.at("en").as_string())};
}

// Names of associations: {c} the country, {city} one of its cities.
struct Pattern {
  const char* zh;
  const char* en;
};
constexpr Pattern kPatterns[] = {
    {"{c}中国商会", "{c}-China Chamber of Commerce"},
    {"华南{c}商会", "{c} Chamber of Commerce in South China"},
    {"{city}工商会", "{city} Chamber of Commerce and Industry"},
    {"深圳{c}商业协会", "{c} Business Association of Shenzhen"},
    {"{c}中国商业理事会", "{c}-China Business Council"},
    {"{c}科技企业协会", "{c} Association of Technology Companies"},
    {"{c}中小企业联合会", "{c} Federation of Small and Medium Enterprises"},
    {"{city}贸易投资促进会", "{city} Trade and Investment Association"},
    {"{c}制造商协会", "{c} Manufacturers' Association"},
    {"{c}在华创业者联盟", "{c} Founders' Network in China"},
};

std::string fill(std::string s, const std::string& country, const std::string& city) {
  for (auto [key, value] :
       {std::pair<std::string_view, const std::string*>{"{c}", &country}, {"{city}", &city}}) {
    for (auto p = s.find(key); p != std::string::npos; p = s.find(key, p + value->size())) {
      s.replace(p, key.size(), *value);
    }
  }
  return s;
}

std::string slug(const std::string& en) {
  std::string out;
  for (char ch : en) {
    const auto u = static_cast<unsigned char>(ch);
    if (u < 128 && std::isalnum(u)) {
      out += static_cast<char>(std::tolower(u));
    } else if (!out.empty() && out.back() != '-') {
      out += '-';
    }
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

// The associations, country by country, each met once to set up the liaison.
core::Result<std::pair<std::int64_t, std::int64_t>> add_associations(App& app, std::int64_t count) {
  const auto pools = demo_pools();
  const auto desk = json::parse([] {
    for (const auto& f : demo_files::files()) {
      if (f.name == "history_pools.json") return f.content;
    }
    return std::string_view("{}");
  }());
  const auto& countries = desk.as_object().at("countries").as_object();
  std::vector<std::pair<std::string, const json::object*>> foreign;
  for (const auto& [code, v] : pools.at("foreign").as_object()) {
    if (countries.contains(code)) foreign.emplace_back(std::string(code), &v.as_object());
  }
  std::vector<core::Organisation> orgs;
  for (std::int64_t i = 0; i < count && !foreign.empty(); ++i) {
    const auto& [code, f] = foreign[static_cast<std::size_t>(i) % foreign.size()];
    const auto round = static_cast<std::size_t>(i) / foreign.size();
    const Pattern& p = kPatterns[round % std::size(kPatterns)];
    const auto& cities = f->at("cities").as_array();
    const Text city = text_of(cities[(round / 2) % cities.size()]);
    Text country = text_of(countries.at(code));
    if (country.en.starts_with("the ")) country.en = country.en.substr(4);
    core::Organisation o;
    o.kind = core::OrgKind::kAssociation;
    o.name = {fill(p.zh, country.zh, city.zh), fill(p.en, country.en, city.en)};
    if (round >= std::size(kPatterns)) {
      o.name.zh += std::to_string(round / std::size(kPatterns) + 1);
      o.name.en += " " + std::to_string(round / std::size(kPatterns) + 1);
    }
    o.country = code;
    o.city = city;
    o.sectors = {"952"};
    o.sdgs = {17};
    o.summary = {
        o.name.zh + "联系在华或有意来华发展的" + country.zh +
            "企业,与 i·CITY 国际交往服务中心建立了常态化联络机制,共同组织考察、对接和政策宣讲。",
        "The " + o.name.en + " brings together " + country.en +
            " companies doing business with China and keeps a standing liaison with the "
            "i·CITY centre: study visits, matchmaking and policy briefings together."};
    o.website = "https://www." + slug(o.name.en) + ".example.org";
    o.tags = {"business association", "liaison"};
    orgs.push_back(std::move(o));
  }
  store::BulkLoader loader(app.db());
  if (auto r = loader.add_organisations(orgs); !r) return core::fail(r.error());
  std::vector<core::Interaction> meetings;
  for (std::size_t i = 0; i < orgs.size(); ++i) {
    core::Interaction in;
    in.type = core::InteractionType::kMeeting;
    // Spread over the months since the opening: 2023-10-30 onwards, a day apart.
    const auto day = std::chrono::sys_days{std::chrono::year{2023} / 10 / 30} +
                     std::chrono::days{static_cast<int>(i * 283 / orgs.size())};
    const std::chrono::year_month_day ymd{day};
    char date[16];
    std::snprintf(date, sizeof date, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    in.date = date;
    in.organisation_ids = {orgs[i].id};
    in.summary = {"与" + orgs[i].name.zh + "建立联络机制,商定年度交流计划",
                  "Liaison set up with the " + orgs[i].name.en + ": a yearly exchange plan agreed"};
    meetings.push_back(std::move(in));
  }
  if (auto r = loader.add_interactions(meetings); !r) return core::fail(r.error());
  return std::pair{static_cast<std::int64_t>(orgs.size()),
                   static_cast<std::int64_t>(meetings.size())};
}

}  // namespace

core::Result<DemoHistoryReport> generate_demo_history(App& app, const DemoHistoryOptions& options) {
  const auto started = std::chrono::steady_clock::now();
  DemoHistoryReport report;
  long long first_index = 0;
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    sql << "SELECT COUNT(*) FROM organisations", soci::into(first_index);
    return {};
  });
  auto synthetic = generate_synthetic(app, options.organisations, options.seed, {});
  if (!synthetic) return core::fail(synthetic.error());
  report.organisations = synthetic->organisations;
  report.people = synthetic->people;
  report.interactions = synthetic->interactions;
  std::vector<long long> ids(static_cast<std::size_t>(synthetic->organisations));
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    long long n = static_cast<long long>(ids.size());
    if (n == 0) return {};
    sql << "SELECT id FROM organisations ORDER BY id LIMIT :n OFFSET :o", soci::use(n, "n"),
        soci::use(first_index, "o"), soci::into(ids);
    return {};
  });
  auto associations = add_associations(app, options.associations);
  if (!associations) return core::fail(associations.error());
  report.associations = associations->first;
  report.interactions += associations->second;
  auto cases = generate_desk_history(
      app, {.cases = options.cases, .seed = options.seed, .until = options.until}, {});
  if (!cases) return core::fail(cases.error());
  report.cases = cases->cases;
  report.resolved = cases->resolved;
  auto events = add_icity_events(app, options.icity_events, options.until, options.seed);
  if (!events) return core::fail(events.error());
  report.events = *events;
  auto projects = add_reserve_projects(app, options.projects, first_index, ids, options.seed);
  if (!projects) return core::fail(projects.error());
  report.projects = *projects;
  auto r = app.db().read([&](soci::session& sql) -> core::Result<void> {
    long long n = 0;
    sql << "SELECT COUNT(DISTINCT o.organisation_id) FROM interaction_organisations o JOIN "
           "interactions i ON i.id = o.interaction_id WHERE i.type = 'visit_received' AND "
           "i.date >= '2023-10-27' AND i.date <= :until",
        soci::use(options.until), soci::into(n);
    report.received = n;
    return {};
  });
  if (!r) return core::fail(r.error());
  report.seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  return report;
}

}  // namespace icity::app
