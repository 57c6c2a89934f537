// icity demo generate --cases: the desk's history, written in batches
// through store::cases::add_history (the cases themselves: desk_history_cases.cpp).
#include "app/demo/desk_history.hpp"

#include <soci/soci.h>

#include <boost/json.hpp>

#include "app/demo/demo_files.hpp"
#include "app/demo/desk_world.hpp"
#include "app/secrets.hpp"
#include "store/desk_repo.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

constexpr std::size_t kKnownOrganisations = 20000;  // requesters' organisations drawn from these

std::string_view demo_file(std::string_view name) {
  for (const auto& f : demo_files::files()) {
    if (f.name == name) return f.content;
  }
  return {};
}

// Two desk staff for each team with nobody in it, named from the pools.
core::Result<std::int64_t> staff_empty_teams(App& app, const std::vector<core::Team>& teams) {
  std::vector<std::pair<std::string, std::string>> names;  // display name, email local part
  {
    auto pools = json::parse(demo_file("history_pools.json")).as_object();
    for (const auto& v : pools.at("staff").as_array()) {
      const auto& o = v.as_object();
      names.emplace_back(
          std::string(o.at("zh").as_string()) + " " + std::string(o.at("en").as_string()),
          std::string(o.at("email").as_string()));
    }
  }
  std::int64_t added = 0;
  std::size_t next = 0;
  const Context ctx = system_context("desk-history");
  for (const auto& team : teams) {
    if (!team.members.empty()) continue;
    std::vector<core::Id> members;
    for (int k = 0; k < 2 && next < names.size(); ++k, ++next) {
      NewUser user;
      user.email = names[next].second + "@desk.icity.example.cn";
      user.role = core::Role::kStaff;
      user.display_name = names[next].first;
      user.password = random_token(16);
      auto created = app.auth().add_user(user, ctx);
      if (!created) return core::fail(created.error());
      members.push_back(created->id);
      ++added;
    }
    if (members.empty()) continue;
    auto r = app.db().write([&](store::Tx& tx) -> core::Result<void> {
      store::desk::set_members(tx, team.id, members);
      return {};
    });
    if (!r) return core::fail(r.error());
  }
  return added;
}

}  // namespace

core::Result<DeskHistoryReport> generate_desk_history(
    App& app, const DeskHistoryOptions& options,
    const std::function<void(std::int64_t done, std::int64_t total)>& progress) {
  DeskHistoryReport report;
  std::vector<core::DeskService> services;
  std::vector<core::Team> teams;
  auto read = [&] {
    return app.db().read([&](soci::session& sql) -> core::Result<void> {
      services = store::desk::services(sql, false);
      teams = store::desk::teams(sql);
      return {};
    });
  };
  if (auto r = read(); !r) return core::fail(r.error());
  if (services.empty()) {
    const Context ctx = system_context("desk-history");
    if (auto r = load_demo_desk(app, ctx, demo_file("desk.json")); !r) return core::fail(r.error());
    if (auto r = read(); !r) return core::fail(r.error());
  }
  auto added = staff_empty_teams(app, teams);
  if (!added) return core::fail(added.error());
  report.staff_added = *added;
  if (auto r = read(); !r) return core::fail(r.error());

  std::vector<DeskStaff> staff;
  for (const auto& team : teams) {
    for (const auto& member : team.members) {
      auto it = std::find_if(staff.begin(), staff.end(),
                             [&](const DeskStaff& s) { return s.user.id == member.id; });
      if (it == staff.end()) it = staff.insert(staff.end(), DeskStaff{member, {}});
      it->teams.push_back(team.id);
    }
  }
  std::vector<KnownOrganisation> orgs;
  auto r = app.db().read([&](soci::session& sql) -> core::Result<void> {
    KnownOrganisation o;
    long long id = 0;
    soci::statement st =
        (sql.prepare << "SELECT id, name_zh, name_en, country, website, city_zh, city_en FROM "
                        "organisations WHERE website <> '' ORDER BY id LIMIT " +
                            std::to_string(kKnownOrganisations),
         soci::into(id), soci::into(o.name_zh), soci::into(o.name_en), soci::into(o.country),
         soci::into(o.website), soci::into(o.city_zh), soci::into(o.city_en));
    st.execute();
    while (st.fetch()) {
      o.id = id;
      orgs.push_back(o);
    }
    return {};
  });
  if (!r) return core::fail(r.error());
  std::vector<DeskServiceInfo> infos;
  for (auto& s : services) infos.push_back({std::move(s), 1.0});
  std::int64_t offset = 0;  // continue after what is there: new cases, not the same again
  app.db().read([&](soci::session& sql) -> core::Result<void> {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM cases", soci::into(n);
    offset = n;
    return {};
  });
  try {
    const DeskHistoryWriter writer(options.seed, options.until, std::move(infos), std::move(staff),
                                   std::move(orgs));
    constexpr std::int64_t kBatch = 1000;
    for (std::int64_t start = 0; start < options.cases; start += kBatch) {
      const std::int64_t end = std::min(options.cases, start + kBatch);
      std::vector<store::cases::HistoryCase> batch;
      for (std::int64_t i = start; i < end; ++i) batch.push_back(writer.make(offset + i));
      if (auto w = store::cases::add_history(app.db(), batch); !w) return core::fail(w.error());
      for (const auto& h : batch) {
        ++report.cases;
        report.steps += static_cast<std::int64_t>(h.steps.size());
        report.messages += static_cast<std::int64_t>(h.messages.size());
        if (core::is_open(h.value.status)) ++report.open;
        if (!h.value.resolved_at.empty()) ++report.resolved;
        if (h.value.status == core::CaseStatus::kClosed && h.value.resolved_at.empty()) {
          ++report.closed_unworked;
        }
      }
      if (progress) progress(end, options.cases);
    }
  } catch (const std::exception& e) {
    return core::fail(core::Error::internal(
        {std::string("演示服务台历史:") + e.what(), std::string("desk history: ") + e.what()}));
  }
  return report;
}

}  // namespace icity::app
