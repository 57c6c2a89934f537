// Read models: what a page shows about a record, beyond the record itself,
// and the list queries with their cursor pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "core/entities.hpp"

namespace icity::core {

struct OrganisationRef {
  Id id = 0;
  LocalizedText name;
};

struct RelationView {
  RelationType type = RelationType::kPartner;
  bool outgoing = true;
  OrganisationRef organisation;
};

struct OrganisationView {
  Organisation organisation;
  std::vector<RelationView> relations;  // outgoing then incoming
  std::int64_t people_count = 0;
  std::int64_t interactions_count = 0;
};

struct InteractionView {
  Interaction interaction;
  std::vector<OrganisationRef> organisations;
};

template <class T>
struct Page {
  std::vector<T> items;
  std::optional<std::string> next_cursor;
};

enum class OrganisationSort {
  kName,
  kNameDesc,
  kCreated,
  kCreatedDesc,
  kUpdated,
  kUpdatedDesc,
};

struct OrganisationQuery {
  std::string q;
  std::optional<OrgKind> kind;
  std::string country;
  std::string sector;  // code prefix
  std::optional<int> sdg;
  bool archived = false;
  OrganisationSort sort = OrganisationSort::kName;
  int limit = 20;
  std::string cursor;  // opaque, from a previous page
};

struct SolutionQuery {
  std::string q;
  std::optional<int> sdg;
  std::string sector;  // code prefix
  std::optional<Id> organisation_id;
  bool archived = false;
  int limit = 20;
  std::string cursor;  // opaque, from a previous page (newest first)
};

struct DelegationQuery {
  std::string q;  // in the names and the origin city
  int limit = 20;
  std::string cursor;  // opaque, from a previous page (newest first)
};

struct PersonQuery {
  std::string q;
  std::optional<Id> organisation_id;
  bool archived = false;
  int limit = 20;
  std::string cursor;
};

struct InteractionQuery {
  std::optional<Id> organisation_id;
  std::optional<Id> person_id;
  std::optional<InteractionType> type;
  std::string from;  // inclusive date
  std::string to;    // inclusive date
  bool archived = false;
  int limit = 20;
  std::string cursor;
};

struct CountBy {
  std::string key;
  std::int64_t count = 0;
};

struct DirectorySummary {
  std::int64_t organisations = 0;
  std::int64_t people = 0;
  std::int64_t interactions = 0;
  std::int64_t countries = 0;
  std::int64_t visits_received = 0;
  std::vector<CountBy> organisations_by_kind;
  std::vector<CountBy> organisations_by_country;
  std::vector<CountBy> interactions_by_month;
  // How many introductions reached each step (every status, in workflow order):
  // one concluded counts under interest, requested, accepted, met and concluded.
  std::vector<CountBy> introductions_by_step;
};

struct AuditEntry {
  Id id = 0;
  std::string at;
  std::optional<Id> user_id;
  std::string user_email;
  std::string action;
  std::string entity;
  Id entity_id = 0;
  std::string before_json;  // "" when none
  std::string after_json;
  std::string request_id;
};

struct AuditQuery {
  std::string entity;
  std::optional<Id> entity_id;
  std::optional<Id> user_id;
  int limit = 50;
  std::string cursor;
};

}  // namespace icity::core
