#include "app/report_service.hpp"

#include "app/service_errors.hpp"
#include "core/permissions.hpp"
#include "store/audit_repo.hpp"
#include "store/stats_repo.hpp"

namespace icity::app {

core::Result<core::DirectorySummary> ReportService::summary(const Context& ctx) {
  if (!ctx.actor.signed_in()) return core::fail(unauthenticated());
  core::DirectorySummary s;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    s = store::stats::directory_summary(sql);
    return {};
  });
  return s;
}

core::Result<core::Page<core::AuditEntry>> ReportService::audit(const Context& ctx,
                                                                const core::AuditQuery& query) {
  if (!core::can_read_audit(ctx.actor)) return core::fail(forbidden(ctx));
  core::Page<core::AuditEntry> page;
  db_.read([&](soci::session& sql) -> core::Result<void> {
    page = store::audit::list(sql, db_.backend(), query);
    return {};
  });
  return page;
}

}  // namespace icity::app
