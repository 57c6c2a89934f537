// B2B meetings over HTTP on both databases: participants ask, answer and mark
// the slots they cannot attend through their private key; staff schedule,
// move a meeting by hand (it stays there when scheduling again) and publish;
// each participant then reads their agenda.
#include <map>
#include <set>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Meetings : public NodeTest {
 protected:
  struct Person {
    std::int64_t id = 0;
    std::string key;
  };
  void SetUp() override {
    NodeTest::SetUp();
    auto r = as(staff()).post("/api/events",
                              json::object{{"title",
                                            {{"zh", "可持续发展解决方案 B2B 洽谈会"},
                                             {"en", "B2B: sustainable solutions"}}},
                                           {"type", "b2b"},
                                           {"starts_at", "2099-03-18T09:00:00+08:00"},
                                           {"ends_at", "2099-03-18T17:00:00+08:00"},
                                           {"capacity", 50},
                                           {"meetings",
                                            {{"slots", 4},
                                             {"minutes", 20},
                                             {"tables", 2},
                                             {"start_at", "2099-03-18T09:30:00+08:00"}}}});
    ASSERT_EQ(r.status, 201u) << r.raw.body;
    event_ = r.obj().at("id").as_int64();
    for (int i = 1; i <= 5; ++i) {
      auto p = anonymous().post(base() + "/registrations",
                                json::object{{"name", {{"en", "Company " + std::to_string(i)}}},
                                             {"email", "c" + std::to_string(i) + "@example.org"},
                                             {"organisation", "Company " + std::to_string(i)}});
      ASSERT_EQ(p.status, 201u) << p.raw.body;
      people_.push_back({p.obj().at("id").as_int64(), std::string(p.obj().at("key").as_string())});
    }
  }
  std::string base() const { return "/api/events/" + std::to_string(event_); }
  const Person& p(int i) const { return people_[i - 1]; }
  Answer ask(int from, int to, int priority) {
    return anonymous().post(base() + "/meeting-requests", json::object{{"registration", p(from).id},
                                                                       {"key", p(from).key},
                                                                       {"to", p(to).id},
                                                                       {"priority", priority}});
  }
  Answer answer(int who, std::int64_t request, const std::string& what) {
    return anonymous().post(
        base() + "/meeting-requests/" + std::to_string(request) + "/answer",
        json::object{{"registration", p(who).id}, {"key", p(who).key}, {"answer", what}});
  }
  std::string own(int who, const std::string& what) const {
    return base() + "/registrations/" + std::to_string(p(who).id) + "/" + what +
           "?key=" + p(who).key;
  }
  Answer run(const std::string& mode) {
    return as(staff()).post(base() + "/meetings/schedule",
                            json::object{{"mode", mode}, {"time_limit_ms", 200}});
  }
  // Every rule of a schedule, checked from the answer alone.
  void expect_valid(const json::object& s, const std::set<int>& p1_unavailable) {
    std::map<int, std::set<std::int64_t>> busy;  // slot → participants
    std::map<int, std::set<std::int64_t>> tables;
    for (const auto& m : s.at("meetings").as_array()) {
      const int slot = static_cast<int>(m.at("slot").as_int64());
      const auto a = m.at("request").at("from").at("registration_id").as_int64();
      const auto b = m.at("request").at("to").at("registration_id").as_int64();
      EXPECT_TRUE(busy[slot].insert(a).second) << "twice in slot " << slot;
      EXPECT_TRUE(busy[slot].insert(b).second) << "twice in slot " << slot;
      EXPECT_TRUE(tables[slot].insert(m.at("table").as_int64()).second);
      EXPECT_LT(m.at("table").as_int64(), 2);
      if (a == p(1).id || b == p(1).id) {
        EXPECT_FALSE(p1_unavailable.count(slot)) << slot;
      }
    }
  }
  std::int64_t event_ = 0;
  std::vector<Person> people_;
};

TEST_P(Meetings, AskAnswerScheduleMoveAndPublish) {
  auto q12 = ask(1, 2, 5), q13 = ask(1, 3, 3), q41 = ask(4, 1, 2), q23 = ask(2, 3, 4),
       q54 = ask(5, 4, 1);
  for (const auto* q : {&q12, &q13, &q41, &q23, &q54}) ASSERT_EQ(q->status, 201u) << q->raw.body;
  // One request a pair, to another participant, with a priority of 1 to 5, by key.
  EXPECT_EQ(ask(2, 1, 3).status, 409u);
  EXPECT_EQ(ask(1, 1, 3).error_fields(), std::vector<std::string>{"to"});
  EXPECT_EQ(ask(3, 5, 9).error_fields(), std::vector<std::string>{"priority"});
  auto no_key =
      anonymous().post(base() + "/meeting-requests",
                       json::object{{"registration", p(3).id}, {"key", "guess"}, {"to", p(5).id}});
  EXPECT_EQ(no_key.status, 404u);

  auto id = [](const Answer& a) { return a.obj().at("id").as_int64(); };
  EXPECT_EQ(answer(1, id(q12), "accept").status, 409u);  // only the one asked answers
  EXPECT_EQ(answer(2, id(q12), "accept").status, 200u);
  EXPECT_EQ(answer(3, id(q13), "accept").status, 200u);
  EXPECT_EQ(answer(3, id(q23), "accept").status, 200u);
  EXPECT_EQ(answer(1, id(q41), "accept").status, 200u);
  auto declined = answer(4, id(q54), "decline");
  ASSERT_EQ(declined.status, 200u);
  EXPECT_EQ(declined.obj().at("status").as_string(), "declined");
  auto mine = anonymous().get(base() + "/meeting-requests?registration=" + std::to_string(p(1).id) +
                              "&key=" + p(1).key);
  EXPECT_EQ(mine.obj().at("items").as_array().size(), 3u);

  // Company 1 cannot attend the first slot; a slot the event does not have is named.
  auto bad_slot = anonymous().send("PUT", own(1, "unavailable"), R"({"slots":[0,9]})",
                                   {{"Content-Type", "application/json"}});
  EXPECT_EQ(bad_slot.error_fields(), std::vector<std::string>{"slots[1]"});
  auto unavailable = anonymous().send("PUT", own(1, "unavailable"), R"({"slots":[0]})",
                                      {{"Content-Type", "application/json"}});
  ASSERT_EQ(unavailable.status, 200u) << unavailable.raw.body;

  EXPECT_EQ(anonymous().get(own(1, "agenda")).status, 409u);  // not published yet
  EXPECT_EQ(as(partner()).post(base() + "/meetings/schedule", json::object{}).status, 403u);
  auto s = run("all");
  ASSERT_EQ(s.status, 200u) << s.raw.body;
  EXPECT_EQ(s.obj().at("meetings").as_array().size(), 4u);
  EXPECT_TRUE(s.obj().at("unplaced").as_array().empty());
  EXPECT_EQ(s.obj().at("total_weight").as_int64(), 5 + 3 + 4 + 2);
  expect_valid(s.obj(), {0});

  // Staff move a meeting by hand: a clash is refused with its reason, a free place kept.
  // The meeting of companies 2 and 3: each also meets company 1, so of the four
  // slots one is free for both.
  json::value first;
  std::set<std::int64_t> busy_2_3;
  for (const auto& m : s.obj().at("meetings").as_array()) {
    if (m.at("request").at("id").as_int64() == id(q23)) first = m;
  }
  ASSERT_TRUE(first.is_object());
  for (const auto& m : s.obj().at("meetings").as_array()) {
    for (const char* side : {"from", "to"}) {
      const auto who = m.at("request").at(side).at("registration_id").as_int64();
      if (who == p(2).id || who == p(3).id) busy_2_3.insert(m.at("slot").as_int64());
    }
  }
  const auto mid = std::to_string(first.at("id").as_int64());
  int free_slot = -1;
  for (int slot = 0; slot < 4; ++slot) {
    if (!busy_2_3.count(slot)) free_slot = slot;
  }
  ASSERT_GE(free_slot, 0);
  EXPECT_EQ(as(staff())
                .patch(base() + "/meetings/" + mid, json::object{{"slot", 7}, {"table", 0}})
                .error_fields(),
            std::vector<std::string>{"slot"});
  auto moved = as(staff()).patch(base() + "/meetings/" + mid,
                                 json::object{{"slot", free_slot}, {"table", 1}});
  // The table may be taken in that slot; then the other table is free.
  if (moved.status == 409u) {
    moved = as(staff()).patch(base() + "/meetings/" + mid,
                              json::object{{"slot", free_slot}, {"table", 0}});
  }
  ASSERT_EQ(moved.status, 200u) << moved.raw.body;
  auto again = run("best");
  ASSERT_EQ(again.status, 200u) << again.raw.body;
  bool kept = false;
  for (const auto& m : again.obj().at("meetings").as_array()) {
    if (m.at("id") == first.at("id")) {
      kept = m.at("slot").as_int64() == free_slot && m.at("fixed").as_bool();
    }
  }
  EXPECT_TRUE(kept) << again.raw.body;
  expect_valid(again.obj(), {0});

  // Published: each participant reads their own agenda, with times.
  auto published = as(staff()).post(base() + "/meetings/publish", json::object{});
  ASSERT_EQ(published.status, 200u) << published.raw.body;
  EXPECT_FALSE(published.obj().at("published_at").is_null());
  auto agenda = anonymous().get(own(1, "agenda"));
  ASSERT_EQ(agenda.status, 200u) << agenda.raw.body;
  const auto& meetings = agenda.obj().at("meetings").as_array();
  EXPECT_EQ(meetings.size(), 3u);  // with companies 2, 3 and 4
  for (const auto& m : meetings) {
    const auto slot = m.at("slot").as_int64();
    EXPECT_NE(slot, 0);
    const std::string expected = slot == 1   ? "2099-03-18T01:50:00.000Z"
                                 : slot == 2 ? "2099-03-18T02:10:00.000Z"
                                             : "2099-03-18T02:30:00.000Z";
    EXPECT_EQ(m.at("starts_at").as_string(), expected);
  }
  auto outbox = as(staff()).get("/api/outbox?event_id=" + std::to_string(event_));
  int agendas = 0;
  for (const auto& m : outbox.obj().at("items").as_array())
    agendas += m.at("kind").as_string() == "agenda";
  EXPECT_EQ(agendas, 4);  // companies 1 to 4 have meetings

  // Withdrawing an accepted request takes its meeting off the schedule.
  EXPECT_EQ(answer(4, id(q41), "withdraw").status, 200u);
  EXPECT_EQ(as(staff()).get(base() + "/meetings").obj().at("meetings").as_array().size(), 3u);
}

TEST_P(Meetings, AnEventWithoutB2BRoundsHasNoMeetings) {
  auto r = as(staff()).post("/api/events", json::object{{"title", {{"en", "Seminar"}}},
                                                        {"type", "workshop"},
                                                        {"starts_at", "2099-03-18T09:00:00+08:00"},
                                                        {"ends_at", "2099-03-18T17:00:00+08:00"}});
  ASSERT_EQ(r.status, 201u);
  EXPECT_EQ(as(staff())
                .get("/api/events/" + std::to_string(r.obj().at("id").as_int64()) + "/meetings")
                .status,
            409u);
}

ICITY_ON_EVERY_DATABASE(Meetings);

}  // namespace
}  // namespace icity::testing
