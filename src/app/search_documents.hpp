// What the search index holds of each kind of record, built from the store:
// organisations and solutions for everyone; people (name, title, organisation — never their
// contact details or nationality) and interactions for those signed in; opportunities for
// everyone once published (while not expired when indexed), otherwise for staff; cooperation
// projects and agreements (with their parties' names) for staff.
#pragma once

#include <optional>
#include <string_view>

#include "core/entities.hpp"
#include "search/document.hpp"
#include "store/database.hpp"

namespace soci {
class session;
}

namespace icity::app {

// The entity types the index covers, as change_log names them.
inline constexpr std::string_view kSearchableTypes[] = {
    "organisation", "person", "interaction", "solution", "opportunity", "project", "agreement"};

// What the documents hold, kept with the index: one built by a node whose documents differed
// (before projects and agreements were searchable: none) is rebuilt when the node starts.
inline constexpr const char* kSearchDocumentsKey = "icity:documents";
inline constexpr const char* kSearchDocumentsVersion = "2";

// The record's document as the index should hold it now; nothing when it is
// gone or archived (then it leaves the index).
std::optional<search::Document> search_document(soci::session& sql, store::Backend backend,
                                                std::string_view entity, core::Id id);

}  // namespace icity::app
