// An organisation's timeline: its interactions and the steps of its
// introductions, newest first, in one keyset-paged list.
#pragma once

#include "core/introduction.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::store::timeline {

// Interactions sort by their date, steps by their time (so on one day the
// steps come before the day's interactions); then steps before interactions,
// then by id, all descending.
core::Page<core::TimelineItem> list(soci::session& sql, Backend backend,
                                    const core::TimelineQuery& query);

}  // namespace icity::store::timeline
