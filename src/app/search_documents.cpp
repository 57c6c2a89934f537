#include "app/search_documents.hpp"

#include <soci/soci.h>

#include "app/opportunity_service.hpp"
#include "store/agreement_repo.hpp"
#include "store/interaction_repo.hpp"
#include "store/opportunity_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/person_repo.hpp"
#include "store/project_repo.hpp"
#include "store/solution_repo.hpp"

namespace icity::app {
namespace {

core::LocalizedText type_label(core::InteractionType type) {
  switch (type) {
    case core::InteractionType::kVisitReceived:
      return {"来访接待", "Visit received"};
    case core::InteractionType::kMeeting:
      return {"会谈", "Meeting"};
    case core::InteractionType::kCall:
      return {"电话", "Call"};
    case core::InteractionType::kEmail:
      return {"邮件", "Email"};
    case core::InteractionType::kEvent:
      return {"活动", "Event"};
  }
  return {"往来", "Interaction"};
}

std::optional<search::Document> organisation(soci::session& sql, core::Id id) {
  auto view = store::organisations::find(sql, id);
  if (!view || view->organisation.archived) return std::nullopt;
  const auto& o = view->organisation;
  search::Document d{"organisation",
                     o.id,
                     o.name,
                     {},
                     search::Audience::kPublic,
                     std::string(core::to_string(o.kind)),
                     o.country,
                     o.sectors,
                     o.sdgs};
  d.texts = {o.summary.zh, o.summary.en, o.city.zh + " " + o.district.zh,
             o.city.en + " " + o.district.en};
  for (const auto& t : o.tags) d.texts.push_back(t);
  return d;
}

std::optional<search::Document> person(soci::session& sql, core::Id id) {
  auto p = store::people::find(sql, id);
  if (!p || p->archived) return std::nullopt;
  search::Document d{
      "person", p->id, p->name, {p->title.zh, p->title.en}, search::Audience::kSignedIn, "",
      "",       {},    {}};
  if (p->organisation_id) {
    if (auto org = store::organisations::find(sql, *p->organisation_id)) {
      d.texts.push_back(org->organisation.name.zh);
      d.texts.push_back(org->organisation.name.en);
    }
  }
  return d;
}

std::optional<search::Document> interaction(soci::session& sql, core::Id id) {
  auto view = store::interactions::find(sql, id);
  if (!view || view->interaction.archived) return std::nullopt;
  const auto& i = view->interaction;
  const auto label = type_label(i.type);
  std::string zh_orgs, en_orgs;
  for (const auto& o : view->organisations) {
    zh_orgs += (zh_orgs.empty() ? "" : "、") + (o.name.zh.empty() ? o.name.en : o.name.zh);
    en_orgs += (en_orgs.empty() ? "" : ", ") + (o.name.en.empty() ? o.name.zh : o.name.en);
  }
  search::Document d{
      "interaction",
      i.id,
      {i.date + " " + label.zh + ":" + zh_orgs, i.date + " " + label.en + ": " + en_orgs},
      {i.summary.zh, i.summary.en},
      search::Audience::kSignedIn,
      std::string(core::to_string(i.type)),
      "",
      {},
      {}};
  return d;
}

std::optional<search::Document> solution(soci::session& sql, core::Id id) {
  auto s = store::solutions::find(sql, id);
  if (!s || s->archived) return std::nullopt;
  search::Document d{
      "solution",
      s->id,
      s->title,
      {s->summary.zh, s->summary.en, s->body.zh, s->body.en, s->place.zh, s->place.en},
      search::Audience::kPublic,
      "",
      "",
      s->sectors,
      s->sdgs};
  if (s->organisation_id) {
    if (auto org = store::organisations::find(sql, *s->organisation_id)) {
      d.country = org->organisation.country;
    }
  }
  return d;
}

// Public while published; drafts, closed and expired ones only for staff. An
// opportunity that expires later stays public in the index until it is next
// written or the index is rebuilt; its answers report it expired all the same.
std::optional<search::Document> opportunity(soci::session& sql, core::Id id) {
  auto o = store::opportunities::find(sql, id);
  if (!o || o->archived) return std::nullopt;
  const bool open = core::effective_status(o->status, o->deadline, OpportunityService::today()) ==
                    core::OpportunityStatus::kPublished;
  search::Document d{"opportunity",
                     o->id,
                     o->title,
                     {o->description.zh, o->description.en},
                     open ? search::Audience::kPublic : search::Audience::kStaff,
                     std::string(core::to_string(o->kind)),
                     "",
                     o->sectors,
                     o->sdgs};
  if (auto org = store::organisations::find(sql, o->organisation_id)) {
    d.country = org->organisation.country;
    d.texts.push_back(org->organisation.name.zh);
    d.texts.push_back(org->organisation.name.en);
  }
  return d;
}

// The parties' names, both languages, as searchable texts; the country of the first foreign one.
template <typename Party>
void add_parties(soci::session& sql, const std::vector<Party>& parties, search::Document& d) {
  for (const auto& party : parties) {
    d.texts.push_back(party.name.zh);
    d.texts.push_back(party.name.en);
    if (!d.country.empty() && d.country != "CN") continue;
    if (auto org = store::organisations::find(sql, party.organisation_id)) {
      if (d.country.empty() || org->organisation.country != "CN") {
        d.country = org->organisation.country;
      }
    }
  }
}

std::optional<search::Document> project(soci::session& sql, store::Backend backend, core::Id id) {
  auto p = store::projects::find(sql, backend, id);
  if (!p || p->archived) return std::nullopt;
  search::Document d{"project",
                     p->id,
                     p->title,
                     {p->summary.zh, p->summary.en, p->next_action.zh, p->next_action.en,
                      p->district.zh, p->district.en},
                     search::Audience::kStaff,
                     std::string(core::to_string(p->stage)),
                     "",
                     p->sectors,
                     p->sdgs};
  add_parties(sql, p->parties, d);
  return d;
}

std::optional<search::Document> agreement(soci::session& sql, store::Backend backend, core::Id id) {
  auto a = store::agreements::find(sql, backend, id);
  if (!a || a->archived) return std::nullopt;
  search::Document d{"agreement",
                     a->id,
                     a->title,
                     {a->summary.zh, a->summary.en, a->signed_place.zh, a->signed_place.en},
                     search::Audience::kStaff,
                     std::string(core::to_string(a->kind)),
                     "",
                     {},
                     {}};
  for (const auto& party : a->parties) {
    d.texts.push_back(party.signatory_name);
    d.texts.push_back(party.signatory_title.zh);
    d.texts.push_back(party.signatory_title.en);
  }
  add_parties(sql, a->parties, d);
  return d;
}

}  // namespace

std::optional<search::Document> search_document(soci::session& sql, store::Backend backend,
                                                std::string_view entity, core::Id id) {
  if (entity == "organisation") return organisation(sql, id);
  if (entity == "person") return person(sql, id);
  if (entity == "interaction") return interaction(sql, id);
  if (entity == "solution") return solution(sql, id);
  if (entity == "opportunity") return opportunity(sql, id);
  if (entity == "project") return project(sql, backend, id);
  if (entity == "agreement") return agreement(sql, backend, id);
  return std::nullopt;
}

}  // namespace icity::app
