// Read-only views across the directory: the dashboard's figures and the audit
// trail for admins.
#pragma once

#include "app/context.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class ReportService {
 public:
  explicit ReportService(store::Database& db) : db_(db) {}
  core::Result<core::DirectorySummary> summary(const Context& ctx);
  core::Result<core::Page<core::AuditEntry>> audit(const Context& ctx,
                                                   const core::AuditQuery& query);

 private:
  store::Database& db_;
};

}  // namespace icity::app
