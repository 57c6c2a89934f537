#include "app/match_service.hpp"

#include <soci/soci.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <set>

#include "app/opportunity_service.hpp"
#include "app/service_errors.hpp"
#include "match/complementarity.hpp"
#include "store/delegation_repo.hpp"
#include "store/opportunity_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/solution_repo.hpp"
#include "text/normalize.hpp"

namespace icity::app {
namespace {

constexpr int kPage = 1000;
constexpr int kMaxLimit = 100;

// Calls `each` with every item of every page `list(sql, backend, query)` answers.
template <class Query, class List, class Each>
void each_item(soci::session& sql, store::Backend backend, Query query, List list, Each each) {
  query.limit = kPage;
  for (;;) {
    auto page = list(sql, backend, query);
    for (const auto& item : page.items) each(item);
    if (!page.next_cursor) return;
    query.cursor = *page.next_cursor;
  }
}

// The titles and summaries of the solutions `organisation` published.
std::vector<std::string> solution_texts(soci::session& sql, store::Backend backend,
                                        core::Id organisation) {
  std::vector<std::string> out;
  core::SolutionQuery q;
  q.organisation_id = organisation;
  each_item(sql, backend, q, store::solutions::list, [&](const core::Solution& s) {
    out.push_back(s.title.zh + "\n" + s.title.en + "\n" + s.summary.zh + "\n" + s.summary.en);
  });
  return out;
}

std::optional<core::Organisation> organisation(soci::session& sql, core::Id id) {
  auto view = store::organisations::find(sql, id);
  if (!view) return std::nullopt;
  return std::move(view->organisation);
}

// A delegation that names no origin organisation and no partner kinds is
// taken to be its city's: the directory's one government of `city` in
// `country`, if it has exactly one. Sister-city delegations are official
// visits; staff say otherwise with partner kinds or the origin.
std::optional<core::Organisation> city_government(soci::session& sql, store::Backend backend,
                                                  const std::string& city,
                                                  const std::string& country) {
  if (city.empty() || country.empty()) return std::nullopt;
  core::OrganisationQuery q;
  q.country = country;
  q.kind = core::OrgKind::kGovernment;
  std::optional<core::Organisation> found;
  int count = 0;
  const std::string wanted = text::normalize(city);
  each_item(sql, backend, q, store::organisations::list, [&](const core::OrganisationView& v) {
    const auto& o = v.organisation;
    if (o.archived) return;
    if (text::normalize(o.city.en) == wanted || text::normalize(o.city.zh) == wanted) {
      ++count;
      found = o;
    }
  });
  if (count != 1) return std::nullopt;
  return found;
}

}  // namespace

MatchService::MatchService(store::Database& db, const text::Thesaurus& thesaurus,
                           const ReferenceData& reference)
    : db_(db), builder_(thesaurus, reference) {}

MatchService::~MatchService() = default;

void MatchService::start() {
  loader_ = std::jthread([this](const std::stop_token& stop) {
    const auto t0 = std::chrono::steady_clock::now();
    std::unique_lock lock(mutex_);
    refresh(stop);
    if (stop.stop_requested()) return;
    std::fprintf(stderr, "icity: match index ready: %zu profiles, %.1f MB, in %.1f s\n",
                 index_.size(), static_cast<double>(index_.memory_bytes()) / 1e6,
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  });
}

std::size_t MatchService::size() {
  std::unique_lock lock(mutex_);
  refresh();
  return index_.size();
}

void MatchService::remove(std::int64_t profile) {
  index_.remove(profile);
  cards_.erase(profile);
}

void MatchService::put_organisation(soci::session& sql, core::Id id) {
  const auto pid = profile_id(MatchType::kOrganisation, id);
  auto org = organisation(sql, id);
  if (!org || org->archived) {
    remove(pid);
    return;
  }
  const auto texts = solution_texts(sql, db_.backend(), id);
  const auto built = builder_.organisation(*org, texts);
  index_.put(built.profile, built.labels);
  cards_[pid] = {org->name, org->id, std::string(core::to_string(org->kind)), org->country, ""};
}

void MatchService::put_opportunity(soci::session& sql, core::Id id) {
  const auto pid = profile_id(MatchType::kOpportunity, id);
  auto o = store::opportunities::find(sql, id);
  const auto today = OpportunityService::today();
  std::optional<core::Organisation> owner;
  if (o) owner = organisation(sql, o->organisation_id);
  if (!o || o->archived || !owner || owner->archived ||
      core::effective_status(o->status, o->deadline, today) !=
          core::OpportunityStatus::kPublished) {
    remove(pid);
    return;
  }
  const auto built = builder_.opportunity(*o, *owner);
  index_.put(built.profile, built.labels);
  cards_[pid] = {o->title, o->organisation_id, std::string(core::to_string(o->kind)),
                 owner->country, o->deadline};
  auto& mine = opportunities_of_[o->organisation_id];
  if (std::find(mine.begin(), mine.end(), id) == mine.end()) mine.push_back(id);
}

void MatchService::put_opportunities_of(soci::session& sql, core::Id organisation) {
  core::OpportunityQuery q;
  q.organisation_id = organisation;
  q.all_statuses = true;
  q.today = OpportunityService::today();
  std::vector<core::Id> ids = opportunities_of_[organisation];
  each_item(sql, db_.backend(), q, store::opportunities::list,
            [&](const core::Opportunity& o) { ids.push_back(o.id); });
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  for (auto id : ids) put_opportunity(sql, id);
}

void MatchService::load_all(soci::session& sql, const std::stop_token& stop) {
  for (core::Id after = 0;;) {
    auto batch = store::organisations::scan(sql, after, kPage);
    if (batch.empty()) break;
    for (const auto& org : batch) {
      if (stop.stop_requested()) return;
      after = org.id;
      if (org.archived) continue;
      const auto built = builder_.organisation(org, {});
      index_.put(built.profile, built.labels);
      cards_[built.profile.id] = {org.name, org.id, std::string(core::to_string(org.kind)),
                                  org.country, ""};
    }
  }
  // Organisations that published solutions get them into their profiles.
  std::vector<core::Id> with_solutions;
  each_item(sql, db_.backend(), core::SolutionQuery{}, store::solutions::list,
            [&](const core::Solution& s) {
              if (s.organisation_id) with_solutions.push_back(*s.organisation_id);
            });
  std::sort(with_solutions.begin(), with_solutions.end());
  with_solutions.erase(std::unique(with_solutions.begin(), with_solutions.end()),
                       with_solutions.end());
  for (auto id : with_solutions) put_organisation(sql, id);
  core::OpportunityQuery published;
  published.today = OpportunityService::today();
  each_item(sql, db_.backend(), published, store::opportunities::list,
            [&](const core::Opportunity& o) { put_opportunity(sql, o.id); });
}

void MatchService::refresh(const std::stop_token& stop) {
  db_.read([&](soci::session& sql) -> core::Result<void> {
    if (last_seq_ < 0) {
      // First use: the log's end now, then everything; what is written
      // meanwhile is read again from the log.
      std::int64_t seq = 0;
      soci::indicator ind = soci::i_null;
      long long s = 0;
      sql << "SELECT MAX(seq) FROM change_log", soci::into(s, ind);
      seq = ind == soci::i_ok ? s : 0;
      load_all(sql, stop);
      if (stop.stop_requested()) return {};
      last_seq_ = seq;
    }
    return {};
  });
  for (auto rows = db_.changes_since(last_seq_, 5000); !rows.empty();
       rows = db_.changes_since(last_seq_, 5000)) {
    db_.read([&](soci::session& sql) -> core::Result<void> {
      for (const auto& r : rows) {
        if (r.entity == "organisation") {
          put_organisation(sql, r.entity_id);
          put_opportunities_of(sql, r.entity_id);  // they carry its country and kind
        } else if (r.entity == "opportunity") {
          put_opportunity(sql, r.entity_id);
        } else if (r.entity == "solution") {
          if (auto s = store::solutions::find(sql, r.entity_id); s && s->organisation_id) {
            put_organisation(sql, *s->organisation_id);
          }
        }
      }
      return {};
    });
    last_seq_ = rows.back().seq;
  }
}

std::vector<MatchResult> MatchService::answer(const match::Profile& query,
                                              const match::Filter& filter, int limit,
                                              std::string_view not_from) {
  {
    std::unique_lock lock(mutex_);
    refresh();
  }
  std::shared_lock lock(mutex_);
  const auto today = OpportunityService::today();
  match::Filter f = filter;
  f.require_topic = true;  // never a partner only for where it is or what kind it is
  // Published opportunities past their deadline, until the sweep removes them.
  f.accept = [&](std::int64_t pid) {
    const auto it = cards_.find(pid);
    return it != cards_.end() && (it->second.deadline.empty() || it->second.deadline >= today) &&
           it->second.country != not_from;
  };
  std::vector<MatchResult> out;
  for (auto& m : index_.top(query, static_cast<std::size_t>(std::clamp(limit, 1, kMaxLimit)), f)) {
    const auto [type, id] = record_of(m.id);
    const Card& card = cards_.at(m.id);
    MatchResult r;
    r.type = type;
    r.id = id;
    r.score = m.score;
    r.name = card.name;
    r.owner.id = card.owner;
    const auto owner = cards_.find(profile_id(MatchType::kOrganisation, card.owner));
    if (owner != cards_.end()) r.owner.name = owner->second.name;
    r.kind = card.kind;
    r.country = card.country;
    r.reasons = std::move(m.reasons);
    out.push_back(std::move(r));
  }
  return out;
}

core::Result<std::vector<MatchResult>> MatchService::for_organisation(const Context& ctx,
                                                                      core::Id id, int limit) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::optional<match::Profile> query;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto org = organisation(sql, id);
    if (!org || (org->archived && !ctx.actor.is_staff())) return {};
    query = builder_.organisation(*org, solution_texts(sql, db_.backend(), id)).profile;
    for (auto k : counterparts(org->kind)) query->kinds_sought.emplace_back(core::to_string(k));
    return {};
  });
  if (!query) return core::fail(not_found("organisation", id));
  match::Filter filter;
  auto sides = match::complements_of(query->side);
  sides.push_back(match::Side::kOrganisation);
  filter.sides = std::move(sides);
  return answer(*query, filter, limit);
}

core::Result<std::vector<MatchResult>> MatchService::for_opportunity(const Context& ctx,
                                                                     core::Id id, int limit) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  std::optional<match::Profile> query;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto o = store::opportunities::find(sql, id);
    if (!o) return {};
    const bool published = !o->archived && core::effective_status(o->status, o->deadline,
                                                                  OpportunityService::today()) ==
                                               core::OpportunityStatus::kPublished;
    const bool own =
        ctx.actor.role == core::Role::kPartner && ctx.actor.organisation_id == o->organisation_id;
    if (!published && !own && !ctx.actor.is_staff()) return {};
    auto owner = organisation(sql, o->organisation_id);
    if (owner) query = builder_.opportunity(*o, *owner).profile;
    return {};
  });
  if (!query) return core::fail(not_found("opportunity", id));
  return answer(*query, {}, limit);
}

std::optional<match::Profile> MatchService::delegation_query(core::Id id) {
  std::optional<match::Profile> query;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    auto d = store::delegations::find(sql, id);
    if (!d) return {};
    std::optional<core::Organisation> origin;
    if (d->origin_organisation_id) {
      origin = organisation(sql, *d->origin_organisation_id);
    } else if (d->partner_kinds.empty()) {
      origin = city_government(sql, db_.backend(), d->origin_city, d->country);
    }
    query = builder_.delegation(*d, origin ? &*origin : nullptr).profile;
    return {};
  });
  return query;
}

core::Result<std::vector<MatchResult>> MatchService::for_delegation(const Context& ctx, core::Id id,
                                                                    int limit) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  auto query = delegation_query(id);
  if (!query) return core::fail(not_found("delegation", id));
  match::Filter filter;
  filter.subjects = {match::Subject::kOrganisation};  // whom to meet: organisations
  // Visitors come to meet the city's partners, not their compatriots.
  return answer(*query, filter, limit, query->country);
}

core::Result<std::map<core::Id, double>> MatchService::interest_for_delegation(
    const Context& ctx, core::Id id, const std::vector<core::Id>& organisations) {
  if (!ctx.actor.is_staff()) return core::fail(refused(ctx));
  auto query = delegation_query(id);
  if (!query) return core::fail(not_found("delegation", id));
  std::set<std::int64_t> wanted;
  std::map<core::Id, double> out;
  for (auto org : organisations) {
    wanted.insert(profile_id(MatchType::kOrganisation, org));
    out[org] = 0;
  }
  {
    std::unique_lock lock(mutex_);
    refresh();
  }
  std::shared_lock lock(mutex_);
  match::Filter filter;
  filter.sides = std::vector<match::Side>{match::Side::kOrganisation};  // sites are organisations
  filter.accept = [&](std::int64_t pid) { return wanted.count(pid) > 0; };
  for (const auto& m : index_.top(*query, wanted.size(), filter))
    out[record_of(m.id).second] = m.score;
  return out;
}

}  // namespace icity::app
