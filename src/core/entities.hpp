// The partner directory's entities as plain values. Times are RFC 3339 UTC
// strings and dates "YYYY-MM-DD", set by the application's clock.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/actor.hpp"
#include "core/kinds.hpp"
#include "core/localized_text.hpp"

namespace icity::core {

using Id = std::int64_t;

struct Relation {
  RelationType type = RelationType::kPartner;
  Id organisation_id = 0;
  bool operator==(const Relation&) const = default;
};

struct Organisation {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText name;
  LocalizedText summary;
  OrgKind kind = OrgKind::kEnterprise;
  std::string country;  // ISO 3166-1 alpha-2
  LocalizedText city;
  LocalizedText district;
  std::vector<std::string> sectors;  // GB/T 4754-2017 codes
  std::vector<int> sdgs;             // 1..17
  std::optional<SizeBand> size;
  std::string website;
  std::string email;  // the organisation's general contact, not a person's
  std::string phone;
  std::vector<std::string> tags;
  std::vector<Relation> relations;  // outgoing
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

// A visiting delegation: who comes, from where, when, and what they want to
// see and discuss. Its interests, in free words of either language, are what
// the matching engine reads to suggest whom to meet.
struct DelegationMember {
  std::string name;
  std::string title;
  bool operator==(const DelegationMember&) const = default;
};

struct Delegation {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText name;
  std::optional<Id> origin_organisation_id;  // the organisation that sends it
  std::string origin_city;                   // as its members write it: "Barcelona"
  std::string country;                       // ISO 3166-1 alpha-2
  std::vector<DelegationMember> members;
  LocalizedText interests;           // free text in either language or both
  std::string start_date, end_date;  // "YYYY-MM-DD" or ""
  std::vector<std::string> sectors;  // GB/T 4754-2017 codes it names, if any
  std::vector<int> sdgs;
  std::vector<OrgKind> partner_kinds;  // the kinds of organisation it wants to meet
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct Person {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText name;
  std::optional<Id> organisation_id;
  LocalizedText title;
  std::string email;                   // personal data
  std::string phone;                   // personal data
  std::string nationality;             // personal data; ISO 3166-1 alpha-2 or ""
  std::vector<std::string> languages;  // ISO 639-1
  std::string consent_date;            // "YYYY-MM-DD" or ""
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct Interaction {
  Id id = 0;
  std::int64_t version = 0;
  InteractionType type = InteractionType::kMeeting;
  std::string date;  // "YYYY-MM-DD"
  std::vector<Id> organisation_ids;
  std::vector<Id> person_ids;
  LocalizedText summary;
  std::optional<Id> staff_user_id;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

// A sustainable solution: a case study of a practice that works, tagged by
// SDG and sector, for the solutions library.
struct Solution {
  Id id = 0;
  std::int64_t version = 0;
  LocalizedText title;
  LocalizedText summary;
  LocalizedText body;  // Markdown; rendered safely by the web app
  std::vector<int> sdgs;
  std::vector<std::string> sectors;
  LocalizedText place;
  std::optional<Id> organisation_id;  // who runs it; partners edit their own
  std::string source;                 // where it is documented
  std::optional<int> year;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

struct User {
  Id id = 0;
  std::string email;
  Role role = Role::kStaff;
  std::optional<Id> organisation_id;
  std::string display_name;
  std::string locale = "zh-CN";
  std::string created_at;
};

}  // namespace icity::core
