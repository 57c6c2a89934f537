#include "app/json/introduction_json.hpp"

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value optional_id(const std::optional<core::Id>& id) {
  return id ? json::value(*id) : json::value(nullptr);
}

json::object ref(const core::OrganisationRef& r) {
  return {{"id", r.id}, {"name", to_json(r.name)}};
}

json::array steps_of(const core::Introduction& n) {
  json::array steps;
  for (const auto& s : n.steps) {
    steps.push_back(json::object{{"status", core::to_string(s.status)},
                                 {"at", s.at},
                                 {"actor", s.actor},
                                 {"message", to_json(s.message)}});
  }
  return steps;
}

json::object common(const core::Introduction& n) {
  return {{"id", n.id},
          {"version", n.version},
          {"status", core::to_string(n.status)},
          {"delegation_id", optional_id(n.delegation_id)},
          {"score", n.score ? json::value(*n.score) : json::value(nullptr)},
          {"outcome", n.outcome ? json::value(core::to_string(*n.outcome)) : json::value(nullptr)},
          {"interaction_id", optional_id(n.interaction_id)},
          {"steps", steps_of(n)},
          {"created_at", n.created_at},
          {"updated_at", n.updated_at}};
}

}  // namespace

json::object to_json(const core::IntroductionView& view) {
  auto o = common(view.introduction);
  o["from_organisation"] = ref(view.from_organisation);
  o["to_organisation"] = ref(view.to_organisation);
  o["opportunity"] = view.opportunity
                         ? json::value(json::object{{"id", view.opportunity->id},
                                                    {"title", to_json(view.opportunity->title)}})
                         : json::value(nullptr);
  return o;
}

json::object to_json(const core::Introduction& n) {
  auto o = common(n);
  o.erase("steps");
  o["from_organisation_id"] = n.from_organisation_id;
  o["to_organisation_id"] = n.to_organisation_id;
  o["opportunity_id"] = optional_id(n.opportunity_id);
  o["created_by"] = optional_id(n.created_by);
  if (!n.steps.empty()) {
    const auto& last = n.steps.back();
    o["step"] =
        json::object{{"status", core::to_string(last.status)}, {"message", to_json(last.message)}};
  }
  return o;
}

json::object to_json(const core::Notification& n) {
  return {{"id", n.id},
          {"kind", n.kind},
          {"subject_type", n.subject_type},
          {"subject_id", n.subject_id},
          {"title", to_json(n.title)},
          {"body", to_json(n.body)},
          {"link", n.link},
          {"created_at", n.created_at},
          {"read", n.read_at.has_value()}};
}

json::object to_json(const core::TimelineItem& item) {
  if (item.type == core::TimelineItem::Type::kInteraction) {
    json::array others;
    for (const auto& r : item.other_organisations) others.push_back(ref(r));
    return {{"type", "interaction"},
            {"id", item.id},
            {"date", item.when},
            {"interaction_type", core::to_string(item.interaction_type)},
            {"summary", to_json(item.summary)},
            {"other_organisations", std::move(others)}};
  }
  return {{"type", "introduction_step"},
          {"id", item.id},
          {"at", item.when},
          {"introduction_id", item.introduction_id},
          {"status", core::to_string(item.status)},
          {"outgoing", item.outgoing},
          {"other_organisation", item.other_organisations.empty()
                                     ? json::value(nullptr)
                                     : json::value(ref(item.other_organisations.front()))},
          {"actor", item.actor},
          {"message", to_json(item.message)}};
}

}  // namespace icity::app
