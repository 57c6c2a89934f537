#include "app/demo/desk_world.hpp"

#include <boost/json.hpp>
#include <map>

#include "app/json/reader.hpp"

namespace icity::app {
namespace json = boost::json;

core::Result<void> load_demo_desk(App& app, const Context& ctx, std::string_view desk_json) {
  auto parsed = parse_json_object(desk_json);
  if (!parsed) return core::fail(parsed.error());
  std::map<std::string, core::Id, std::less<>> teams;
  for (const auto& t : parsed->at("teams").as_array()) {
    auto team = app.catalogue().create_team(ctx, t.as_object());
    if (!team) return core::fail(team.error());
    teams[team->key] = team->id;
  }
  int position = 0;
  for (const auto& s : parsed->at("services").as_array()) {
    auto body = s.as_object();
    const auto team = teams.find(body.at("team").as_string());
    if (team == teams.end()) {
      return core::fail(core::Error::internal({"演示服务台:未知团队", "demo desk: unknown team"}));
    }
    body.erase("team");
    body["team_id"] = team->second;
    body["position"] = ++position;
    if (auto service = app.catalogue().create_service(ctx, body); !service) {
      return core::fail(service.error());
    }
  }
  return {};
}

}  // namespace icity::app
