// The HTTP adapter of each capability: one file per resource, each a thin
// translation between requests and a service. No SQL here.
#pragma once

#include "app/app.hpp"
#include "core/error.hpp"
#include "http/message.hpp"
#include "http/router.hpp"

namespace icity::http {

void register_all(Router& router, app::App& app);

void register_auth(Router& router, app::App& app);
void register_organisations(Router& router, app::App& app);
void register_people(Router& router, app::App& app);
void register_interactions(Router& router, app::App& app);
void register_reference(Router& router, app::App& app);
void register_reports(Router& router, app::App& app);
void register_search(Router& router, app::App& app);
void register_sdg(Router& router, app::App& app);
void register_duplicates(Router& router, app::App& app);
void register_solutions(Router& router, app::App& app);
void register_opportunities(Router& router, app::App& app);
void register_delegations(Router& router, app::App& app);
void register_matches(Router& router, app::App& app);
// Also GET /api/organisations/{id}/timeline.
void register_introductions(Router& router, app::App& app);
void register_notifications(Router& router, app::App& app);
void register_events(Router& router, app::App& app);
void register_registrations(Router& router, app::App& app);
void register_meetings(Router& router, app::App& app);
void register_itineraries(Router& router, app::App& app);
void register_desk(Router& router, app::App& app);
void register_cases(Router& router, app::App& app);
void register_kpis(Router& router, app::App& app);
// Cooperation projects (and their board) and agreements (and their reminders).
void register_projects(Router& router, app::App& app);
void register_agreements(Router& router, app::App& app);

// The authentication hook of the server: session cookie or bearer token.
core::Result<AuthContext> authenticate(app::App& app, const Request& request);

}  // namespace icity::http
