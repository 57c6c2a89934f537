#include "app/json/opportunity_json.hpp"

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;

json::object to_json(const core::Opportunity& o) {
  json::array sdgs, sectors, concepts, countries, kinds;
  for (int g : o.sdgs) sdgs.emplace_back(g);
  for (const auto& c : o.sectors) sectors.emplace_back(c);
  for (const auto& c : o.concepts) concepts.emplace_back(c);
  for (const auto& c : o.countries_sought) countries.emplace_back(c);
  for (auto k : o.partner_kinds_sought) kinds.emplace_back(core::to_string(k));
  return {{"id", o.id},
          {"version", o.version},
          {"kind", core::to_string(o.kind)},
          {"status", core::to_string(o.status)},
          {"organisation_id", o.organisation_id},
          {"title", to_json(o.title)},
          {"description", to_json(o.description)},
          {"sectors", std::move(sectors)},
          {"concepts", std::move(concepts)},
          {"sdgs", std::move(sdgs)},
          {"countries_sought", std::move(countries)},
          {"partner_kinds_sought", std::move(kinds)},
          {"deadline", o.deadline.empty() ? json::value(nullptr) : json::value(o.deadline)},
          {"archived", o.archived},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at}};
}

json::object to_json(const core::Opportunity& o, const TextSuggestions& s) {
  auto out = to_json(o);
  out["suggestions"] = to_json(s);
  return out;
}

void read_into(JsonReader& in, core::Opportunity& o) {
  in.allow({"id", "version", "status", "archived", "created_at", "updated_at", "suggestions",
            "kind", "organisation_id", "title", "description", "sectors", "concepts", "sdgs",
            "countries_sought", "partner_kinds_sought", "deadline"});
  if (in.has("status")) {
    // Sent back as read it is ignored; a change goes through the workflow.
    std::string status = std::string(core::to_string(o.status));
    in.string("status", status, 32);
    if (status != core::to_string(o.status)) {
      in.error("status", "状态请用 POST /api/opportunities/{id}/transitions 更改",
               "change the status with POST /api/opportunities/{id}/transitions");
    }
  }
  in.enumeration("kind", o.kind, &core::parse_opportunity_kind, core::opportunity_kind_names());
  std::int64_t organisation = o.organisation_id;
  in.integer("organisation_id", organisation);
  o.organisation_id = organisation;
  in.text("title", o.title);
  in.text("description", o.description);
  in.string_list("sectors", o.sectors);
  in.string_list("concepts", o.concepts);
  in.int_list("sdgs", o.sdgs);
  in.string_list("countries_sought", o.countries_sought);
  in.enumeration_list("partner_kinds_sought", o.partner_kinds_sought, &core::parse_org_kind,
                      core::org_kind_names());
  if (in.has("deadline")) {
    std::string deadline = o.deadline;
    in.string("deadline", deadline, 10);
    o.deadline = deadline;
  }
}

}  // namespace icity::app
