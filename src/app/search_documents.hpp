// What the search index holds of each kind of record, built from the store:
// organisations and solutions for everyone; people (name, title, organisation — never their
// contact details or nationality) and interactions for those signed in; opportunities for
// everyone once published (while not expired when indexed), otherwise for staff.
#pragma once

#include <optional>
#include <string_view>

#include "core/entities.hpp"
#include "search/document.hpp"

namespace soci {
class session;
}

namespace icity::app {

// The entity types the index covers, as change_log names them.
inline constexpr std::string_view kSearchableTypes[] = {"organisation", "person", "interaction",
                                                        "solution", "opportunity"};

// The record's document as the index should hold it now; nothing when it is
// gone or archived (then it leaves the index).
std::optional<search::Document> search_document(soci::session& sql, std::string_view entity,
                                                core::Id id);

}  // namespace icity::app
