// A case's history, conversation and attachments (declared in case_repo.hpp).
#include <soci/soci.h>

#include <map>

#include "store/case_repo.hpp"

namespace icity::store::cases {

core::Id add_step(Tx& tx, core::CaseStep& step, core::Id case_id) {
  step.at = tx.now();
  long long c = case_id, user = step.user_id.value_or(0),
            assignee = step.assignee ? step.assignee->id : 0, id = 0;
  soci::indicator user_ind = step.user_id ? soci::i_ok : soci::i_null;
  soci::indicator assignee_ind = step.assignee ? soci::i_ok : soci::i_null;
  std::string from = step.from ? std::string(core::to_string(*step.from)) : "";
  std::string to(core::to_string(step.to));
  tx.sql() << "INSERT INTO case_steps (case_id, from_status, to_status, at, user_id, actor, "
              "assignee_id, message) VALUES (:c, :f, :t, :at, :u, :a, :as, :m) RETURNING id",
      soci::use(c, "c"), soci::use(from, "f"), soci::use(to, "t"), soci::use(step.at, "at"),
      soci::use(user, user_ind, "u"), soci::use(step.actor, "a"),
      soci::use(assignee, assignee_ind, "as"), soci::use(step.message, "m"), soci::into(id);
  step.id = id;
  return id;
}

core::Id add_message(Tx& tx, core::CaseMessage& m) {
  m.created_at = tx.now();
  long long c = m.case_id, user = m.user_id.value_or(0), id = 0;
  int internal = m.internal ? 1 : 0;
  soci::indicator user_ind = m.user_id ? soci::i_ok : soci::i_null;
  std::string author(core::to_string(m.author));
  tx.sql() << "INSERT INTO case_messages (case_id, internal, author, user_id, author_name, body, "
              "created_at) VALUES (:c, :i, :a, :u, :n, :b, :at) RETURNING id",
      soci::use(c, "c"), soci::use(internal, "i"), soci::use(author, "a"),
      soci::use(user, user_ind, "u"), soci::use(m.author_name, "n"), soci::use(m.body, "b"),
      soci::use(m.created_at, "at"), soci::into(id);
  m.id = id;
  return id;
}

core::AttachmentInfo add_attachment(Tx& tx, core::Id case_id, std::optional<core::Id> message_id,
                                    const StoredFile& file, const std::string& sha256) {
  core::AttachmentInfo info = file.info;
  long long c = case_id, message = message_id.value_or(0), size = info.size, id = 0;
  soci::indicator message_ind = message_id ? soci::i_ok : soci::i_null;
  tx.sql() << "INSERT INTO case_attachments (case_id, message_id, name, media_type, size, sha256, "
              "content, created_at) VALUES (:c, :m, :n, :t, :s, :h, :b, :at) RETURNING id",
      soci::use(c, "c"), soci::use(message, message_ind, "m"), soci::use(info.name, "n"),
      soci::use(info.media_type, "t"), soci::use(size, "s"), soci::use(sha256, "h"),
      soci::use(file.content_base64, "b"), soci::use(tx.now(), "at"), soci::into(id);
  info.id = id;
  info.message_id = message_id;
  return info;
}

std::optional<StoredFile> attachment(soci::session& sql, core::Id case_id, core::Id attachment_id) {
  long long c = case_id, a = attachment_id, message = 0, size = 0;
  int internal = 0;
  soci::indicator message_ind = soci::i_null, internal_ind = soci::i_null;
  StoredFile f;
  sql << "SELECT a.message_id, a.name, a.media_type, a.size, a.content, m.internal FROM "
         "case_attachments a LEFT JOIN case_messages m ON m.id = a.message_id WHERE a.id = :a AND "
         "a.case_id = :c",
      soci::use(a, "a"), soci::use(c, "c"), soci::into(message, message_ind),
      soci::into(f.info.name), soci::into(f.info.media_type), soci::into(size),
      soci::into(f.content_base64), soci::into(internal, internal_ind);
  if (!sql.got_data()) return std::nullopt;
  f.info.id = attachment_id;
  if (message_ind == soci::i_ok) f.info.message_id = message;
  f.info.size = size;
  f.internal = internal_ind == soci::i_ok && internal != 0;
  return f;
}

void load_conversation(soci::session& sql, core::CaseView& view) {
  long long c = view.value.id;
  std::map<long long, std::size_t> message_at;
  {
    long long id = 0, user = 0;
    int internal = 0;
    soci::indicator user_ind = soci::i_null;
    std::string author, name, body, at;
    soci::statement st =
        (sql.prepare << "SELECT id, internal, author, user_id, author_name, body, created_at FROM "
                        "case_messages WHERE case_id = :c ORDER BY id",
         soci::use(c, "c"), soci::into(id), soci::into(internal), soci::into(author),
         soci::into(user, user_ind), soci::into(name), soci::into(body), soci::into(at));
    st.execute(false);
    while (st.fetch()) {
      core::CaseMessage m;
      m.id = id;
      m.case_id = view.value.id;
      m.internal = internal != 0;
      m.author = core::parse_message_author(author).value_or(core::MessageAuthor::kSystem);
      if (user_ind == soci::i_ok) m.user_id = user;
      m.author_name = name;
      m.body = body;
      m.created_at = at;
      message_at[id] = view.messages.size();
      view.messages.push_back(std::move(m));
    }
  }
  {
    long long id = 0, message = 0, size = 0;
    soci::indicator message_ind = soci::i_null;
    std::string name, type;
    soci::statement st =
        (sql.prepare << "SELECT id, message_id, name, media_type, size FROM case_attachments "
                        "WHERE case_id = :c ORDER BY id",
         soci::use(c, "c"), soci::into(id), soci::into(message, message_ind), soci::into(name),
         soci::into(type), soci::into(size));
    st.execute(false);
    while (st.fetch()) {
      core::AttachmentInfo a{id, std::nullopt, name, type, size};
      if (message_ind == soci::i_ok) {
        a.message_id = message;
        if (auto it = message_at.find(message); it != message_at.end()) {
          view.messages[it->second].attachments.push_back(std::move(a));
        }
      } else {
        view.attachments.push_back(std::move(a));
      }
    }
  }
  {
    long long id = 0, user = 0, assignee = 0;
    soci::indicator user_ind = soci::i_null, assignee_ind = soci::i_null, email_ind = soci::i_null,
                    name_ind = soci::i_null;
    std::string from, to, at, actor, message, email, display;
    soci::statement st =
        (sql.prepare << "SELECT s.id, s.from_status, s.to_status, s.at, s.user_id, s.actor, "
                        "s.assignee_id, u.email, u.display_name, s.message FROM case_steps s LEFT "
                        "JOIN users u ON u.id = s.assignee_id WHERE s.case_id = :c ORDER BY s.id",
         soci::use(c, "c"), soci::into(id), soci::into(from), soci::into(to), soci::into(at),
         soci::into(user, user_ind), soci::into(actor), soci::into(assignee, assignee_ind),
         soci::into(email, email_ind), soci::into(display, name_ind), soci::into(message));
    st.execute(false);
    while (st.fetch()) {
      core::CaseStep s;
      s.id = id;
      s.from = core::parse_case_status(from);
      s.to = core::parse_case_status(to).value_or(core::CaseStatus::kNew);
      s.at = at;
      if (user_ind == soci::i_ok) s.user_id = user;
      s.actor = actor;
      if (assignee_ind == soci::i_ok) {
        s.assignee = core::UserRef{assignee, email_ind == soci::i_ok ? email : "",
                                   name_ind == soci::i_ok ? display : ""};
      }
      s.message = message;
      view.history.push_back(std::move(s));
    }
  }
}

}  // namespace icity::store::cases
