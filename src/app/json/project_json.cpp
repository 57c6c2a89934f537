#include "app/json/project_json.hpp"

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value optional_id(const std::optional<core::Id>& id) {
  return id ? json::value(*id) : json::value(nullptr);
}

json::value optional_date(const std::string& date) {
  return date.empty() ? json::value(nullptr) : json::value(date);
}

json::value value_of(const core::Project& p) {
  return p.estimated_value_cny ? json::value(*p.estimated_value_cny) : json::value(nullptr);
}

}  // namespace

json::object to_json(const core::Project& p) {
  json::array parties, sectors, sdgs, moves, history;
  for (const auto& party : p.parties) {
    parties.push_back(json::object{{"organisation_id", party.organisation_id},
                                   {"role", core::to_string(party.role)},
                                   {"name", to_json(party.name)}});
  }
  for (const auto& s : p.sectors) sectors.emplace_back(s);
  for (int g : p.sdgs) sdgs.emplace_back(g);
  for (auto s : core::next_stages(p.stage)) moves.emplace_back(core::to_string(s));
  for (const auto& step : p.history) {
    history.push_back(json::object{{"stage", core::to_string(step.stage)},
                                   {"at", step.at},
                                   {"user_id", optional_id(step.user_id)},
                                   {"actor", step.actor},
                                   {"note", to_json(step.note)}});
  }
  return {
      {"id", p.id},
      {"version", p.version},
      {"title", to_json(p.title)},
      {"summary", to_json(p.summary)},
      {"stage", core::to_string(p.stage)},
      {"drop_reason", p.stage == core::ProjectStage::kDropped ? json::value(to_json(p.drop_reason))
                                                              : json::value(nullptr)},
      {"parties", std::move(parties)},
      {"sectors", std::move(sectors)},
      {"sdgs", std::move(sdgs)},
      {"district", to_json(p.district)},
      {"estimated_value_cny", value_of(p)},
      {"next_action", to_json(p.next_action)},
      {"next_action_due", optional_date(p.next_action_due)},
      {"owner_id", optional_id(p.owner_id)},
      {"introduction_id", optional_id(p.introduction_id)},
      {"event_id", optional_id(p.event_id)},
      {"created_by", optional_id(p.created_by)},
      {"moves", std::move(moves)},
      {"history", std::move(history)},
      {"created_at", p.created_at},
      {"updated_at", p.updated_at}};
}

json::object card_json(const core::Project& p) {
  json::array parties;
  for (const auto& party : p.parties) parties.push_back(to_json(party.name));
  return {{"id", p.id},
          {"version", p.version},
          {"title", to_json(p.title)},
          {"parties", std::move(parties)},
          {"estimated_value_cny", value_of(p)},
          {"next_action_due", optional_date(p.next_action_due)},
          {"owner_id", optional_id(p.owner_id)}};
}

void read_into(JsonReader& in, core::Project& p) {
  in.allow({"title", "summary", "parties", "sectors", "sdgs", "district", "estimated_value_cny",
            "next_action", "next_action_due", "owner_id", "introduction_id", "event_id",
            // read-only, ignored when echoed
            "version", "id", "stage", "drop_reason", "moves", "history", "created_by", "created_at",
            "updated_at"});
  in.text("title", p.title);
  in.text("summary", p.summary);
  if (in.has("parties")) {
    std::vector<core::ProjectParty> parties;
    in.objects("parties", [&](JsonReader& party) {
      party.allow({"organisation_id", "role", "name"});
      core::ProjectParty one;
      std::optional<std::int64_t> org;
      party.optional_id("organisation_id", org);
      one.organisation_id = org.value_or(0);
      if (!party.has("role")) party.error("role", "必填", "required");
      party.enumeration("role", one.role, &core::parse_party_role, core::party_role_names());
      parties.push_back(std::move(one));
    });
    p.parties = std::move(parties);
  }
  in.string_list("sectors", p.sectors);
  in.int_list("sdgs", p.sdgs);
  in.text("district", p.district);
  in.optional_integer("estimated_value_cny", p.estimated_value_cny);
  in.text("next_action", p.next_action);
  in.string("next_action_due", p.next_action_due, 32);
  in.optional_id("owner_id", p.owner_id);
  in.optional_id("introduction_id", p.introduction_id);
  in.optional_id("event_id", p.event_id);
}

}  // namespace icity::app
