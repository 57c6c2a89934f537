#include "http/handlers/handlers.hpp"
#include "http/handlers/openapi.hpp"

namespace icity::http {

void register_all(Router& router, app::App& app) {
  register_auth(router, app);
  register_organisations(router, app);
  register_people(router, app);
  register_interactions(router, app);
  register_reference(router, app);
  register_reports(router, app);
  register_search(router, app);
  register_sdg(router, app);
  register_duplicates(router, app);
  register_solutions(router, app);
  register_opportunities(router, app);
  register_delegations(router, app);
  register_matches(router, app);
  register_introductions(router, app);
  register_notifications(router, app);
  register_events(router, app);
  register_registrations(router, app);
  register_meetings(router, app);
  register_itineraries(router, app);
  register_desk(router, app);
  register_cases(router, app);
  register_kpis(router, app);
  register_projects(router, app);
  register_agreements(router, app);
  router.add("GET", "/api/openapi.yaml", [](Request&) -> HandlerResult {
    auto r =
        Response::text(200, std::string(openapi_document()), "application/yaml; charset=utf-8");
    r.headers.set("Cache-Control", "no-cache");
    return r;
  });
}

}  // namespace icity::http
