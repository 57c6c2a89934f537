#include "app/json/directory_json.hpp"

#include <boost/json.hpp>

namespace icity::app {
namespace json = boost::json;

json::object to_json(const core::LocalizedText& text) { return {{"zh", text.zh}, {"en", text.en}}; }

namespace {

template <class T>
json::array array_of(const std::vector<T>& items) {
  json::array a;
  a.reserve(items.size());
  for (const auto& i : items) a.emplace_back(i);
  return a;
}

json::value optional_id(const std::optional<core::Id>& id) {
  return id ? json::value(*id) : json::value(nullptr);
}

}  // namespace

json::object to_json(const core::Organisation& o) {
  json::array relations;
  for (const auto& r : o.relations) {
    relations.push_back(json::object{{"type", core::to_string(r.type)},
                                     {"organisation_id", r.organisation_id},
                                     {"direction", "out"}});
  }
  return {{"id", o.id},
          {"version", o.version},
          {"name", to_json(o.name)},
          {"summary", to_json(o.summary)},
          {"kind", core::to_string(o.kind)},
          {"country", o.country},
          {"city", to_json(o.city)},
          {"district", to_json(o.district)},
          {"sectors", array_of(o.sectors)},
          {"sdgs", array_of(o.sdgs)},
          {"size", o.size ? json::value(core::to_string(*o.size)) : json::value(nullptr)},
          {"website", o.website},
          {"email", o.email},
          {"phone", o.phone},
          {"tags", array_of(o.tags)},
          {"relations", std::move(relations)},
          {"archived", o.archived},
          {"created_at", o.created_at},
          {"updated_at", o.updated_at}};
}

json::object to_json(const core::OrganisationView& view) {
  json::object o = to_json(view.organisation);
  json::array relations;
  for (const auto& r : view.relations) {
    relations.push_back(json::object{
        {"type", core::to_string(r.type)},
        {"organisation_id", r.organisation.id},
        {"organisation",
         json::object{{"id", r.organisation.id}, {"name", to_json(r.organisation.name)}}},
        {"direction", r.outgoing ? "out" : "in"}});
  }
  o["relations"] = std::move(relations);
  o["people_count"] = view.people_count;
  o["interactions_count"] = view.interactions_count;
  return o;
}

json::object to_json(const core::Person& p, bool contact_details) {
  json::object o{{"id", p.id},
                 {"version", p.version},
                 {"name", to_json(p.name)},
                 {"organisation_id", optional_id(p.organisation_id)},
                 {"title", to_json(p.title)},
                 {"languages", array_of(p.languages)},
                 {"archived", p.archived},
                 {"created_at", p.created_at},
                 {"updated_at", p.updated_at}};
  if (contact_details) {
    o["email"] = p.email;
    o["phone"] = p.phone;
    o["nationality"] = p.nationality.empty() ? json::value(nullptr) : json::value(p.nationality);
    o["consent_date"] = p.consent_date.empty() ? json::value(nullptr) : json::value(p.consent_date);
  }
  return o;
}

json::object to_json(const core::Interaction& i) {
  return {{"id", i.id},
          {"version", i.version},
          {"type", core::to_string(i.type)},
          {"date", i.date},
          {"organisation_ids", array_of(i.organisation_ids)},
          {"person_ids", array_of(i.person_ids)},
          {"summary", to_json(i.summary)},
          {"staff_user_id", optional_id(i.staff_user_id)},
          {"archived", i.archived},
          {"created_at", i.created_at},
          {"updated_at", i.updated_at}};
}

json::object to_json(const core::InteractionView& view) {
  json::object o = to_json(view.interaction);
  json::array orgs;
  for (const auto& r : view.organisations) {
    orgs.push_back(json::object{{"id", r.id}, {"name", to_json(r.name)}});
  }
  o["organisations"] = std::move(orgs);
  return o;
}

json::object to_json(const core::User& u) {
  return {{"id", u.id},
          {"email", u.email},
          {"role", core::to_string(u.role)},
          {"organisation_id", optional_id(u.organisation_id)},
          {"display_name", u.display_name},
          {"locale", u.locale}};
}

json::object to_json(const core::AuditEntry& e) {
  auto parse_or_null = [](const std::string& text) -> json::value {
    if (text.empty()) return nullptr;
    boost::system::error_code ec;
    auto v = json::parse(text, ec);
    return ec ? json::value(text) : v;
  };
  return {{"id", e.id},
          {"at", e.at},
          {"user_id", optional_id(e.user_id)},
          {"user_email", e.user_email},
          {"action", e.action},
          {"entity", e.entity},
          {"entity_id", e.entity_id},
          {"before", parse_or_null(e.before_json)},
          {"after", parse_or_null(e.after_json)},
          {"request_id", e.request_id}};
}

std::string json_text(const json::object& object) { return json::serialize(object); }

void read_into(JsonReader& in, core::Organisation& org) {
  in.allow({"id",
            "version",
            "archived",
            "created_at",
            "updated_at",
            "people_count",
            "interactions_count",
            "name",
            "summary",
            "kind",
            "country",
            "city",
            "district",
            "sectors",
            "sdgs",
            "size",
            "website",
            "email",
            "phone",
            "tags",
            "relations"});
  in.text("name", org.name);
  in.text("summary", org.summary);
  in.enumeration("kind", org.kind, &core::parse_org_kind, core::org_kind_names());
  in.string("country", org.country, 8);
  in.text("city", org.city);
  in.text("district", org.district);
  in.string_list("sectors", org.sectors);
  in.int_list("sdgs", org.sdgs);
  in.optional_enumeration("size", org.size, &core::parse_size_band, core::size_band_names());
  in.string("website", org.website);
  in.string("email", org.email);
  in.string("phone", org.phone);
  in.string_list("tags", org.tags);
  if (in.has("relations")) {
    std::vector<core::Relation> relations;
    in.objects("relations", [&](JsonReader& r) {
      r.allow({"type", "organisation_id", "organisation", "direction"});
      std::string direction = "out";
      r.string("direction", direction);
      if (direction == "in") return;  // incoming relations belong to the other side
      core::Relation rel;
      if (!r.has("type")) r.error("type", "必填", "required");
      if (!r.has("organisation_id")) r.error("organisation_id", "必填", "required");
      r.enumeration("type", rel.type, &core::parse_relation_type, core::relation_type_names());
      std::optional<core::Id> id;
      r.optional_id("organisation_id", id);
      rel.organisation_id = id.value_or(0);
      if (id) relations.push_back(rel);
    });
    org.relations = std::move(relations);
  }
}

void read_into(JsonReader& in, core::Person& p) {
  in.allow({"id", "version", "archived", "created_at", "updated_at", "name", "organisation_id",
            "title", "email", "phone", "nationality", "languages", "consent_date"});
  in.text("name", p.name);
  in.optional_id("organisation_id", p.organisation_id);
  in.text("title", p.title);
  in.string("email", p.email);
  in.string("phone", p.phone);
  in.string("nationality", p.nationality, 8);
  in.string_list("languages", p.languages);
  in.string("consent_date", p.consent_date, 16);
}

void read_into(JsonReader& in, core::Interaction& i) {
  in.allow({"id", "version", "archived", "created_at", "updated_at", "organisations", "type",
            "date", "organisation_ids", "person_ids", "summary", "staff_user_id"});
  in.enumeration("type", i.type, &core::parse_interaction_type, core::interaction_type_names());
  in.string("date", i.date, 16);
  in.id_list("organisation_ids", i.organisation_ids);
  in.id_list("person_ids", i.person_ids);
  in.text("summary", i.summary);
  in.optional_id("staff_user_id", i.staff_user_id);
}

}  // namespace icity::app
