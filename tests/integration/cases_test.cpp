// Foreign-related matters over HTTP on both databases, as staff work them: the
// intake's answer (the contract), the whole workflow with public replies and
// internal notes, due dates in business time (paused while waiting on the
// requester), illegal moves (409 with the reason), who may do what, the
// queues and their counts, escalations, the audit trail.
#include <soci/soci.h>

#include <algorithm>
#include <set>

#include "app/holiday_calendar.hpp"
#include "core/instant.hpp"
#include "desk_fixture.hpp"
#include "store/database.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Cases : public DeskTest {
 protected:
  std::vector<std::string> kinds_of(const Identity& who) {
    std::vector<std::string> out;
    const auto r = as(who).get("/api/notifications");
    for (const auto& n : r.obj().at("items").as_array()) {
      out.emplace_back(n.at("kind").as_string());
    }
    return out;
  }
  std::vector<std::int64_t> ids_in(const std::string& query) {
    std::vector<std::int64_t> out;
    std::string cursor;
    do {
      auto r = as(staff()).get("/api/cases?limit=2&" + query +
                               (cursor.empty() ? "" : "&cursor=" + cursor));
      EXPECT_EQ(r.status, 200u) << r.raw.body;
      if (r.status != 200) break;
      for (const auto& c : r.obj().at("items").as_array()) out.push_back(c.at("id").as_int64());
      const auto& next = r.obj().at("next_cursor");
      cursor = next.is_string() ? std::string(next.as_string()) : "";
    } while (!cursor.empty());
    return out;
  }
};

TEST_P(Cases, TheIntakeAnswersTheContractAndStartsTheClock) {
  // The contract's body alone.
  auto r = anonymous().post(
      "/api/cases", json::object{{"service_id", service_id_},
                                 {"contact", {{"name", "李雷"}, {"email", "li@example.cn"}}},
                                 {"language", "zh"},
                                 {"description", "咨询外籍人才工作许可的办理流程。"}});
  ASSERT_EQ(r.status, 201u) << r.raw.body;
  const auto id = r.obj().at("id").as_int64();
  const std::string url(r.obj().at("status_url").as_string());
  EXPECT_TRUE(url.starts_with("/desk/cases/" + std::to_string(id) + "?key=")) << url;
  EXPECT_EQ(std::string(r.obj().at("number").as_string()).substr(0, 3), "FR-");

  auto c = as(staff()).get("/api/cases/" + std::to_string(id));
  ASSERT_EQ(c.status, 200u) << c.raw.body;
  EXPECT_EQ(c.obj().at("status").as_string(), "new");
  EXPECT_EQ(c.obj().at("team").at("key").as_string(), "investment");
  // Due: 16 business hours after intake, on China's calendar.
  const auto created = core::parse_instant(c.obj().at("created_at").as_string());
  const auto& calendar = app::china_holiday_calendar().calendar;
  EXPECT_EQ(c.obj().at("due_at").as_string(),
            core::format_instant(calendar.add_business_minutes(*created, 16 * 60)));
  EXPECT_GT(*core::parse_instant(c.obj().at("due_at").as_string()) - *created,
            std::int64_t{16} * 3600 * 1000 - 1);

  // The requester is told, with the link; the team hears of a new case.
  auto outbox = as(staff()).get("/api/outbox");
  bool told = false;
  for (const auto& m : outbox.obj().at("items").as_array()) {
    told |= m.at("kind").as_string() == "case.received" &&
            std::string(m.at("body").at("en").as_string()).find(url) != std::string::npos;
  }
  EXPECT_TRUE(told) << outbox.raw.body;
  EXPECT_EQ(kinds_of(staff()), std::vector<std::string>{"case.new"});
  EXPECT_TRUE(kinds_of(admin()).empty());  // not in the team
}

TEST_P(Cases, TheWholeWorkflowWithRepliesNotesAndAPausedClock) {
  auto c = open_case();
  // Assigned to the caller by default, then worked on.
  auto assigned = move(c, "assigned");
  ASSERT_EQ(assigned.status, 200u) << assigned.raw.body;
  EXPECT_EQ(assigned.obj().at("assignee").at("id").as_int64(), staff().user.id);
  ASSERT_EQ(move(c, "in_progress").status, 200u);

  // A public reply (the first response) and an internal note.
  auto reply = as(staff()).post(
      c.path() + "/notes", json::object{{"internal", false}, {"body", "Please send your lease."}});
  ASSERT_EQ(reply.status, 201u) << reply.raw.body;
  auto note = as(staff()).post(
      c.path() + "/notes", json::object{{"internal", true}, {"body", "Landlord is a partner."}});
  ASSERT_EQ(note.status, 201u) << note.raw.body;

  // The business time left, at most the service's target while the clock runs.
  auto running = as(staff()).get(c.path());
  EXPECT_FALSE(running.obj().at("clock_stopped").as_bool());
  const auto left = running.obj().at("business_minutes_left").as_int64();
  EXPECT_LE(left, running.obj().at("target_hours").as_int64() * 60);
  EXPECT_GT(left, 0);

  // Waiting on the requester stops the clock; their reply restarts it.
  ASSERT_EQ(move(c, "waiting_on_requester").status, 200u);
  auto waiting = as(staff()).get(c.path());
  EXPECT_TRUE(waiting.obj().at("clock_stopped").as_bool());
  EXPECT_LE(waiting.obj().at("business_minutes_left").as_int64(), left);
  const auto due_before = *core::parse_instant(waiting.obj().at("due_at").as_string());
  auto answer = anonymous().post(c.keyed("replies"), json::object{{"body", "Attached, thanks."}});
  ASSERT_EQ(answer.status, 201u) << answer.raw.body;
  auto now = as(staff()).get(c.path());
  EXPECT_EQ(now.obj().at("status").as_string(), "in_progress");
  EXPECT_GE(*core::parse_instant(now.obj().at("due_at").as_string()), due_before);
  EXPECT_NE(now.obj().at("first_response_at"), json::value(nullptr));
  const auto heard = kinds_of(staff());
  EXPECT_NE(std::find(heard.begin(), heard.end(), "case.requester_reply"), heard.end());

  // The requester never sees the internal note; staff see both.
  auto seen = anonymous().get(c.keyed());
  ASSERT_EQ(seen.status, 200u) << seen.raw.body;
  for (const auto& m : seen.obj().at("messages").as_array())
    EXPECT_FALSE(m.at("internal").as_bool());
  EXPECT_EQ(seen.raw.body.find("Landlord"), std::string::npos);
  EXPECT_EQ(seen.obj().at("messages").as_array().size(), 2u);
  EXPECT_EQ(now.obj().at("messages").as_array().size(), 3u);

  // Resolved: the requester is told, rates once and confirms.
  ASSERT_EQ(move(c, json::object{{"to", "resolved"}, {"message", "Registered."}}).status, 200u);
  auto rated = anonymous().post(c.keyed("rating"), json::object{{"score", 5}, {"comment", "快!"}});
  ASSERT_EQ(rated.status, 200u) << rated.raw.body;
  EXPECT_EQ(rated.obj().at("satisfaction").at("score").as_int64(), 5);
  EXPECT_FALSE(rated.obj().at("can_rate").as_bool());
  EXPECT_EQ(anonymous().post(c.keyed("rating"), json::object{{"score", 1}}).status, 409u);
  auto closed = anonymous().post(c.keyed("transitions"), json::object{{"to", "closed"}});
  ASSERT_EQ(closed.status, 200u) << closed.raw.body;
  EXPECT_EQ(closed.obj().at("status").as_string(), "closed");

  // The history holds every step with who made it; a finished case has no time left.
  auto done = as(staff()).get(c.path());
  EXPECT_TRUE(done.obj().at("business_minutes_left").is_null());
  std::vector<std::string> steps;
  for (const auto& s : done.obj().at("history").as_array())
    steps.emplace_back(s.at("to").as_string());
  EXPECT_EQ(steps,
            (std::vector<std::string>{"new", "assigned", "in_progress", "waiting_on_requester",
                                      "in_progress", "resolved", "closed"}));
  EXPECT_EQ(done.obj().at("history").as_array().back().at("actor").as_string(), "requester");
  EXPECT_EQ(done.obj().at("satisfaction").at("score").as_int64(), 5);

  // Every change is audited.
  auto trail =
      as(admin()).get("/api/audit?entity=case&entity_id=" + std::to_string(c.id) + "&limit=50");
  std::set<std::string> actions;
  for (const auto& a : trail.obj().at("items").as_array())
    actions.emplace(a.at("action").as_string());
  for (const char* a : {"create", "transition:assigned", "transition:in_progress",
                        "transition:waiting_on_requester", "transition:resolved",
                        "transition:closed", "rate", "update"}) {
    EXPECT_TRUE(actions.contains(a)) << a << " in " << trail.raw.body;
  }
  bool kinds = false;
  const auto outbox = as(staff()).get("/api/outbox");
  for (const auto& m : outbox.obj().at("items").as_array()) {
    kinds |= m.at("kind").as_string() == "case.resolved";
  }
  EXPECT_TRUE(kinds);
}

TEST_P(Cases, IllegalMovesAreConflictsWithTheirReasonAndOthersAreRefused) {
  auto c = open_case();
  auto skip = move(c, "resolved");
  ASSERT_EQ(skip.status, 409u) << skip.raw.body;
  EXPECT_TRUE(skip.is_problem());
  EXPECT_FALSE(std::string(skip.obj().at("detail").as_string()).empty());
  // Closing a new case needs a reason.
  EXPECT_EQ(move(c, "closed").status, 409u);
  EXPECT_EQ(as(partner()).post(c.path() + "/transitions", json::object{{"to", "assigned"}}).status,
            403u);
  EXPECT_EQ(anonymous().post(c.path() + "/transitions", json::object{{"to", "assigned"}}).status,
            401u);
  // The requester may not assign; an assignee must be staff; "to" is required.
  EXPECT_EQ(anonymous().post(c.keyed("transitions"), json::object{{"to", "assigned"}}).status,
            403u);
  EXPECT_EQ(
      move(c, json::object{{"to", "assigned"}, {"assignee", partner().user.id}}).error_fields(),
      std::vector<std::string>{"assignee"});
  EXPECT_EQ(move(c, json::object{{"message", "x"}}).error_fields(), std::vector<std::string>{"to"});
  EXPECT_EQ(move(c, json::object{{"to", "flying"}}).error_fields(), std::vector<std::string>{"to"});
  auto spam = move(c, json::object{{"to", "closed"}, {"message", "duplicate of FR-2024-00001"}});
  ASSERT_EQ(spam.status, 200u) << spam.raw.body;
  EXPECT_EQ(spam.obj().at("closed_at").is_string(), true);
  EXPECT_EQ(status_of(c), "closed");
  // A stale version is a conflict.
  auto other = open_case();
  EXPECT_EQ(move(other, json::object{{"to", "assigned"}, {"version", 7}}).status, 409u);
  EXPECT_EQ(as(staff()).get("/api/cases/999999").status, 404u);
}

TEST_P(Cases, TheRequesterReopensWithinTheWindowSayingWhy) {
  auto c = open_case();
  ASSERT_EQ(move(c, json::object{{"to", "assigned"}, {"assignee", admin().user.id}}).status, 200u);
  EXPECT_EQ(kinds_of(admin()), std::vector<std::string>{"case.assigned"});
  ASSERT_EQ(move(c, "in_progress").status, 200u);
  ASSERT_EQ(move(c, "resolved").status, 200u);
  auto view = anonymous().get(c.keyed());
  EXPECT_TRUE(view.obj().at("can_reopen").as_bool());
  EXPECT_TRUE(view.obj().at("reopen_until").is_string());
  EXPECT_EQ(anonymous().post(c.keyed("replies"), json::object{{"body", "still?"}}).status, 409u);
  EXPECT_EQ(
      anonymous().post(c.keyed("transitions"), json::object{{"to", "in_progress"}}).error_fields(),
      std::vector<std::string>{"message"});
  auto reopened =
      anonymous().post(c.keyed("transitions"),
                       json::object{{"to", "in_progress"}, {"message", "The licence has a typo."}});
  ASSERT_EQ(reopened.status, 200u) << reopened.raw.body;
  EXPECT_EQ(reopened.obj().at("status").as_string(), "in_progress");
  EXPECT_EQ(reopened.obj().at("resolved_at"), json::value(nullptr));
  // A wrong key opens nothing.
  EXPECT_EQ(anonymous().get(c.path() + "/public?key=nope").status, 404u);
  EXPECT_EQ(anonymous().get(c.path() + "/public").status, 404u);
}

TEST_P(Cases, QueuesFiltersPagesAndTheirCounts) {
  std::vector<OpenedCase> opened;
  for (int i = 0; i < 5; ++i)
    opened.push_back(open_case(intake_body("Requester " + std::to_string(i))));
  opened.push_back(open_case(intake_body("Quick one", quick_service_id_)));
  ASSERT_EQ(move(opened[0], "assigned").status, 200u);
  ASSERT_EQ(move(opened[1], json::object{{"to", "assigned"}, {"assignee", admin().user.id}}).status,
            200u);
  ASSERT_EQ(move(opened[2], json::object{{"to", "closed"}, {"message", "spam"}}).status, 200u);

  const auto all = ids_in("queue=all&sort=created");
  EXPECT_EQ(all.size(), 6u);
  EXPECT_TRUE(std::is_sorted(all.rbegin(), all.rend()));
  EXPECT_EQ(ids_in("queue=open").size(), 5u);
  EXPECT_EQ(ids_in("queue=mine"), std::vector<std::int64_t>{opened[0].id});
  EXPECT_EQ(ids_in("queue=unassigned").size(), 3u);
  EXPECT_EQ(ids_in("queue=team").size(), 5u);
  EXPECT_EQ(ids_in("queue=all&status=closed"), std::vector<std::int64_t>{opened[2].id});
  EXPECT_EQ(ids_in("queue=all&assignee_id=" + std::to_string(admin().user.id)),
            std::vector<std::int64_t>{opened[1].id});
  EXPECT_EQ(ids_in("queue=all&q=" + opened[3].number), std::vector<std::int64_t>{opened[3].id});
  EXPECT_EQ(ids_in("queue=all&q=requester%204"), std::vector<std::int64_t>{opened[4].id});
  // By due date: the one-hour service's case comes first.
  EXPECT_EQ(ids_in("queue=open").front(), opened[5].id);
  EXPECT_EQ(as(staff()).get("/api/cases?queue=everything").error_fields(),
            std::vector<std::string>{"queue"});
  EXPECT_EQ(as(staff()).get("/api/cases?status=new,lost").error_fields(),
            std::vector<std::string>{"status"});
  EXPECT_EQ(as(partner()).get("/api/cases").status, 403u);

  auto counts = as(staff()).get("/api/cases/summary");
  ASSERT_EQ(counts.status, 200u) << counts.raw.body;
  EXPECT_EQ(counts.obj().at("open").as_int64(), 5);
  EXPECT_EQ(counts.obj().at("unassigned").as_int64(), 3);
  EXPECT_EQ(counts.obj().at("mine").as_int64(), 1);
  EXPECT_EQ(counts.obj().at("by_status").at("closed").as_int64(), 1);
  EXPECT_EQ(counts.obj().at("by_status").at("new").as_int64(), 3);
  EXPECT_EQ(counts.obj().at("teams").as_array().at(0).at("open").as_int64(), 5);
}

TEST_P(Cases, OverdueAndAtRiskCasesAreEscalated) {
  auto late = open_case();
  auto soon = open_case();
  auto fine = open_case();
  // Time travel: one case was due yesterday, another is due in a few business minutes.
  const auto now = *core::parse_instant(store::Database::now_rfc3339());
  const auto& calendar = app::china_holiday_calendar().calendar;
  const std::string yesterday = core::format_instant(now - std::int64_t{24} * 3600 * 1000);
  const std::string shortly = core::format_instant(calendar.add_business_minutes(now, 30));
  ASSERT_TRUE(app().db().write([&](store::Tx& tx) -> core::Result<void> {
    tx.sql() << "UPDATE cases SET due_at = '" + yesterday +
                    "' WHERE id = " + std::to_string(late.id);
    tx.sql() << "UPDATE cases SET due_at = '" + shortly + "' WHERE id = " + std::to_string(soon.id);
    return {};
  }));
  auto r = as(staff()).get("/api/cases/escalations");
  ASSERT_EQ(r.status, 200u) << r.raw.body;
  const auto& items = r.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 2u) << r.raw.body;
  EXPECT_EQ(items[0].at("id").as_int64(), late.id);
  EXPECT_EQ(items[0].at("level").as_string(), "overdue");
  EXPECT_TRUE(items[0].at("overdue").as_bool());
  EXPECT_EQ(items[1].at("id").as_int64(), soon.id);
  EXPECT_EQ(items[1].at("level").as_string(), "at_risk");
  EXPECT_LE(items[1].at("left_minutes").as_int64(), 30);
  EXPECT_EQ(ids_in("queue=overdue"), std::vector<std::int64_t>{late.id});
  EXPECT_EQ(as(staff()).get("/api/cases/summary").obj().at("overdue").as_int64(), 1);
  (void)fine;
}

ICITY_ON_EVERY_DATABASE(Cases);

}  // namespace
}  // namespace icity::testing
