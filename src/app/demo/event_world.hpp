// The demo world's events (data/demo/events.json): the sites the seeds name
// with their opening hours, the "i·CITY" series with past and coming events,
// the 2023 innovative cities exchange camp with its programme, twenty
// participants and their attendance, and the HUA HUB launch of 13 August
// 2024 — all through the services, validated and audited.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "app/app.hpp"
#include "app/demo/world_loader.hpp"

namespace icity::app {

// `org_ids` maps the world's organisation keys to their ids.
core::Result<void> load_demo_events(App& app, const Context& ctx, std::string_view events_json,
                                    const std::map<std::string, core::Id>& org_ids,
                                    WorldReport& report);

}  // namespace icity::app
