#include "core/kinds.hpp"

#include <array>
#include <cstddef>

#include "core/enum_names.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 11> kOrgKinds = {
    "enterprise", "sme",         "startup",   "association", "government", "district",
    "university", "institution", "un_agency", "ngo",         "site"};
constexpr std::array<std::string_view, 4> kSizeBands = {"micro", "small", "medium", "large"};
constexpr std::array<std::string_view, 4> kRelationTypes = {"member_of", "sister_city", "liaison",
                                                            "partner"};
constexpr std::array<std::string_view, 5> kInteractionTypes = {"visit_received", "meeting", "call",
                                                               "email", "event"};

}  // namespace

std::string_view to_string(OrgKind v) { return kOrgKinds[static_cast<std::size_t>(v)]; }
std::string_view to_string(SizeBand v) { return kSizeBands[static_cast<std::size_t>(v)]; }
std::string_view to_string(RelationType v) { return kRelationTypes[static_cast<std::size_t>(v)]; }
std::string_view to_string(InteractionType v) {
  return kInteractionTypes[static_cast<std::size_t>(v)];
}

std::optional<OrgKind> parse_org_kind(std::string_view s) {
  return parse_in<OrgKind>(kOrgKinds, s);
}
std::optional<SizeBand> parse_size_band(std::string_view s) {
  return parse_in<SizeBand>(kSizeBands, s);
}
std::optional<RelationType> parse_relation_type(std::string_view s) {
  return parse_in<RelationType>(kRelationTypes, s);
}
std::optional<InteractionType> parse_interaction_type(std::string_view s) {
  return parse_in<InteractionType>(kInteractionTypes, s);
}

std::span<const std::string_view> org_kind_names() { return kOrgKinds; }

LocalizedText label_of(OrgKind v) {
  static const std::array<LocalizedText, 11> labels = {{
      {"企业", "enterprise"},
      {"中小企业", "SME"},
      {"初创企业", "start-up"},
      {"商协会", "association"},
      {"政府", "government"},
      {"城区", "district"},
      {"高校", "university"},
      {"机构", "institution"},
      {"联合国机构", "UN agency"},
      {"非政府组织", "NGO"},
      {"地点", "site"},
  }};
  return labels[static_cast<std::size_t>(v)];
}
std::span<const std::string_view> size_band_names() { return kSizeBands; }
std::span<const std::string_view> relation_type_names() { return kRelationTypes; }
std::span<const std::string_view> interaction_type_names() { return kInteractionTypes; }

}  // namespace icity::core
