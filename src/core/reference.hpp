// What validation needs to know about the reference taxonomies, without
// knowing where they come from (the application loads them from embedded data).
#pragma once

#include <string_view>

namespace icity::core {

class ReferenceCatalogue {
 public:
  virtual ~ReferenceCatalogue() = default;
  // A GB/T 4754-2017 code at any level: "C", "39", "392", "3922".
  virtual bool has_sector(std::string_view code) const = 0;
  // An ISO 3166-1 alpha-2 code.
  virtual bool has_country(std::string_view code) const = 0;
};

}  // namespace icity::core
