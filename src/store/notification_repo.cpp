#include "store/notification_repo.hpp"

#include <soci/soci.h>

#include "store/sql_query.hpp"

namespace icity::store::notifications {
namespace {

constexpr const char* kColumns =
    "id, user_id, kind, subject_type, subject_id, title_zh, title_en, body_zh, body_en, link, "
    "created_at, read_at";

struct Row {
  long long id = 0, user = 0, subject = 0;
  std::string kind, subject_type, title_zh, title_en, body_zh, body_en, link, created_at, read_at;
  soci::indicator read_ind = soci::i_null;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(user));
    st.exchange(soci::into(kind));
    st.exchange(soci::into(subject_type));
    st.exchange(soci::into(subject));
    st.exchange(soci::into(title_zh));
    st.exchange(soci::into(title_en));
    st.exchange(soci::into(body_zh));
    st.exchange(soci::into(body_en));
    st.exchange(soci::into(link));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(read_at, read_ind));
  }
  core::Notification value() const {
    core::Notification n;
    n.id = id;
    n.user_id = user;
    n.kind = kind;
    n.subject_type = subject_type;
    n.subject_id = subject;
    n.title = {title_zh, title_en};
    n.body = {body_zh, body_en};
    n.link = link;
    n.created_at = created_at;
    if (read_ind == soci::i_ok) n.read_at = read_at;
    return n;
  }
};

}  // namespace

core::Id insert(Tx& tx, core::Notification& n) {
  n.created_at = tx.now();
  n.read_at.reset();
  long long user = n.user_id, subject = n.subject_id, id = 0;
  tx.sql() << "INSERT INTO notifications (user_id, kind, subject_type, subject_id, title_zh, "
              "title_en, body_zh, body_en, link, created_at) VALUES (:u, :k, :st, :si, :tz, :te, "
              ":bz, :be, :l, :ca) RETURNING id",
      soci::use(user, "u"), soci::use(n.kind, "k"), soci::use(n.subject_type, "st"),
      soci::use(subject, "si"), soci::use(n.title.zh, "tz"), soci::use(n.title.en, "te"),
      soci::use(n.body.zh, "bz"), soci::use(n.body.en, "be"), soci::use(n.link, "l"),
      soci::use(n.created_at, "ca"), soci::into(id);
  n.id = id;
  return id;
}

std::optional<core::Notification> find(soci::session& sql, core::Id id) {
  Row row;
  long long key = id;
  soci::statement st(sql);
  row.bind(st);
  st.exchange(soci::use(key, "id"));
  st.alloc();
  st.prepare(std::string("SELECT ") + kColumns + " FROM notifications WHERE id = :id");
  st.define_and_bind();
  if (!st.execute(true)) return std::nullopt;
  return row.value();
}

core::Page<core::Notification> list(soci::session& sql, Backend backend,
                                    const core::NotificationQuery& query) {
  SqlQuery q(backend);
  q.where("user_id = {}", static_cast<long long>(query.user_id));
  if (query.unread_only) q.where("read_at IS NULL");
  return newest_first<Row>(sql, q, kColumns, "notifications", query.cursor, query.limit);
}

std::int64_t unread_count(soci::session& sql, core::Id user_id) {
  long long user = user_id, n = 0;
  sql << "SELECT COUNT(*) FROM notifications WHERE user_id = :u AND read_at IS NULL",
      soci::use(user), soci::into(n);
  return n;
}

bool mark_read(Tx& tx, core::Id id) {
  long long key = id;
  soci::statement st = (tx.sql().prepare << "UPDATE notifications SET read_at = :t WHERE id = :id "
                                            "AND read_at IS NULL",
                        soci::use(tx.now(), "t"), soci::use(key, "id"));
  st.execute(true);
  return st.get_affected_rows() == 1;
}

std::vector<core::Id> mark_all_read(Tx& tx, core::Id user_id) {
  long long user = user_id, id = 0;
  std::vector<core::Id> ids;
  {
    soci::statement st = (tx.sql().prepare << "SELECT id FROM notifications WHERE user_id = :u "
                                              "AND read_at IS NULL ORDER BY id",
                          soci::use(user), soci::into(id));
    st.execute(false);
    while (st.fetch()) ids.push_back(id);
  }
  if (ids.empty()) return ids;
  tx.sql() << "UPDATE notifications SET read_at = :t WHERE user_id = :u AND read_at IS NULL",
      soci::use(tx.now(), "t"), soci::use(user, "u");
  return ids;
}

}  // namespace icity::store::notifications
