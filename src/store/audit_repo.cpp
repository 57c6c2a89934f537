#include "store/audit_repo.hpp"

#include <soci/soci.h>

#include "core/cursor.hpp"
#include "store/sql_query.hpp"

namespace icity::store::audit {

void append(Tx& tx, const core::AuditEntry& e) {
  long long user = e.user_id.value_or(0);
  soci::indicator user_ind = e.user_id ? soci::i_ok : soci::i_null;
  std::string before = e.before_json;
  std::string after = e.after_json;
  soci::indicator before_ind = before.empty() ? soci::i_null : soci::i_ok;
  soci::indicator after_ind = after.empty() ? soci::i_null : soci::i_ok;
  long long entity_id = e.entity_id;
  tx.sql()
      << "INSERT INTO audit_log (at, user_id, user_email, action, entity, entity_id, "
         "before_json, after_json, request_id) VALUES (:at, :u, :ue, :a, :e, :ei, :b, :af, :r)",
      soci::use(tx.now(), "at"), soci::use(user, user_ind, "u"), soci::use(e.user_email, "ue"),
      soci::use(e.action, "a"), soci::use(e.entity, "e"), soci::use(entity_id, "ei"),
      soci::use(before, before_ind, "b"), soci::use(after, after_ind, "af"),
      soci::use(e.request_id, "r");
}

core::Page<core::AuditEntry> list(soci::session& sql, Backend backend,
                                  const core::AuditQuery& query) {
  SqlQuery q(backend);
  if (!query.entity.empty()) q.where("entity = {}", query.entity);
  if (query.entity_id) q.where("entity_id = {}", static_cast<long long>(*query.entity_id));
  if (query.user_id) q.where("user_id = {}", static_cast<long long>(*query.user_id));
  if (auto c = core::decode_cursor(query.cursor)) q.where("id < {}", static_cast<long long>(c->id));
  long long limit = query.limit + 1;
  long long id = 0, user = 0, entity_id = 0;
  soci::indicator user_ind = soci::i_null, before_ind = soci::i_null, after_ind = soci::i_null;
  std::string at, email, action, entity, before, after, request_id;
  soci::statement st(sql);
  st.exchange(soci::into(id));
  st.exchange(soci::into(at));
  st.exchange(soci::into(user, user_ind));
  st.exchange(soci::into(email));
  st.exchange(soci::into(action));
  st.exchange(soci::into(entity));
  st.exchange(soci::into(entity_id));
  st.exchange(soci::into(before, before_ind));
  st.exchange(soci::into(after, after_ind));
  st.exchange(soci::into(request_id));
  q.bind(st);
  st.exchange(soci::use(limit, "lim"));
  st.alloc();
  st.prepare(
      "SELECT id, at, user_id, user_email, action, entity, entity_id, before_json, after_json, "
      "request_id FROM audit_log WHERE 1 = 1" +
      q.conditions() + " ORDER BY id DESC LIMIT :lim");
  st.define_and_bind();
  st.execute(false);
  core::Page<core::AuditEntry> page;
  while (st.fetch()) {
    if (static_cast<long long>(page.items.size()) == query.limit) {
      page.next_cursor = core::encode_cursor({"", page.items.back().id});
      break;
    }
    core::AuditEntry e;
    e.id = id;
    e.at = at;
    if (user_ind == soci::i_ok) e.user_id = user;
    e.user_email = email;
    e.action = action;
    e.entity = entity;
    e.entity_id = entity_id;
    e.before_json = before_ind == soci::i_ok ? before : "";
    e.after_json = after_ind == soci::i_ok ? after : "";
    e.request_id = request_id;
    page.items.push_back(std::move(e));
  }
  return page;
}

}  // namespace icity::store::audit
