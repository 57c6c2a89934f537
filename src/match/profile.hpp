// What the matching engine knows of one matchable thing: an organisation, an
// opportunity (an offer, a request, a call for research partners) or a
// delegation's interest. The application builds profiles from its records
// (concepts from the thesaurus, terms from text::english_stems and the
// segmenter, sectors and SDGs as stored); the engine only compares them.
//
//   Profile p;
//   p.id = 42;  p.organisation = 7;
//   p.subject = Subject::kOpportunity;  p.side = Side::kTechnologyRequest;
//   p.concepts = {{"g.industry.industrial_design", 1.0F}, {"sdg:9", 0.5F}};
//   p.sectors = {"7491"};  p.sdgs = {9};  p.country = "CN";
//   p.countries_sought = {"ES"};  p.kinds_sought = {"university"};
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/localized_text.hpp"
#include "core/opportunity.hpp"

namespace icity::match {

// What a profile describes.
enum class Subject : std::uint8_t { kOrganisation, kOpportunity, kDelegation };

// The kind of opportunity a profile stands for; which kind may be proposed to
// which is complementarity.hpp. An organisation's own profile is kOrganisation,
// a delegation's is kDelegationInterest.
enum class Side : std::uint8_t {
  kBusinessOffer,
  kBusinessRequest,
  kTechnologyOffer,
  kTechnologyRequest,
  kResearchCooperation,
  kInvestmentOffer,
  kInvestmentRequest,
  kDelegationInterest,
  kOrganisation,
};
inline constexpr std::size_t kSideCount = 9;

// The side of an opportunity of kind `k`: the first seven sides are
// core::OpportunityKind's, in its order and with its wire names.
Side side_of(core::OpportunityKind k);

// Wire names ("business_offer", "organisation", ...), in declaration order.
std::string_view to_string(Side v);
std::string_view to_string(Subject v);
std::optional<Side> parse_side(std::string_view s);
std::optional<Subject> parse_subject(std::string_view s);
std::span<const std::string_view> side_names();

// A thesaurus concept or a free term with how much it matters to the profile,
// in (0, 1]: 1 for what the record says, less for what is inferred (a broader
// concept, a term of the description rather than the title). Weights outside
// the range are clamped; a weight <= 0 drops the entry.
struct Weighted {
  std::string key;
  float weight = 1.0F;
};

struct Profile {
  std::int64_t id = 0;            // unique within one MatchIndex
  std::int64_t organisation = 0;  // whose it is (an organisation's own id); 0: nobody's
  Subject subject = Subject::kOrganisation;
  Side side = Side::kOrganisation;
  std::vector<Weighted> concepts;    // thesaurus ids: "g.industry.industrial_design", "sdg:9"
  std::vector<Weighted> terms;       // normalised, stemmed words: "design", "设计"
  std::vector<std::string> sectors;  // GB/T 4754-2017 at any level: "M", "74", "749", "7491"
  std::vector<int> sdgs;             // goals 1..17
  std::string country;               // ISO 3166-1 alpha-2 of where it is
  std::string kind;                  // organisation kind: "enterprise", "university", ...
  std::optional<int> employees;      // size, when known (filters only; not scored)
  std::vector<std::string> countries_sought;  // alpha-2 codes of where it seeks partners
  std::vector<std::string> kinds_sought;      // organisation kinds it seeks as partners
};

// Reasons are shown in both languages; the text comes from the caller.
using Label = core::LocalizedText;
// A label per feature key (features.hpp writes the keys: concept_key(id),
// sector_key("7491"), country_key("ES"), ...): "工业设计 / industrial design",
// "西班牙 / Spain". A feature without a label is shown by its code.
using FeatureLabels = std::unordered_map<std::string, Label>;

}  // namespace icity::match
