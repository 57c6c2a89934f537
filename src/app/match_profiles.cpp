#include "app/match_profiles.hpp"

#include <algorithm>
#include <array>

#include "match/features.hpp"
#include "text/countries.hpp"
#include "text/normalize.hpp"
#include "text/segment.hpp"

namespace icity::app {
namespace {

constexpr float kNameWeight = 1.0F;
constexpr float kSummaryWeight = 0.8F;
constexpr float kSolutionWeight = 0.6F;
constexpr float kBroaderShare = 0.5F;
constexpr std::string_view kPlaces = "g.places.";

// Words that say what someone wants or how, not what about: left out of a
// profile's terms (the thesaurus' concepts are never among them).
constexpr std::array<std::string_view, 83> kFunctionWords = {
    "about", "after", "again", "any", "been", "being", "both", "built", "could", "did", "do",
    "does", "each", "few", "get", "had", "here", "how", "if", "just", "like", "learn", "made",
    "make", "many", "may", "meet", "most", "much", "must", "new", "no", "now", "only", "other",
    "out", "over", "own", "same", "should", "so", "some", "them", "then", "there", "these", "they",
    "those", "through", "too", "under", "up", "us", "very", "want", "what", "when", "where", "who",
    "why", "would", "you", "your",
    // and what every profile of the centre is about: partners, cooperation, cities, companies
    "partner", "partners", "cooperation", "city", "cities", "company", "companies",
    // Chinese: wish, learn about, how, help, together, carry out, through;
    // cooperation, partner, company, city
    "希望", "了解", "如何", "帮助", "共同", "开展", "通过", "合作", "伙伴", "公司", "城市", "企业",
    "机构"};

bool function_word(std::string_view word) {
  return std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end();
}

bool inside_mention(const std::vector<text::Mention>& mentions, std::size_t begin,
                    std::size_t end) {
  return std::any_of(mentions.begin(), mentions.end(),
                     [&](const text::Mention& m) { return begin < m.end && m.begin < end; });
}

void add_kinds(match::Profile& p, const std::vector<core::OrgKind>& kinds) {
  for (auto k : kinds) p.kinds_sought.emplace_back(core::to_string(k));
}

// A size band's middle, for the size filter.
std::optional<int> employees_of(const std::optional<core::SizeBand>& band) {
  if (!band) return std::nullopt;
  static constexpr std::array<int, 4> kMiddle{5, 50, 250, 1000};
  return kMiddle[static_cast<std::size_t>(*band)];
}

}  // namespace

std::int64_t profile_id(MatchType type, core::Id id) {
  return id * 4 + static_cast<std::int64_t>(type);
}

std::pair<MatchType, core::Id> record_of(std::int64_t profile_id) {
  return {static_cast<MatchType>(profile_id % 4), profile_id / 4};
}

std::string_view to_string(MatchType type) {
  switch (type) {
    case MatchType::kOrganisation:
      return "organisation";
    case MatchType::kOpportunity:
      return "opportunity";
    case MatchType::kDelegation:
      return "delegation";
  }
  return "organisation";
}

std::vector<core::OrgKind> counterparts(core::OrgKind kind) {
  using K = core::OrgKind;
  switch (kind) {
    case K::kGovernment:
    case K::kDistrict:
      return {K::kGovernment, K::kDistrict, K::kInstitution, K::kSite};
    case K::kInstitution:
      return {K::kInstitution, K::kUniversity, K::kStartup, K::kSme};
    case K::kUniversity:
      return {K::kUniversity, K::kInstitution, K::kEnterprise};
    case K::kEnterprise:
    case K::kSme:
    case K::kStartup:
      return {K::kEnterprise, K::kSme, K::kStartup, K::kInstitution};
    case K::kAssociation:
      return {K::kAssociation, K::kEnterprise, K::kSme, K::kGovernment};
    case K::kUnAgency:
    case K::kNgo:
      return {K::kUnAgency, K::kNgo, K::kInstitution, K::kGovernment};
    case K::kSite:
      return {K::kSite, K::kInstitution};
  }
  return {};
}

void ProfileBuilder::add_text(BuiltProfile& b, std::string_view raw, float weight,
                              Derive derive) const {
  if (raw.empty()) return;
  auto& p = b.profile;
  const std::string normalized = text::normalize(raw);
  const auto mentions = thesaurus_.mentions_normalized(normalized);
  std::vector<std::string> direct;
  for (const auto& m : mentions) {
    if (!m.what->id.starts_with(kPlaces)) direct.push_back(m.what->id);
  }
  // The sectors the text names: sector concepts it mentions, and the sector a
  // mentioned concept belongs to (industrial design → 7491).
  std::vector<std::string> named;
  for (const auto& id : direct) {
    named.push_back(id);
    if (const auto* c = thesaurus_.find(id))
      named.insert(named.end(), c->broader.begin(), c->broader.end());
  }
  for (const auto& id : thesaurus_.with_broader(direct)) {
    const bool is_direct = std::find(direct.begin(), direct.end(), id) != direct.end();
    if (id.starts_with("sector:")) {
      // The record's own sectors are authoritative; text names them only when it has none.
      if (derive.sectors && std::find(named.begin(), named.end(), id) != named.end()) {
        p.sectors.push_back(id.substr(7));
      }
      continue;
    }
    if (id.starts_with("sdg:")) {
      if (derive.sdgs && is_direct && id.find('.') == std::string::npos) {
        p.sdgs.push_back(std::stoi(id.substr(4)));
      }
      continue;
    }
    p.concepts.push_back({id, is_direct ? weight : weight * kBroaderShare});
  }
  auto add_term = [&](std::string term, std::size_t begin, std::size_t end) {
    const std::string written = normalized.substr(begin, end - begin);
    if (p.terms.size() >= kMaxTerms || function_word(written) ||
        inside_mention(mentions, begin, end)) {
      return;
    }
    b.labels.try_emplace(match::term_key(term), core::LocalizedText{written, written});
    p.terms.push_back({std::move(term), weight});
  };
  for (const auto& s : text::english_stems(normalized)) {
    if (s.stem.size() >= 3) add_term(s.stem, s.begin, s.end);
  }
  for (const auto& t : text::segment(normalized, &thesaurus_.lexicon())) {
    if (t.script == text::Script::kHan && text::code_points(t.text) >= 2) {
      add_term(t.text, t.begin, t.end);
    }
  }
}

BuiltProfile ProfileBuilder::organisation(const core::Organisation& org,
                                          std::span<const std::string> solutions) const {
  BuiltProfile b;
  auto& p = b.profile;
  p.id = profile_id(MatchType::kOrganisation, org.id);
  p.organisation = org.id;
  p.subject = match::Subject::kOrganisation;
  p.side = match::Side::kOrganisation;
  p.sectors = org.sectors;
  p.sdgs = org.sdgs;
  p.country = org.country;
  p.kind = std::string(core::to_string(org.kind));
  p.employees = employees_of(org.size);
  std::string tags;
  for (const auto& t : org.tags) tags += t + "\n";
  const Derive derive{org.sectors.empty(), org.sdgs.empty()};
  add_text(b, org.name.zh + "\n" + org.name.en + "\n" + tags, kNameWeight, derive);
  add_text(b, org.summary.zh + "\n" + org.summary.en, kSummaryWeight, derive);
  for (const auto& s : solutions) add_text(b, s, kSolutionWeight, derive);
  label(b);
  return b;
}

BuiltProfile ProfileBuilder::opportunity(const core::Opportunity& o,
                                         const core::Organisation& owner) const {
  BuiltProfile b;
  auto& p = b.profile;
  p.id = profile_id(MatchType::kOpportunity, o.id);
  p.organisation = o.organisation_id;
  p.subject = match::Subject::kOpportunity;
  p.side = match::side_of(o.kind);
  p.sectors = o.sectors;
  p.sdgs = o.sdgs;
  p.country = owner.country;
  p.kind = std::string(core::to_string(owner.kind));
  p.employees = employees_of(owner.size);
  p.countries_sought = o.countries_sought;
  add_kinds(p, o.partner_kinds_sought);
  for (const auto& c : o.concepts) p.concepts.push_back({c, kNameWeight});
  const Derive derive{o.sectors.empty(), o.sdgs.empty()};
  add_text(b, o.title.zh + "\n" + o.title.en, kNameWeight, derive);
  add_text(b, o.description.zh + "\n" + o.description.en, kSummaryWeight, derive);
  label(b);
  return b;
}

BuiltProfile ProfileBuilder::delegation(const core::Delegation& d,
                                        const core::Organisation* origin) const {
  BuiltProfile b;
  auto& p = b.profile;
  p.id = profile_id(MatchType::kDelegation, d.id);
  // Its own organisation is not suggested to it.
  p.organisation = origin != nullptr ? origin->id : d.origin_organisation_id.value_or(0);
  p.subject = match::Subject::kDelegation;
  p.side = match::Side::kDelegationInterest;
  p.sectors = d.sectors;
  p.sdgs = d.sdgs;
  p.country = d.country;
  if (!d.partner_kinds.empty()) {
    add_kinds(p, d.partner_kinds);
  } else if (origin != nullptr) {
    add_kinds(p, counterparts(origin->kind));
  }
  add_text(b, d.interests.zh + "\n" + d.interests.en, kSummaryWeight,
           {d.sectors.empty(), d.sdgs.empty()});
  label(b);
  return b;
}

void ProfileBuilder::label(BuiltProfile& b) const {
  const auto& p = b.profile;
  auto& out = b.labels;
  for (const auto& c : p.concepts) {
    if (const auto* found = thesaurus_.find(c.key)) out[match::concept_key(c.key)] = found->label;
  }
  for (const auto& code : p.sectors) {
    for (const auto& level : match::sector_chain(code)) {
      if (const auto* s = reference_.sector(level)) out[match::sector_key(level)] = s->name;
    }
  }
  for (int g : p.sdgs) {
    for (const auto& sdg : reference_.sdgs()) {
      if (sdg.goal == g) out[match::sdg_key(g)] = sdg.short_title;
    }
  }
  auto country = [&](const std::string& code) {
    if (const auto* c = text::find_country(code)) out[match::country_key(code)] = c->name;
  };
  if (!p.country.empty()) country(p.country);
  for (const auto& c : p.countries_sought) country(c);
  auto kind = [&](const std::string& name) {
    if (auto k = core::parse_org_kind(name)) out[match::kind_key(name)] = core::label_of(*k);
  };
  if (!p.kind.empty()) kind(p.kind);
  for (const auto& k : p.kinds_sought) kind(k);
}

}  // namespace icity::app
