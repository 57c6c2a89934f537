#include "store/meeting_repo.hpp"

#include <soci/soci.h>

#include <algorithm>

#include "store/sql_query.hpp"

namespace icity::store::meetings {
namespace {

constexpr const char* kRequestColumns =
    "id, event_id, from_registration_id, to_registration_id, priority, message, status, "
    "created_at, updated_at";

struct RequestRow {
  long long id = 0, event_id = 0, from = 0, to = 0;
  int priority = 0;
  std::string message, status, created_at, updated_at;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(event_id));
    st.exchange(soci::into(from));
    st.exchange(soci::into(to));
    st.exchange(soci::into(priority));
    st.exchange(soci::into(message));
    st.exchange(soci::into(status));
    st.exchange(soci::into(created_at));
    st.exchange(soci::into(updated_at));
  }
  core::MeetingRequest value() const {
    return {
        id,
        event_id,
        from,
        to,
        priority,
        message,
        core::parse_meeting_request_status(status).value_or(core::MeetingRequestStatus::kWithdrawn),
        created_at,
        updated_at};
  }
};

constexpr const char* kMeetingColumns = "id, event_id, request_id, slot, table_no, fixed";

struct MeetingRow {
  long long id = 0, event_id = 0, request_id = 0, fixed = 0;
  int slot = 0, table = 0;
  void bind(soci::statement& st) {
    st.exchange(soci::into(id));
    st.exchange(soci::into(event_id));
    st.exchange(soci::into(request_id));
    st.exchange(soci::into(slot));
    st.exchange(soci::into(table));
    st.exchange(soci::into(fixed));
  }
  core::Meeting value() const { return {id, event_id, request_id, slot, table, fixed != 0}; }
};

std::string select_requests(const std::string& where) {
  return std::string("SELECT ") + kRequestColumns + " FROM meeting_requests WHERE " + where;
}

}  // namespace

std::optional<core::MeetingRequest> find_request(soci::session& sql, core::Id id) {
  return find_row<RequestRow>(sql, kRequestColumns, "meeting_requests", id);
}

std::optional<core::MeetingRequest> find_pair(soci::session& sql, core::Id event_id, core::Id a,
                                              core::Id b) {
  for (auto& r : all_rows<RequestRow>(sql, select_requests("from_registration_id = :p"), a)) {
    if (r.event_id == event_id && r.to_registration_id == b) return r;
  }
  for (auto& r : all_rows<RequestRow>(sql, select_requests("from_registration_id = :p"), b)) {
    if (r.event_id == event_id && r.to_registration_id == a) return r;
  }
  return std::nullopt;
}

std::vector<core::MeetingRequest> requests(soci::session& sql, core::Id event_id,
                                           std::optional<core::Id> registration_id) {
  if (!registration_id) {
    return all_rows<RequestRow>(sql, select_requests("event_id = :p ORDER BY id"), event_id);
  }
  auto out = all_rows<RequestRow>(
      sql, select_requests("from_registration_id = :p OR to_registration_id = :p ORDER BY id"),
      *registration_id);
  std::erase_if(out, [&](const auto& r) { return r.event_id != event_id; });
  return out;
}

core::Id insert(Tx& tx, core::MeetingRequest& r) {
  long long event_id = r.event_id, from = r.from_registration_id, to = r.to_registration_id,
            low = std::min(from, to), high = std::max(from, to), id = 0;
  std::string status(core::to_string(r.status));
  r.created_at = r.updated_at = tx.now();
  tx.sql() << "INSERT INTO meeting_requests (event_id, from_registration_id, to_registration_id, "
              "pair_low, pair_high, priority, message, status, created_at, updated_at) VALUES "
              "(:e, :f, :t, :l, :h, :p, :m, :s, :c, :u) RETURNING id",
      soci::use(event_id, "e"), soci::use(from, "f"), soci::use(to, "t"), soci::use(low, "l"),
      soci::use(high, "h"), soci::use(r.priority, "p"), soci::use(r.message, "m"),
      soci::use(status, "s"), soci::use(r.created_at, "c"), soci::use(r.updated_at, "u"),
      soci::into(id);
  r.id = id;
  return id;
}

void set_status(Tx& tx, core::Id request_id, core::MeetingRequestStatus status) {
  long long id = request_id;
  std::string s(core::to_string(status));
  tx.sql() << "UPDATE meeting_requests SET status = :s, updated_at = :u WHERE id = :id",
      soci::use(s), soci::use(tx.now()), soci::use(id);
}

std::vector<int> unavailable(soci::session& sql, core::Id registration_id) {
  long long id = registration_id;
  int slot = 0;
  soci::statement st = (sql.prepare << "SELECT slot FROM meeting_unavailable WHERE "
                                       "registration_id = :r ORDER BY slot",
                        soci::use(id), soci::into(slot));
  st.execute(false);
  std::vector<int> out;
  while (st.fetch()) out.push_back(slot);
  return out;
}

void set_unavailable(Tx& tx, core::Id registration_id, const std::vector<int>& slots) {
  long long id = registration_id;
  tx.sql() << "DELETE FROM meeting_unavailable WHERE registration_id = :r", soci::use(id);
  for (int slot : slots) {
    tx.sql() << "INSERT INTO meeting_unavailable (registration_id, slot) VALUES (:r, :s)",
        soci::use(id), soci::use(slot);
  }
}

std::vector<core::Meeting> schedule(soci::session& sql, core::Id event_id) {
  return all_rows<MeetingRow>(sql,
                              std::string("SELECT ") + kMeetingColumns +
                                  " FROM meetings WHERE event_id = :p ORDER BY slot, table_no",
                              event_id);
}

std::optional<core::Meeting> find_meeting(soci::session& sql, core::Id id) {
  return find_row<MeetingRow>(sql, kMeetingColumns, "meetings", id);
}

void replace_unfixed(Tx& tx, core::Id event_id, const std::vector<core::Meeting>& placed) {
  long long id = event_id;
  tx.sql() << "DELETE FROM meetings WHERE event_id = :e AND fixed = 0", soci::use(id);
  for (const auto& m : placed) {
    long long request = m.request_id;
    int slot = m.slot, table = m.table;
    tx.sql() << "INSERT INTO meetings (event_id, request_id, slot, table_no, fixed, created_at) "
                "VALUES (:e, :r, :s, :t, 0, :c)",
        soci::use(id), soci::use(request), soci::use(slot), soci::use(table), soci::use(tx.now());
  }
}

void move(Tx& tx, core::Id meeting_id, int slot, int table) {
  long long id = meeting_id;
  tx.sql() << "UPDATE meetings SET slot = :s, table_no = :t, fixed = 1 WHERE id = :id",
      soci::use(slot), soci::use(table), soci::use(id);
}

void remove_for_request(Tx& tx, core::Id request_id) {
  long long id = request_id;
  tx.sql() << "DELETE FROM meetings WHERE request_id = :r", soci::use(id);
}

}  // namespace icity::store::meetings
