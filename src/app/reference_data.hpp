// The reference taxonomies: GB/T 4754-2017 sectors (with ISIC Rev.4 and
// English names), the 17 SDGs, and ISO countries. Loaded once from the data
// compiled into the binary; immutable and thread-safe afterwards.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/embedded_file.hpp"
#include "core/localized_text.hpp"
#include "core/reference.hpp"

namespace icity::app {

namespace reference_files {
const std::vector<core::EmbeddedFile>& files();
}

struct Sector {
  std::string code;     // "7491"
  std::string level;    // section, division, group, class
  std::string section;  // its section's letter ("M")
  core::LocalizedText name;
  std::vector<std::string> isic;  // ISIC Rev.4 classes it maps to
};

struct Sdg {
  int goal = 0;
  core::LocalizedText title;
  core::LocalizedText short_title;
  std::string color;  // the UN's colour of the goal
};

struct SdgTarget {
  std::string id;  // "9.5", "11.a"
  int goal = 0;
  core::LocalizedText text;
};

class ReferenceData : public core::ReferenceCatalogue {
 public:
  ReferenceData();  // parses the embedded CSVs

  bool has_sector(std::string_view code) const override;
  bool has_country(std::string_view code) const override;

  const Sector* sector(std::string_view code) const;
  // Sectors whose code starts with `q` or whose name contains it, in code order.
  std::vector<const Sector*> find_sectors(std::string_view q, std::string_view level,
                                          std::size_t limit) const;
  const std::vector<Sdg>& sdgs() const { return sdgs_; }
  const std::vector<SdgTarget>& sdg_targets() const { return targets_; }

 private:
  std::map<std::string, Sector, std::less<>> sectors_;
  std::vector<Sdg> sdgs_;
  std::vector<SdgTarget> targets_;
};

}  // namespace icity::app
