// The demo world's cooperation projects and agreements (data/demo/projects.json):
// the UNDP Sustainable Development Innovation demonstration project with
// Longhua, launched on 13 August 2024; the talks of the 2023 exchange camp
// kept as projects in reserve or under negotiation (Barcelona with Bao'an and
// with Pingshan, Almaty, Aichi); the MoU the Moscow Innovation Cluster Fund
// signed with iMakerbase at the camp — all through the services, validated
// and audited.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "app/app.hpp"
#include "app/demo/world_loader.hpp"

namespace icity::app {

// `org_ids` maps the world's organisation keys to their ids; the events named
// by key are found by their English title in `events_json`.
core::Result<void> load_demo_projects(App& app, const Context& ctx, std::string_view projects_json,
                                      std::string_view events_json,
                                      const std::map<std::string, core::Id>& org_ids,
                                      WorldReport& report);

}  // namespace icity::app
