#include "match/candidates.hpp"

#include <cctype>
#include <limits>

#include "match/complementarity.hpp"

namespace icity::match {

std::uint16_t pack_country(std::string_view alpha2) {
  if (alpha2.size() != 2) return 0;
  const auto a = static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(alpha2[0])));
  const auto b = static_cast<unsigned char>(std::toupper(static_cast<unsigned char>(alpha2[1])));
  if (a < 'A' || a > 'Z' || b < 'A' || b > 'Z') return 0;
  return static_cast<std::uint16_t>((a << 8U) | b);
}

void Slots::push(const Profile& p) {
  facts.push_back({p.id, p.organisation, p.employees ? *p.employees : -1, pack_country(p.country),
                   p.side, p.subject, true});
}

void Slots::compact(std::span<const std::uint32_t> to, std::size_t live) {
  std::vector<SlotFacts> kept(live);
  for (std::size_t s = 0; s < facts.size(); ++s) {
    if (facts[s].alive) kept[to[s]] = facts[s];
  }
  facts = std::move(kept);
}

CandidateFilter::CandidateFilter(const Slots& slots, const Profile& query, const Filter& filter)
    : slots_(slots),
      self_(query.id),
      organisation_(filter.exclude_same_organisation ? query.organisation : 0) {
  for (Side s : filter.sides ? *filter.sides : complements_of(query.side)) {
    side_mask_ |= 1U << static_cast<unsigned>(s);
  }
  for (std::size_t s = 0; s < kSideCount; ++s) {
    if ((side_mask_ & (1U << s)) != 0) sides_.push_back(static_cast<Side>(s));
  }
  for (Subject s : filter.subjects) subject_mask_ |= 1U << static_cast<unsigned>(s);
  for (const auto& c : filter.countries) countries_.push_back(pack_country(c));
  std::sort(countries_.begin(), countries_.end());
  if (filter.min_employees || filter.max_employees) {
    sized_ = true;
    min_employees_ = filter.min_employees.value_or(0);
    max_employees_ = filter.max_employees.value_or(std::numeric_limits<std::int32_t>::max());
  }
  if (filter.accept) accept_ = &filter.accept;
}

}  // namespace icity::match
