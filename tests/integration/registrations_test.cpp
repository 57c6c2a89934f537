// Registration over HTTP on both databases: seats, the waiting list and its
// order, promotion when someone cancels through their private link, the
// registration window, invitations and reminders — and 200 people
// registering at once for 50 seats.
#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Registrations : public NodeTest {
 protected:
  std::int64_t event(int capacity, const std::string& visibility = "public",
                     const std::string& closes = "2099-06-04T23:59:00+08:00") {
    auto r = as(staff()).post(
        "/api/events",
        json::object{
            {"title", {{"zh", "创新城市交流营"}, {"en", "Innovative cities exchange camp"}}},
            {"type", "exchange_camp"},
            {"starts_at", "2099-06-05T09:00:00+08:00"},
            {"ends_at", "2099-06-11T18:00:00+08:00"},
            {"capacity", capacity},
            {"visibility", visibility},
            {"registration_closes_at", closes}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.obj().at("id").as_int64();
  }
  static std::string path(std::int64_t id) {
    return "/api/events/" + std::to_string(id) + "/registrations";
  }
  static json::object person(const std::string& n) {
    return {{"name", {{"en", "Participant " + n}}},
            {"email", "p" + n + "@example.org"},
            {"organisation", "City of Barcelona"},
            {"country", "ES"}};
  }
  Answer enrol(std::int64_t id, const std::string& n) {
    return anonymous().post(path(id), person(n));
  }
};

TEST_P(Registrations, SeatsFirstThenTheWaitingListInOrderAndACancellationPromotesTheFirst) {
  const auto id = event(2);
  auto a = enrol(id, "1"), b = enrol(id, "2"), c = enrol(id, "3"), d = enrol(id, "4");
  ASSERT_EQ(a.status, 201u) << a.raw.body;
  EXPECT_EQ(a.obj().at("status").as_string(), "registered");
  EXPECT_TRUE(a.obj().at("position").is_null());
  EXPECT_EQ(b.obj().at("status").as_string(), "registered");
  EXPECT_EQ(c.obj().at("status").as_string(), "waitlisted");
  EXPECT_EQ(c.obj().at("position").as_int64(), 1);
  EXPECT_EQ(d.obj().at("position").as_int64(), 2);
  // The same email twice is refused.
  EXPECT_EQ(enrol(id, "1").status, 409u);

  // The first registrant cancels through the private link: the first waiting takes the seat.
  const auto rid = a.obj().at("id").as_int64();
  const std::string key(a.obj().at("key").as_string());
  const auto mine = path(id) + "/" + std::to_string(rid);
  EXPECT_EQ(anonymous().del(mine).status, 404u);  // no key: as if it did not exist
  EXPECT_EQ(anonymous().del(mine + "?key=wrong").status, 404u);
  auto cancelled = anonymous().del(mine + "?key=" + key);
  ASSERT_EQ(cancelled.status, 200u) << cancelled.raw.body;
  EXPECT_EQ(cancelled.obj().at("status").as_string(), "cancelled");
  EXPECT_EQ(anonymous().del(mine + "?key=" + key).status, 409u);

  const auto cid = std::to_string(c.obj().at("id").as_int64());
  const std::string ckey(c.obj().at("key").as_string());
  auto promoted = anonymous().get(path(id) + "/" + cid + "?key=" + ckey);
  ASSERT_EQ(promoted.status, 200u) << promoted.raw.body;
  EXPECT_EQ(promoted.obj().at("status").as_string(), "registered");
  const std::string dkey(d.obj().at("key").as_string());
  auto moved_up = anonymous().get(path(id) + "/" + std::to_string(d.obj().at("id").as_int64()) +
                                  "?key=" + dkey);
  EXPECT_EQ(moved_up.obj().at("position").as_int64(), 1);

  // Staff see all four in order of arrival; the promoted one was told.
  auto all = as(staff()).get(path(id));
  ASSERT_EQ(all.status, 200u);
  const auto& items = all.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 4u);
  EXPECT_EQ(items[0].at("status").as_string(), "cancelled");
  EXPECT_EQ(anonymous().get(path(id)).status, 401u);
  auto outbox = as(staff()).get("/api/outbox?event_id=" + std::to_string(id));
  const auto& messages = outbox.obj().at("items").as_array();
  EXPECT_TRUE(std::any_of(messages.begin(), messages.end(), [](const json::value& m) {
    return m.at("kind").as_string() == "promoted" &&
           m.at("to").at("email").as_string() == "p3@example.org";
  })) << outbox.raw.body;
  auto e = anonymous().get("/api/events/" + std::to_string(id));
  EXPECT_EQ(e.obj().at("registrations").at("registered").as_int64(), 2);
  EXPECT_EQ(e.obj().at("registrations").at("waitlisted").as_int64(), 1);
}

TEST_P(Registrations, RaisingTheCapacityGivesTheNewSeatsToTheWaitingList) {
  const auto id = event(1);
  enrol(id, "1");
  auto waiting = enrol(id, "2");
  EXPECT_EQ(waiting.obj().at("status").as_string(), "waitlisted");
  auto raised = as(staff()).patch("/api/events/" + std::to_string(id),
                                  json::object{{"version", 1}, {"capacity", 2}});
  ASSERT_EQ(raised.status, 200u) << raised.raw.body;
  EXPECT_EQ(raised.obj().at("registrations").at("registered").as_int64(), 2);
  EXPECT_EQ(raised.obj().at("registrations").at("waitlisted").as_int64(), 0);
}

TEST_P(Registrations, BadInputAndAClosedWindowAreRefusedWithTheirReason) {
  const auto id = event(10);
  auto bad = anonymous().post(path(id), json::object{{"name", {{"en", ""}}},
                                                     {"email", "not an email"},
                                                     {"country", "Spain"},
                                                     {"shoe_size", 42}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  auto fields = bad.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"country", "email", "name", "shoe_size"}));
  EXPECT_EQ(anonymous().post("/api/events/999999/registrations", person("1")).status, 404u);

  const auto closed = event(10, "public", "2020-01-01T00:00:00Z");
  auto late = enrol(closed, "1");
  ASSERT_EQ(late.status, 409u) << late.raw.body;
  EXPECT_NE(late.raw.body.find("registration has closed"), std::string::npos) << late.raw.body;
}

TEST_P(Registrations, AnInvitationOnlyEventTakesTheInvitedThroughTheirLinkAndRemindsTheOthers) {
  const auto id = event(10, "invitation");
  auto refused = enrol(id, "1");
  ASSERT_EQ(refused.status, 409u) << refused.raw.body;
  auto invited = as(staff()).post(
      "/api/events/" + std::to_string(id) + "/invitations",
      json::object{
          {"invitations", json::array{{{"name", {{"en", "Marta"}}}, {"email", "p1@example.org"}},
                                      {{"email", "p2@example.org"}}}}});
  ASSERT_EQ(invited.status, 201u) << invited.raw.body;
  const auto& links = invited.obj().at("items").as_array();
  ASSERT_EQ(links.size(), 2u);
  auto again =
      as(staff()).post("/api/events/" + std::to_string(id) + "/invitations",
                       json::object{{"invitations", json::array{{{"email", "p2@example.org"}}}}});
  EXPECT_EQ(again.error_fields(), std::vector<std::string>{"invitations[0].email"});

  auto body = person("1");
  body["invitation"] = links[0].at("key");
  auto ok = anonymous().post(path(id), body);
  ASSERT_EQ(ok.status, 201u) << ok.raw.body;
  auto forged = person("9");
  forged["invitation"] = "forged";
  auto refused_key = anonymous().post(path(id), forged);
  EXPECT_EQ(refused_key.error_fields(), std::vector<std::string>{"invitation"})
      << refused_key.raw.body;
  EXPECT_EQ(anonymous().post(path(id), person("9")).status, 409u);

  auto reminded = as(staff()).post("/api/events/" + std::to_string(id) + "/invitations/reminders",
                                   json::object{});
  ASSERT_EQ(reminded.status, 200u) << reminded.raw.body;
  EXPECT_EQ(reminded.obj().at("queued").as_int64(), 1);  // only p2 has not registered
  auto list = as(staff()).get("/api/events/" + std::to_string(id) + "/invitations");
  const auto& invitations = list.obj().at("items").as_array();
  EXPECT_FALSE(invitations[0].at("registration_id").is_null());
  EXPECT_EQ(invitations[1].at("reminders").as_int64(), 1);
  // A second reminder within 20 hours is not sent.
  reminded = as(staff()).post("/api/events/" + std::to_string(id) + "/invitations/reminders",
                              json::object{});
  EXPECT_EQ(reminded.obj().at("queued").as_int64(), 0);
}

TEST_P(Registrations, TwoHundredAtOnceForFiftySeatsGiveFiftySeatsAndAWaitingListInOrder) {
  const auto id = event(50);
  constexpr int kPeople = 200;
  std::vector<Answer> answers(kPeople);
  std::vector<std::thread> threads;
  std::atomic<bool> go{false};
  for (int i = 0; i < kPeople; ++i) {
    threads.emplace_back([&, i] {
      while (!go.load()) std::this_thread::yield();
      answers[i] = enrol(id, std::to_string(i));
    });
  }
  go = true;
  for (auto& t : threads) t.join();
  int registered = 0;
  std::vector<std::pair<std::int64_t, std::int64_t>> waiting;  // (arrival, position)
  for (const auto& a : answers) {
    ASSERT_EQ(a.status, 201u) << a.raw.body;
    if (a.obj().at("status").as_string() == "registered") {
      ++registered;
    } else {
      waiting.emplace_back(a.obj().at("arrival").as_int64(), a.obj().at("position").as_int64());
    }
  }
  EXPECT_EQ(registered, 50);
  ASSERT_EQ(waiting.size(), 150u);
  std::sort(waiting.begin(), waiting.end());
  for (std::size_t i = 0; i < waiting.size(); ++i) {
    EXPECT_EQ(waiting[i].second, static_cast<std::int64_t>(i) + 1)
        << "arrival " << waiting[i].first;
  }
  // The stored list agrees: 1 … 150 in order of arrival, after the 50 seats.
  auto all = as(staff()).get(path(id));
  const auto& items = all.obj().at("items").as_array();
  ASSERT_EQ(items.size(), 200u);
  for (std::size_t i = 0; i < items.size(); ++i) {
    EXPECT_EQ(items[i].at("status").as_string(), i < 50 ? "registered" : "waitlisted");
    if (i >= 50) {
      EXPECT_EQ(items[i].at("position").as_int64(), static_cast<std::int64_t>(i) - 49);
    }
  }
}

ICITY_ON_EVERY_DATABASE(Registrations);

}  // namespace
}  // namespace icity::testing
