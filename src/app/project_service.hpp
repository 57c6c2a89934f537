// Cooperation projects: the centre's pipeline from an idea in reserve to a
// completed project (the stages: core/project.hpp), with the organisations
// taking part and their roles, sectors, SDGs, district, estimated value, the
// next action and its due date, and every stage reached. Staff and admins
// write; a partner reads the projects its organisation is a party of; the
// public nothing. Every write is one transaction, audited and versioned.
#pragma once

#include <boost/json/fwd.hpp>
#include <vector>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "core/error.hpp"
#include "core/project.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

// One column of the kanban board: a stage, how many projects are in it, the
// stages its cards may be dropped on, and its most recently updated cards.
struct BoardColumn {
  core::ProjectStage stage = core::ProjectStage::kReserve;
  std::int64_t count = 0;
  std::vector<core::ProjectStage> moves;
  std::vector<core::Project> cards;
};

class ProjectService {
 public:
  ProjectService(store::Database& db, const ReferenceData& reference)
      : db_(db), reference_(reference) {}

  // Staff, and the partners of a party (404 to other partners).
  core::Result<core::Project> get(const Context& ctx, core::Id id);
  // The caller's: a partner sees its organisation's only.
  core::Result<core::Page<core::Project>> list(const Context& ctx, core::ProjectQuery query);
  // Every stage in pipeline order, with the query's filters (its stage, sort and
  // cursor ignored); at most `per_column` cards a column.
  core::Result<std::vector<BoardColumn>> board(const Context& ctx, core::ProjectQuery query,
                                               int per_column = 100);
  // A new project, in stage reserve unless the body names another open stage.
  core::Result<core::Project> create(const Context& ctx, const boost::json::object& body);
  // A PATCH with the version read (409 when stale).
  core::Result<core::Project> update(const Context& ctx, core::Id id,
                                     const boost::json::object& patch);
  // {to, note?, reason?, version?}: 409 with the reason when the move is illegal.
  core::Result<core::Project> transition(const Context& ctx, core::Id id,
                                         const boost::json::object& body);

 private:
  store::Database& db_;
  const ReferenceData& reference_;
};

}  // namespace icity::app
