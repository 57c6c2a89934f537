// The demo world's service desk (data/demo/desk.json): the teams and the
// catalogue of services a district's international cooperation centre offers,
// through the catalogue's own service (validated and audited).
#pragma once

#include <string_view>

#include "app/app.hpp"

namespace icity::app {

core::Result<void> load_demo_desk(App& app, const Context& ctx, std::string_view desk_json);

}  // namespace icity::app
