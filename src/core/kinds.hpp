// The closed vocabularies of the partner directory, with their wire names.
#pragma once

#include <optional>
#include <span>
#include <string_view>

#include "core/localized_text.hpp"

namespace icity::core {

enum class OrgKind {
  kEnterprise,
  kSme,
  kStartup,
  kAssociation,
  kGovernment,
  kDistrict,
  kUniversity,
  kInstitution,
  kUnAgency,
  kNgo,
  kSite,
};
enum class SizeBand { kMicro, kSmall, kMedium, kLarge };
enum class RelationType { kMemberOf, kSisterCity, kLiaison, kPartner };
enum class InteractionType { kVisitReceived, kMeeting, kCall, kEmail, kEvent };

std::string_view to_string(OrgKind v);
// "企业 / enterprise": how a kind is shown to people.
LocalizedText label_of(OrgKind v);
std::string_view to_string(SizeBand v);
std::string_view to_string(RelationType v);
std::string_view to_string(InteractionType v);

std::optional<OrgKind> parse_org_kind(std::string_view s);
std::optional<SizeBand> parse_size_band(std::string_view s);
std::optional<RelationType> parse_relation_type(std::string_view s);
std::optional<InteractionType> parse_interaction_type(std::string_view s);

// Wire names in declaration order, for messages and the OpenAPI enums.
std::span<const std::string_view> org_kind_names();
std::span<const std::string_view> size_band_names();
std::span<const std::string_view> relation_type_names();
std::span<const std::string_view> interaction_type_names();

}  // namespace icity::core
