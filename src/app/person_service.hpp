// People of partner organisations. Personal data: only signed-in users read
// people, and only staff or the person's own organisation see contact details.
#pragma once

#include <boost/json/fwd.hpp>

#include "app/context.hpp"
#include "app/reference_data.hpp"
#include "core/error.hpp"
#include "core/views.hpp"
#include "store/database.hpp"

namespace icity::app {

class PersonService {
 public:
  PersonService(store::Database& db, const ReferenceData& reference)
      : db_(db), reference_(reference) {}

  core::Result<core::Person> get(const Context& ctx, core::Id id);
  core::Result<core::Page<core::Person>> list(const Context& ctx, const core::PersonQuery& query);
  core::Result<core::Person> create(const Context& ctx, const boost::json::object& body);
  core::Result<core::Person> create(const Context& ctx, core::Person person);
  core::Result<core::Person> update(const Context& ctx, core::Id id,
                                    const boost::json::object& patch);
  core::Result<core::Person> archive(const Context& ctx, core::Id id);

 private:
  core::Result<core::Person> write_new(const Context& ctx, core::Person person,
                                       std::vector<core::FieldError> errors);
  store::Database& db_;
  const ReferenceData& reference_;
};

}  // namespace icity::app
