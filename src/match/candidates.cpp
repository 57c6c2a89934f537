#include "match/candidates.hpp"

#include <algorithm>
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
  id.push_back(p.id);
  organisation.push_back(p.organisation);
  employees.push_back(p.employees ? *p.employees : -1);
  country.push_back(pack_country(p.country));
  side.push_back(p.side);
  subject.push_back(p.subject);
  alive.push_back(true);
}

void Slots::compact() {
  auto keep_live = [this](auto& v) {
    std::size_t out = 0;
    for (std::size_t s = 0; s < alive.size(); ++s) {
      if (alive[s]) v[out++] = v[s];
    }
    v.resize(out);
    v.shrink_to_fit();
  };
  keep_live(id);
  keep_live(organisation);
  keep_live(employees);
  keep_live(country);
  keep_live(side);
  keep_live(subject);
  alive.assign(id.size(), true);
  alive.shrink_to_fit();
}

std::size_t Slots::bytes() const {
  return id.capacity() * sizeof(std::int64_t) + organisation.capacity() * sizeof(std::int64_t) +
         employees.capacity() * sizeof(std::int32_t) + country.capacity() * sizeof(std::uint16_t) +
         side.capacity() + subject.capacity() + alive.capacity() / 8;
}

CandidateFilter::CandidateFilter(const Slots& slots, const Profile& query, const Filter& filter)
    : slots_(slots),
      self_(query.id),
      organisation_(filter.exclude_same_organisation ? query.organisation : 0) {
  for (Side s : filter.sides ? *filter.sides : complements_of(query.side)) {
    side_mask_ |= 1U << static_cast<unsigned>(s);
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

bool CandidateFilter::operator()(std::uint32_t slot) const {
  if (!slots_.alive[slot] || slots_.id[slot] == self_) return false;
  if ((side_mask_ & (1U << static_cast<unsigned>(slots_.side[slot]))) == 0) return false;
  if (organisation_ != 0 && slots_.organisation[slot] == organisation_) return false;
  if (subject_mask_ != 0 &&
      (subject_mask_ & (1U << static_cast<unsigned>(slots_.subject[slot]))) == 0) {
    return false;
  }
  if (!countries_.empty() &&
      !std::binary_search(countries_.begin(), countries_.end(), slots_.country[slot])) {
    return false;
  }
  if (sized_) {
    const auto e = slots_.employees[slot];
    if (e < 0 || e < min_employees_ || e > max_employees_) return false;
  }
  return accept_ == nullptr || (*accept_)(slots_.id[slot]);
}

}  // namespace icity::match
