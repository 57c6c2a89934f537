#include "app/json/delegation_json.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value date_or_null(const std::string& date) {
  return date.empty() ? json::value(nullptr) : json::value(date);
}

// A member's name and title are stored one a line, tab-separated: no tabs or
// line breaks inside.
std::string one_line(std::string s) {
  std::replace_if(
      s.begin(), s.end(), [](char c) { return c == '\t' || c == '\n' || c == '\r'; }, ' ');
  return s;
}

}  // namespace

json::object to_json(const core::Delegation& d) {
  json::array members, sectors, sdgs, kinds;
  for (const auto& m : d.members)
    members.push_back(json::object{{"name", m.name}, {"title", m.title}});
  for (const auto& c : d.sectors) sectors.emplace_back(c);
  for (int g : d.sdgs) sdgs.emplace_back(g);
  for (auto k : d.partner_kinds) kinds.emplace_back(core::to_string(k));
  return {
      {"id", d.id},
      {"version", d.version},
      {"name", to_json(d.name)},
      {"origin_organisation_id",
       d.origin_organisation_id ? json::value(*d.origin_organisation_id) : json::value(nullptr)},
      {"origin_city", d.origin_city},
      {"country", d.country},
      {"members", std::move(members)},
      {"interests", to_json(d.interests)},
      {"start_date", date_or_null(d.start_date)},
      {"end_date", date_or_null(d.end_date)},
      {"sectors", std::move(sectors)},
      {"sdgs", std::move(sdgs)},
      {"partner_kinds", std::move(kinds)},
      {"archived", d.archived},
      {"created_at", d.created_at},
      {"updated_at", d.updated_at}};
}

void read_into(JsonReader& in, core::Delegation& d) {
  in.allow({"id", "version", "archived", "created_at", "updated_at", "suggestions",
            "origin_organisation", "name", "origin_organisation_id", "origin_city", "country",
            "members", "interests", "start_date", "end_date", "sectors", "sdgs", "partner_kinds"});
  in.text("name", d.name);
  in.optional_id("origin_organisation_id", d.origin_organisation_id);
  in.string("origin_city", d.origin_city, 200);
  in.string("country", d.country, 8);  // validate() names a bad one
  if (in.has("members")) {
    std::vector<core::DelegationMember> members;
    in.objects("members", [&](JsonReader& r) {
      r.allow({"name", "title"});
      core::DelegationMember m;
      r.string("name", m.name, 200);
      r.string("title", m.title, 200);
      members.push_back({one_line(m.name), one_line(m.title)});
    });
    d.members = std::move(members);
  }
  in.text("interests", d.interests);
  in.string("start_date", d.start_date, 10);
  in.string("end_date", d.end_date, 10);
  in.string_list("sectors", d.sectors);
  in.int_list("sdgs", d.sdgs);
  in.enumeration_list("partner_kinds", d.partner_kinds, &core::parse_org_kind,
                      core::org_kind_names());
  in.boolean("archived", d.archived);
}

}  // namespace icity::app
