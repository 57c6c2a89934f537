#include "app/json/solution_json.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;

json::object to_json(const core::Solution& s) {
  json::array sdgs, sectors;
  for (int g : s.sdgs) sdgs.emplace_back(g);
  for (const auto& c : s.sectors) sectors.emplace_back(c);
  return {{"id", s.id},
          {"version", s.version},
          {"title", to_json(s.title)},
          {"summary", to_json(s.summary)},
          {"body", to_json(s.body)},
          {"sdgs", std::move(sdgs)},
          {"sectors", std::move(sectors)},
          {"place", to_json(s.place)},
          {"organisation_id",
           s.organisation_id ? json::value(*s.organisation_id) : json::value(nullptr)},
          {"source", s.source},
          {"year", s.year ? json::value(*s.year) : json::value(nullptr)},
          {"archived", s.archived},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

void read_into(JsonReader& in, core::Solution& s) {
  in.allow({"id", "version", "archived", "created_at", "updated_at", "title", "summary", "body",
            "sdgs", "sectors", "place", "organisation_id", "source", "year"});
  in.text("title", s.title);
  in.text("summary", s.summary);
  in.text("body", s.body);
  in.int_list("sdgs", s.sdgs);
  in.string_list("sectors", s.sectors);
  in.text("place", s.place);
  in.optional_id("organisation_id", s.organisation_id);
  in.string("source", s.source, 1000);
  std::optional<std::int64_t> year = s.year;
  in.optional_integer("year", year);
  s.year = year ? std::optional<int>(static_cast<int>(std::clamp<std::int64_t>(*year, -1, 99999)))
                : std::nullopt;
}

}  // namespace icity::app
