#include "store/case_history.hpp"

#include <soci/soci.h>

#include <optional>
#include <string>

#include "store/audit_repo.hpp"
#include "store/pg_copy.hpp"

namespace icity::store::cases {
namespace {

using Cell = std::optional<std::string>;

// Rows of text cells (NULL: nullopt) for one table, written in one go: COPY on
// PostgreSQL, a prepared statement bound to column vectors on SQLite (which
// converts the text of an INTEGER column to an integer).
class Rows {
 public:
  Rows(std::string table, std::initializer_list<std::string_view> columns)
      : table_(std::move(table)),
        names_(columns.begin(), columns.end()),
        columns_(columns.size()),
        nulls_(columns.size()) {}

  Rows& add(std::string text) { return put(std::move(text)); }
  Rows& add(long long number) { return put(std::to_string(number)); }
  Rows& add(const std::optional<core::Id>& id) {
    return id ? put(std::to_string(*id)) : put(std::nullopt);
  }

  void write(Tx& tx) {
    if (columns_.front().empty()) return;
    if (tx.backend() == Backend::kPostgres) {
      copy(tx);
    } else {
      insert(tx);
    }
  }

 private:
  Rows& put(Cell cell) {
    const std::size_t c = next_++ % columns_.size();
    nulls_[c].push_back(cell ? soci::i_ok : soci::i_null);
    columns_[c].push_back(cell ? std::move(*cell) : std::string());
    return *this;
  }

  void copy(Tx& tx) {
    CopyIn in(tx.sql(), table_, names_);
    for (std::size_t r = 0; r < columns_.front().size(); ++r) {
      for (std::size_t c = 0; c < columns_.size(); ++c) {
        if (nulls_[c][r] == soci::i_null) {
          in.add_null();
        } else {
          in.add(std::string_view(columns_[c][r]));
        }
      }
      in.end_row();
    }
    in.finish();
  }

  void insert(Tx& tx) {
    std::string sql = "INSERT INTO " + table_ + " (";
    std::string values;
    for (std::size_t c = 0; c < names_.size(); ++c) {
      sql += (c > 0 ? ", " : "") + std::string(names_[c]);
      values += (c > 0 ? ", :c" : ":c") + std::to_string(c);
    }
    sql += ") VALUES (" + values + ")";
    soci::statement st(tx.sql());
    for (std::size_t c = 0; c < names_.size(); ++c) {
      st.exchange(soci::use(columns_[c], nulls_[c], "c" + std::to_string(c)));
    }
    st.alloc();
    st.prepare(sql);
    st.define_and_bind();
    st.execute(true);
  }

  std::string table_;
  std::vector<std::string_view> names_;
  std::vector<std::vector<std::string>> columns_;
  std::vector<std::vector<soci::indicator>> nulls_;
  std::size_t next_ = 0;
};

// `count` new ids for `table`: from its sequence on PostgreSQL, after the
// largest on SQLite (the write transaction holds the only writer's lock).
std::vector<long long> new_ids(Tx& tx, const std::string& table, std::size_t count) {
  if (tx.backend() == Backend::kPostgres) return reserve_ids(tx.sql(), table, count);
  long long last = 0;
  soci::indicator ind = soci::i_ok;
  tx.sql() << "SELECT MAX(id) FROM " + table, soci::into(last, ind);
  if (ind != soci::i_ok) last = 0;
  std::vector<long long> ids(count);
  for (std::size_t i = 0; i < count; ++i) ids[i] = last + 1 + static_cast<long long>(i);
  return ids;
}

std::string text(core::CaseStatus status) { return std::string(core::to_string(status)); }

}  // namespace

core::Result<void> add_history(Database& db, std::vector<HistoryCase>& batch) {
  if (batch.empty()) return {};
  return db.write([&](Tx& tx) -> core::Result<void> {
    std::size_t step_count = 0, message_count = 0;
    for (const auto& h : batch) {
      step_count += h.steps.size();
      message_count += h.messages.size();
    }
    const auto case_ids = new_ids(tx, "cases", batch.size());
    const auto step_ids = new_ids(tx, "case_steps", step_count);
    const auto message_ids = new_ids(tx, "case_messages", message_count);
    Rows cases("cases", {"id",           "version",       "service_id",    "team_id",
                         "status",       "is_open",       "assignee_id",   "organisation_id",
                         "contact_name", "contact_email", "contact_phone", "contact_organisation",
                         "country",      "language",      "subject",       "description",
                         "key_digest",   "due_at",        "waiting_since", "first_response_at",
                         "resolved_at",  "closed_at",     "satisfaction",  "satisfaction_comment",
                         "rated_at",     "created_at",    "updated_at"});
    Rows steps("case_steps", {"id", "case_id", "from_status", "to_status", "at", "user_id", "actor",
                              "assignee_id", "message"});
    Rows messages("case_messages", {"id", "case_id", "internal", "author", "user_id", "author_name",
                                    "body", "created_at"});
    std::size_t s = 0, m = 0;
    for (std::size_t i = 0; i < batch.size(); ++i) {
      auto& c = batch[i].value;
      c.id = case_ids[i];
      c.version = 1;
      const auto& sat = c.satisfaction;
      cases.add(c.id).add(1LL).add(c.service_id).add(c.team_id).add(text(c.status));
      cases.add(core::is_open(c.status) ? 1LL : 0LL).add(c.assignee_id).add(c.organisation_id);
      cases.add(c.contact.name).add(c.contact.email).add(c.contact.phone);
      cases.add(c.contact.organisation).add(c.contact.country).add(c.language).add(c.subject);
      cases.add(c.description).add(c.key_digest).add(c.due_at).add(c.waiting_since);
      cases.add(c.first_response_at).add(c.resolved_at).add(c.closed_at);
      cases.add(sat ? std::optional<core::Id>(sat->score) : std::nullopt);
      cases.add(sat ? sat->comment : "").add(sat ? sat->at : "").add(c.created_at);
      cases.add(c.updated_at);
      for (auto& step : batch[i].steps) {
        step.id = step_ids[s++];
        steps.add(step.id).add(c.id).add(step.from ? text(*step.from) : "").add(text(step.to));
        steps.add(step.at).add(step.user_id).add(step.actor);
        steps.add(step.assignee ? std::optional<core::Id>(step.assignee->id) : std::nullopt);
        steps.add(step.message);
      }
      for (auto& message : batch[i].messages) {
        message.id = message_ids[m++];
        message.case_id = c.id;
        messages.add(message.id).add(c.id).add(message.internal ? 1LL : 0LL);
        messages.add(std::string(core::to_string(message.author))).add(message.user_id);
        messages.add(message.author_name).add(message.body).add(message.created_at);
      }
      tx.changed("case", c.id, "create");
    }
    cases.write(tx);
    steps.write(tx);
    messages.write(tx);
    core::AuditEntry e;
    e.user_email = "system";
    e.action = "bulk_create";
    e.entity = "case";
    e.entity_id = batch.front().value.id;
    e.after_json = "{\"count\":" + std::to_string(batch.size()) + "}";
    e.request_id = "case-history";
    audit::append(tx, e);
    return {};
  });
}

}  // namespace icity::store::cases
