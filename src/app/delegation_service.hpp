// Visiting delegations: who comes, from where, when, and what they want to see
// and discuss (free words of either language). Staff keep them; the matching
// engine reads their interests to suggest whom they should meet
// (MatchService). Every write is audited and recorded in the change log.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "app/text_suggestions.hpp"
#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

struct DelegationAnswer {
  core::Delegation delegation;
  std::optional<core::OrganisationRef> origin;  // the origin organisation, when it names one
  TextSuggestions suggestions;  // SDGs and concepts its interests mention, while it has no SDGs
};

class DelegationService {
 public:
  DelegationService(store::Database& db, const ReferenceData& reference,
                    const text::Thesaurus& thesaurus, const text::SdgTagger& tagger)
      : db_(db), reference_(reference), thesaurus_(thesaurus), tagger_(tagger) {}

  // Staff only (404 for archived ones unless asked by staff, who see them too).
  core::Result<DelegationAnswer> get(const Context& ctx, core::Id id);
  // Newest first, each with its origin organisation (no suggestions).
  core::Result<core::Page<DelegationAnswer>> list(const Context& ctx,
                                                  const core::DelegationQuery& query);
  core::Result<DelegationAnswer> create(const Context& ctx, const boost::json::object& body);
  // A PATCH with the version read (409 when stale).
  core::Result<DelegationAnswer> update(const Context& ctx, core::Id id,
                                        const boost::json::object& patch);

 private:
  static std::optional<core::OrganisationRef> origin_of(soci::session& sql,
                                                        const core::Delegation& d);
  DelegationAnswer answer(soci::session& sql, core::Delegation d) const;
  store::Database& db_;
  const ReferenceData& reference_;
  const text::Thesaurus& thesaurus_;
  const text::SdgTagger& tagger_;
};

}  // namespace icity::app
