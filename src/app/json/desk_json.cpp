#include "app/json/desk_json.hpp"

#include <boost/json.hpp>

#include "app/case_service.hpp"
#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value or_null(const std::string& s) {
  return s.empty() ? json::value(nullptr) : json::value(s);
}

json::value user_json(const std::optional<core::UserRef>& u) {
  if (!u) return nullptr;
  return json::object{{"id", u->id}, {"email", u->email}, {"display_name", u->display_name}};
}

json::object team_ref_json(const core::TeamRef& t) {
  return {{"id", t.id}, {"key", t.key}, {"name", to_json(t.name)}};
}

json::array attachments_json(const std::vector<core::AttachmentInfo>& files) {
  json::array out;
  for (const auto& a : files) {
    out.push_back(json::object{
        {"id", a.id}, {"name", a.name}, {"media_type", a.media_type}, {"size", a.size}});
  }
  return out;
}

json::value satisfaction_json(const std::optional<core::Satisfaction>& s) {
  if (!s) return nullptr;
  return json::object{{"score", s->score}, {"comment", s->comment}, {"at", s->at}};
}

}  // namespace

json::object to_json(const core::Team& team) {
  json::array members;
  for (const auto& m : team.members) members.push_back(user_json(m));
  return {{"id", team.id},
          {"version", team.version},
          {"key", team.key},
          {"name", to_json(team.name)},
          {"members", std::move(members)},
          {"created_at", team.created_at},
          {"updated_at", team.updated_at}};
}

json::object to_json(const core::DeskService& s) {
  return {{"id", s.id},
          {"version", s.version},
          {"key", s.key},
          {"name", to_json(s.name)},
          {"description", to_json(s.description)},
          {"team_id", s.team_id},
          {"team", team_ref_json(s.team)},
          {"target_hours", s.target_hours},
          {"active", s.active},
          {"position", s.position},
          {"created_at", s.created_at},
          {"updated_at", s.updated_at}};
}

json::object to_json(const core::CaseMessage& m) {
  return {{"id", m.id},
          {"internal", m.internal},
          {"author", json::object{{"kind", core::to_string(m.author)}, {"name", m.author_name}}},
          {"body", m.body},
          {"created_at", m.created_at},
          {"attachments", attachments_json(m.attachments)}};
}

json::object summary_json(const core::CaseView& v, const std::string& now) {
  const auto& c = v.value;
  return {
      {"id", c.id},
      {"number", core::case_number(c.id, c.created_at)},
      {"status", core::to_string(c.status)},
      {"service", json::object{{"id", c.service_id}, {"name", to_json(v.service_name)}}},
      {"team", v.team ? json::value(team_ref_json(*v.team)) : json::value(nullptr)},
      {"assignee", user_json(v.assignee)},
      {"contact",
       json::object{
           {"name", c.contact.name}, {"email", c.contact.email}, {"country", c.contact.country}}},
      {"language", c.language},
      {"subject", c.subject},
      {"created_at", c.created_at},
      {"updated_at", c.updated_at},
      {"due_at", c.due_at},
      {"overdue", core::is_open(c.status) && c.due_at < now},
      {"satisfaction", c.satisfaction ? json::value(c.satisfaction->score) : json::value(nullptr)},
      {"organisation_id",
       c.organisation_id ? json::value(*c.organisation_id) : json::value(nullptr)},
  };
}

json::object staff_json(const StaffCase& staff, const std::string& now) {
  const auto& v = staff.view;
  auto out = summary_json(v, now);
  const auto& c = v.value;
  out["version"] = c.version;
  out["description"] = c.description;
  out["contact"] = json::object{{"name", c.contact.name},
                                {"email", c.contact.email},
                                {"phone", c.contact.phone},
                                {"organisation", c.contact.organisation},
                                {"country", c.contact.country}};
  out["target_hours"] = v.target_hours;
  out["attachments"] = attachments_json(v.attachments);
  json::array messages;
  for (const auto& m : v.messages) messages.push_back(to_json(m));
  out["messages"] = std::move(messages);
  json::array history;
  for (const auto& s : v.history) {
    history.push_back(json::object{
        {"from", s.from ? json::value(core::to_string(*s.from)) : json::value(nullptr)},
        {"to", core::to_string(s.to)},
        {"at", s.at},
        {"actor", s.actor},
        {"assignee", user_json(s.assignee)},
        {"message", s.message}});
  }
  out["history"] = std::move(history);
  out["first_response_at"] = or_null(c.first_response_at);
  out["resolved_at"] = or_null(c.resolved_at);
  out["closed_at"] = or_null(c.closed_at);
  out["reopen_until"] = or_null(staff.reopen_until);
  out["satisfaction"] = satisfaction_json(c.satisfaction);
  out["business_minutes_left"] =
      staff.minutes_left ? json::value(*staff.minutes_left) : json::value(nullptr);
  out["clock_stopped"] = staff.clock_stopped;
  json::array moves;
  for (auto s : staff.next) moves.emplace_back(core::to_string(s));
  out["next_statuses"] = std::move(moves);
  return out;
}

json::object public_json(const PublicCase& p) {
  const auto& v = p.view;
  const auto& c = v.value;
  json::array messages;
  for (const auto& m : v.messages) messages.push_back(to_json(m));
  return {
      {"id", c.id},
      {"number", core::case_number(c.id, c.created_at)},
      {"status", core::to_string(c.status)},
      {"service", json::object{{"id", c.service_id}, {"name", to_json(v.service_name)}}},
      {"language", c.language},
      {"subject", c.subject},
      {"description", c.description},
      {"contact", json::object{{"name", c.contact.name}, {"email", c.contact.email}}},
      {"attachments", attachments_json(v.attachments)},
      {"created_at", c.created_at},
      {"due_at", core::is_open(c.status) ? json::value(c.due_at) : json::value(nullptr)},
      {"resolved_at", or_null(c.resolved_at)},
      {"messages", std::move(messages)},
      {"can_reply", p.can_reply},
      {"can_confirm", p.can_confirm},
      {"can_reopen", p.can_reopen},
      {"reopen_until", or_null(p.reopen_until)},
      {"can_rate", p.can_rate},
      {"satisfaction", satisfaction_json(c.satisfaction)},
  };
}

json::object to_json(const core::CaseCounts& counts) {
  json::object by_status;
  for (const auto& c : counts.by_status) by_status[c.key] = c.count;
  json::array teams;
  for (const auto& t : counts.teams) {
    teams.push_back(json::object{{"id", t.team.id},
                                 {"key", t.team.key},
                                 {"name", to_json(t.team.name)},
                                 {"open", t.open},
                                 {"overdue", t.overdue}});
  }
  return {{"by_status", std::move(by_status)}, {"open", counts.open}, {"overdue", counts.overdue},
          {"unassigned", counts.unassigned},   {"mine", counts.mine}, {"teams", std::move(teams)}};
}

std::string snapshot(const core::Case& c) {
  return json_text(json::object{
      {"id", c.id},
      {"version", c.version},
      {"service_id", c.service_id},
      {"team_id", c.team_id ? json::value(*c.team_id) : json::value(nullptr)},
      {"status", core::to_string(c.status)},
      {"assignee_id", c.assignee_id ? json::value(*c.assignee_id) : json::value(nullptr)},
      {"organisation_id",
       c.organisation_id ? json::value(*c.organisation_id) : json::value(nullptr)},
      {"contact", json::object{{"name", c.contact.name},
                               {"email", c.contact.email},
                               {"phone", c.contact.phone},
                               {"organisation", c.contact.organisation},
                               {"country", c.contact.country}}},
      {"language", c.language},
      {"subject", c.subject},
      {"due_at", c.due_at},
      {"resolved_at", c.resolved_at},
      {"closed_at", c.closed_at},
      {"satisfaction", c.satisfaction ? json::value(c.satisfaction->score) : json::value(nullptr)},
  });
}

}  // namespace icity::app
