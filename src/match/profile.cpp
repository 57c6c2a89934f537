#include "match/profile.hpp"

#include <algorithm>
#include <array>

namespace icity::match {
namespace {

constexpr std::array<std::string_view, kSideCount> kSideNames{
    "business_offer",     "business_request",     "technology_offer",
    "technology_request", "research_cooperation", "investment_offer",
    "investment_request", "delegation_interest",  "organisation",
};
constexpr std::array<std::string_view, 3> kSubjectNames{"organisation", "opportunity",
                                                        "delegation"};

template <class E, std::size_t N>
std::optional<E> parse(const std::array<std::string_view, N>& names, std::string_view s) {
  const auto* it = std::find(names.begin(), names.end(), s);
  if (it == names.end()) return std::nullopt;
  return static_cast<E>(it - names.begin());
}

}  // namespace

Side side_of(core::OpportunityKind k) { return static_cast<Side>(k); }

std::string_view to_string(Side v) { return kSideNames.at(static_cast<std::size_t>(v)); }
std::string_view to_string(Subject v) { return kSubjectNames.at(static_cast<std::size_t>(v)); }
std::optional<Side> parse_side(std::string_view s) { return parse<Side>(kSideNames, s); }
std::optional<Subject> parse_subject(std::string_view s) {
  return parse<Subject>(kSubjectNames, s);
}
std::span<const std::string_view> side_names() { return kSideNames; }

}  // namespace icity::match
