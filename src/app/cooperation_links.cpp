#include "app/cooperation_links.hpp"

#include <algorithm>
#include <iterator>

#include "store/event_repo.hpp"
#include "store/introduction_repo.hpp"
#include "store/organisation_repo.hpp"
#include "store/project_repo.hpp"
#include "store/user_repo.hpp"

namespace icity::app {

void check_parties(soci::session& sql, const std::vector<core::Id>& organisation_ids,
                   std::vector<core::FieldError>& errors) {
  std::vector<core::Id> wanted;
  std::copy_if(organisation_ids.begin(), organisation_ids.end(), std::back_inserter(wanted),
               [](core::Id id) { return id > 0; });
  if (wanted.empty()) return;
  const auto missing = store::organisations::missing(sql, wanted);
  for (std::size_t i = 0; i < organisation_ids.size(); ++i) {
    if (std::find(missing.begin(), missing.end(), organisation_ids[i]) == missing.end()) continue;
    errors.push_back({"parties[" + std::to_string(i) + "].organisation_id",
                      {"机构不存在", "no such organisation"}});
  }
}

void check_owner(soci::session& sql, const std::optional<core::Id>& user_id,
                 std::vector<core::FieldError>& errors) {
  if (!user_id) return;
  const auto user = store::users::find(sql, *user_id);
  if (!user || (user->role != core::Role::kStaff && user->role != core::Role::kAdmin)) {
    errors.push_back({"owner_id", {"负责人应为工作人员账户", "the owner is a staff user"}});
  }
}

void check_introduction(soci::session& sql, store::Backend backend,
                        const std::optional<core::Id>& id, std::vector<core::FieldError>& errors) {
  if (id && !store::introductions::find(sql, backend, *id)) {
    errors.push_back({"introduction_id", {"介绍不存在", "no such introduction"}});
  }
}

void check_event(soci::session& sql, const std::optional<core::Id>& id,
                 std::vector<core::FieldError>& errors) {
  if (id && !store::events::find(sql, *id)) {
    errors.push_back({"event_id", {"活动不存在", "no such event"}});
  }
}

void check_project(soci::session& sql, const std::optional<core::Id>& id,
                   std::vector<core::FieldError>& errors) {
  if (id && !store::projects::exists(sql, *id)) {
    errors.push_back({"project_id", {"项目不存在", "no such project"}});
  }
}

}  // namespace icity::app
