// Introductions over HTTP on both databases: the path from interest to an
// outcome (the meeting recorded as an interaction, in both timelines), the
// answers of the other side, illegal moves (409) and moves that are not the
// caller's (403), what a third organisation's partner cannot see, the
// notifications of the people concerned, the dashboard's counts, bad input,
// the audit trail and the change log.
#include <algorithm>
#include <atomic>
#include <set>
#include <thread>

#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class Introductions : public NodeTest {
 protected:
  void SetUp() override {
    NodeTest::SetUp();
    if (HasFatalFailure()) return;
    other_partner_ = partner_of(other_org_id(), "other-partner@test.icity");
    auto third = as(staff()).post("/api/organisations", org_body("第三方", "Third Party Ltd"));
    ASSERT_EQ(third.status, 201u) << third.raw.body;
    third_org_ = third.obj().at("id").as_int64();
    stranger_ = partner_of(third_org_, "stranger@test.icity");
  }

  Identity partner_of(core::Id org, const std::string& email) {
    app::NewUser u;
    u.email = email;
    u.role = core::Role::kPartner;
    u.password = kPassword;
    u.organisation_id = org;
    EXPECT_TRUE(app().auth().add_user(u, app::system_context("test")));
    return login(email);
  }

  static std::string path(std::int64_t id) { return "/api/introductions/" + std::to_string(id); }
  Answer move(const Identity& who, std::int64_t id, json::object body) {
    return as(who).post(path(id) + "/transitions", body);
  }
  Answer move(const Identity& who, std::int64_t id, const std::string& to) {
    return move(who, id, json::object{{"to", to}});
  }
  // The partner's organisation expresses interest in the other one.
  std::int64_t interest() {
    auto r = as(partner()).post("/api/introductions",
                                json::object{{"to_organisation_id", other_org_id()}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  // The kinds of the caller's notifications, newest first.
  std::vector<std::string> kinds(const Identity& who, const std::string& query = "") {
    auto r = as(who).get("/api/notifications" + query);
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    std::vector<std::string> out;
    for (const auto& n : r.obj().at("items").as_array()) {
      out.emplace_back(n.at("kind").as_string());
    }
    return out;
  }
  static std::vector<std::string> statuses(const Answer& a) {
    std::vector<std::string> out;
    for (const auto& s : a.obj().at("steps").as_array())
      out.emplace_back(s.at("status").as_string());
    return out;
  }
  json::array timeline(const Identity& who, core::Id org) {
    auto r = as(who).get("/api/organisations/" + std::to_string(org) + "/timeline");
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    return r.status == 200 ? r.obj().at("items").as_array() : json::array{};
  }

  Identity other_partner_, stranger_;
  core::Id third_org_ = 0;
};

using V = std::vector<std::string>;

TEST_P(Introductions, TheWholePathFromInterestToAnOutcome) {
  auto created = as(partner()).post(
      "/api/introductions",
      json::object{{"to_organisation_id", other_org_id()},
                   {"score", 0.75},
                   {"message", {{"zh", "希望合作"}, {"en", "We would like to work together"}}}});
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& n = created.obj();
  const auto id = n.at("id").as_int64();
  EXPECT_EQ(n.at("status").as_string(), "interest");
  EXPECT_EQ(n.at("version").as_int64(), 1);
  EXPECT_EQ(n.at("from_organisation").at("id").as_int64(), partner_org_id());
  EXPECT_EQ(n.at("from_organisation").at("name").at("en").as_string(), "iMakerbase");
  EXPECT_EQ(n.at("to_organisation").at("id").as_int64(), other_org_id());
  EXPECT_TRUE(n.at("opportunity").is_null());
  EXPECT_TRUE(n.at("delegation_id").is_null());
  EXPECT_DOUBLE_EQ(n.at("score").to_number<double>(), 0.75);
  EXPECT_TRUE(n.at("outcome").is_null());
  EXPECT_TRUE(n.at("interaction_id").is_null());
  ASSERT_EQ(statuses(created), V{"interest"});
  EXPECT_EQ(n.at("steps").at(0).at("actor").as_string(), "partner@test.icity");
  EXPECT_EQ(n.at("steps").at(0).at("message").at("zh").as_string(), "希望合作");

  ASSERT_EQ(move(partner(), id, "requested").status, 200u);
  auto accepted = move(other_partner_, id, json::object{{"to", "accepted"}, {"version", 2}});
  ASSERT_EQ(accepted.status, 200u) << accepted.raw.body;
  EXPECT_EQ(accepted.obj().at("status").as_string(), "accepted");
  auto met =
      move(partner(), id,
           json::object{{"to", "met"},
                        {"date", "2024-05-20"},
                        {"summary", {{"zh", "讨论了试点项目"}, {"en", "Discussed a pilot"}}}});
  ASSERT_EQ(met.status, 200u) << met.raw.body;
  ASSERT_TRUE(met.obj().at("interaction_id").is_int64()) << met.raw.body;
  const auto interaction_id = met.obj().at("interaction_id").as_int64();

  // The meeting is an interaction of both organisations.
  auto meeting = as(staff()).get("/api/interactions/" + std::to_string(interaction_id));
  ASSERT_EQ(meeting.status, 200u) << meeting.raw.body;
  EXPECT_EQ(meeting.obj().at("type").as_string(), "meeting");
  EXPECT_EQ(meeting.obj().at("date").as_string(), "2024-05-20");
  EXPECT_EQ(meeting.obj().at("summary").at("en").as_string(), "Discussed a pilot");
  EXPECT_EQ(meeting.obj().at("organisations").as_array().size(), 2u);
  auto listed =
      as(partner()).get("/api/interactions?organisation_id=" + std::to_string(other_org_id()));
  ASSERT_EQ(listed.status, 200u);
  ASSERT_EQ(listed.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(listed.obj().at("items").at(0).at("id").as_int64(), interaction_id);

  auto concluded = move(
      other_partner_, id,
      json::object{
          {"to", "concluded"}, {"outcome", "project"}, {"message", {{"en", "A pilot in 2027"}}}});
  ASSERT_EQ(concluded.status, 200u) << concluded.raw.body;
  EXPECT_EQ(concluded.obj().at("outcome").as_string(), "project");
  EXPECT_EQ(concluded.obj().at("version").as_int64(), 5);
  EXPECT_EQ(statuses(concluded), (V{"interest", "requested", "accepted", "met", "concluded"}));
  EXPECT_EQ(concluded.obj().at("steps").at(2).at("actor").as_string(), "other-partner@test.icity");

  // Both timelines: the meeting and every step, newest first.
  for (auto org : {partner_org_id(), other_org_id()}) {
    const auto items = timeline(staff(), org);
    ASSERT_EQ(items.size(), 6u) << json::serialize(items);
    EXPECT_EQ(items[0].at("type").as_string(), "introduction_step");
    EXPECT_EQ(items[0].at("status").as_string(), "concluded");
    EXPECT_EQ(items[0].at("introduction_id").as_int64(), id);
    EXPECT_EQ(items[0].at("outgoing").as_bool(), org == partner_org_id());
    EXPECT_EQ(items[0].at("other_organisation").at("id").as_int64(),
              org == partner_org_id() ? other_org_id() : partner_org_id());
    EXPECT_EQ(items[4].at("status").as_string(), "interest");
    EXPECT_EQ(items[5].at("type").as_string(), "interaction");  // dated the day of the meeting
    EXPECT_EQ(items[5].at("id").as_int64(), interaction_id);
    EXPECT_EQ(items[5].at("date").as_string(), "2024-05-20");
    EXPECT_EQ(items[5].at("other_organisations").at(0).at("id").as_int64(),
              org == partner_org_id() ? other_org_id() : partner_org_id());
  }
  // Pages of the timeline follow one another without gaps or repeats.
  auto first = as(partner()).get("/api/organisations/" + std::to_string(partner_org_id()) +
                                 "/timeline?limit=4");
  ASSERT_EQ(first.status, 200u);
  ASSERT_EQ(first.obj().at("items").as_array().size(), 4u);
  ASSERT_TRUE(first.obj().at("next_cursor").is_string());
  auto second = as(partner()).get(
      "/api/organisations/" + std::to_string(partner_org_id()) +
      "/timeline?limit=4&cursor=" + std::string(first.obj().at("next_cursor").as_string()));
  ASSERT_EQ(second.status, 200u);
  ASSERT_EQ(second.obj().at("items").as_array().size(), 2u) << second.raw.body;
  EXPECT_EQ(second.obj().at("items").at(0).at("status").as_string(), "interest");
  EXPECT_TRUE(second.obj().at("next_cursor").is_null());

  // The dashboard counts every step reached.
  auto dashboard = as(staff()).get("/api/dashboard/summary");
  ASSERT_EQ(dashboard.status, 200u);
  const auto& counts = dashboard.obj().at("introductions").as_object();
  for (const char* s : {"interest", "requested", "accepted", "met", "concluded"}) {
    EXPECT_EQ(counts.at(s).as_int64(), 1) << s;
  }
  EXPECT_EQ(counts.at("declined").as_int64(), 0);
  EXPECT_EQ(counts.at("withdrawn").as_int64(), 0);

  // Every step is in the audit trail, and the meeting too.
  auto trail = as(admin()).get("/api/audit?entity=introduction&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  const auto& rows = trail.obj().at("items").as_array();
  ASSERT_EQ(rows.size(), 5u) << trail.raw.body;
  EXPECT_EQ(rows[0].at("action").as_string(), "transition:concluded");
  EXPECT_EQ(rows[0].at("before").at("status").as_string(), "met");
  EXPECT_EQ(rows[0].at("after").at("outcome").as_string(), "project");
  EXPECT_EQ(rows[4].at("action").as_string(), "create");
  auto meeting_trail =
      as(admin()).get("/api/audit?entity=interaction&entity_id=" + std::to_string(interaction_id));
  ASSERT_EQ(meeting_trail.obj().at("items").as_array().size(), 1u);

  // And in the change log, with the notifications.
  std::set<std::string> entities;
  for (const auto& c : app().db().changes_since(0, 100000)) entities.insert(c.entity);
  EXPECT_TRUE(entities.contains("introduction"));
  EXPECT_TRUE(entities.contains("notification"));
  EXPECT_TRUE(entities.contains("interaction"));
}

TEST_P(Introductions, TheOtherSideDeclinesWithAMessage) {
  auto created = as(staff()).post("/api/introductions",
                                  json::object{{"from_organisation_id", partner_org_id()},
                                               {"to_organisation_id", other_org_id()}});
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto id = created.obj().at("id").as_int64();
  ASSERT_EQ(move(staff(), id, "requested").status, 200u);
  auto silent = move(other_partner_, id, "declined");
  ASSERT_EQ(silent.status, 422u) << silent.raw.body;
  EXPECT_EQ(silent.error_fields(), V{"message"});
  auto declined =
      move(other_partner_, id,
           json::object{{"to", "declined"},
                        {"message", {{"zh", "今年预算已满"}, {"en", "No budget this year"}}}});
  ASSERT_EQ(declined.status, 200u) << declined.raw.body;
  EXPECT_EQ(declined.obj().at("status").as_string(), "declined");
  EXPECT_EQ(declined.obj().at("steps").at(2).at("message").at("en").as_string(),
            "No budget this year");
  // It is over: nothing moves it any more.
  for (const char* to : {"accepted", "requested", "withdrawn", "met"}) {
    auto r = move(staff(), id, to);
    EXPECT_EQ(r.status, 409u) << to;
    EXPECT_NE(r.obj().at("detail").as_string().find("declined"), std::string::npos) << r.raw.body;
  }
  // The from side heard of it, with the reason; the one who declined did not.
  auto mine = as(partner()).get("/api/notifications");
  ASSERT_EQ(mine.status, 200u);
  const auto& newest = mine.obj().at("items").at(0);
  EXPECT_EQ(newest.at("kind").as_string(), "introduction.declined");
  EXPECT_NE(newest.at("body").at("en").as_string().find("No budget this year"), std::string::npos);
  EXPECT_NE(newest.at("body").at("zh").as_string().find("华为"), std::string::npos);
  EXPECT_EQ(newest.at("link").as_string(), "/introductions/" + std::to_string(id));
  EXPECT_EQ(kinds(other_partner_).front(), "introduction.requested");
  // The staff user who created it hears of every step but their own.
  EXPECT_EQ(kinds(staff()).front(), "introduction.declined");
  auto dashboard = as(staff()).get("/api/dashboard/summary");
  EXPECT_EQ(dashboard.obj().at("introductions").at("declined").as_int64(), 1);
  EXPECT_EQ(dashboard.obj().at("introductions").at("accepted").as_int64(), 0);
}

TEST_P(Introductions, IllegalMovesAreConflictsAndOthersMovesForbidden) {
  const auto id = interest();
  auto early = move(staff(), id, "accepted");  // not yet requested
  ASSERT_EQ(early.status, 409u);
  EXPECT_NE(early.obj().at("detail").as_string().find("requested"), std::string::npos);
  EXPECT_TRUE(early.is_problem());
  // The to side does not request on the from side's behalf.
  auto not_theirs = move(other_partner_, id, "requested");
  ASSERT_EQ(not_theirs.status, 403u) << not_theirs.raw.body;
  EXPECT_NE(not_theirs.obj().at("detail").as_string().find("expressed interest"),
            std::string::npos);
  ASSERT_EQ(move(partner(), id, "requested").status, 200u);
  // The from side does not answer its own request.
  EXPECT_EQ(move(partner(), id, "accepted").status, 403u);
  // A stale version.
  auto stale = move(other_partner_, id, json::object{{"to", "accepted"}, {"version", 1}});
  EXPECT_EQ(stale.status, 409u);
  ASSERT_EQ(move(other_partner_, id, "accepted").status, 200u);
  EXPECT_EQ(move(other_partner_, id, "withdrawn").status, 403u);  // only the from side
  EXPECT_EQ(move(partner(), id, "concluded").status, 409u);       // not met yet
  ASSERT_EQ(move(staff(), id,
                 json::object{{"to", "met"}, {"date", "2026-12-01"}, {"summary", {{"en", "Met"}}}})
                .status,
            200u);
  auto late = move(partner(), id, "withdrawn");
  EXPECT_EQ(late.status, 409u);
  EXPECT_NE(late.obj().at("detail").as_string().find("after the meeting"), std::string::npos);
  EXPECT_EQ(move(partner(), id, "met").status, 409u);  // already
  auto no_outcome = move(partner(), id, "concluded");
  EXPECT_EQ(no_outcome.status, 422u);
  EXPECT_EQ(no_outcome.error_fields(), V{"outcome"});
  auto unknown = move(partner(), id, json::object{{"to", "married"}, {"outcome", "bliss"}});
  EXPECT_EQ(unknown.status, 422u);
  EXPECT_EQ(unknown.error_fields(), (V{"to", "outcome"}));
  EXPECT_EQ(move(partner(), id, json::object{{"to", "concluded"}, {"outcome", "no_deal"}}).status,
            200u);

  // The from side withdraws an open one.
  auto other =
      as(partner()).post("/api/introductions", json::object{{"to_organisation_id", third_org_}});
  ASSERT_EQ(other.status, 201u) << other.raw.body;
  auto withdrawn = move(partner(), other.obj().at("id").as_int64(), "withdrawn");
  ASSERT_EQ(withdrawn.status, 200u) << withdrawn.raw.body;
  EXPECT_EQ(withdrawn.obj().at("status").as_string(), "withdrawn");
}

TEST_P(Introductions, AThirdOrganisationsPartnerSeesNoneOfIt) {
  const auto id = interest();
  EXPECT_EQ(as(stranger_).get(path(id)).status, 404u);
  EXPECT_EQ(move(stranger_, id, "requested").status, 404u);
  EXPECT_EQ(move(stranger_, id, "withdrawn").status, 404u);
  auto list = as(stranger_).get("/api/introductions");
  ASSERT_EQ(list.status, 200u);
  EXPECT_TRUE(list.obj().at("items").as_array().empty());
  auto filtered =
      as(stranger_).get("/api/introductions?organisation_id=" + std::to_string(partner_org_id()));
  EXPECT_TRUE(filtered.obj().at("items").as_array().empty());
  // Nor the steps in either timeline.
  EXPECT_TRUE(timeline(stranger_, partner_org_id()).empty());
  EXPECT_EQ(timeline(partner(), partner_org_id()).size(), 1u);
  // It cannot speak for another organisation; the public not at all.
  auto impostor = as(stranger_).post("/api/introductions",
                                     json::object{{"from_organisation_id", partner_org_id()},
                                                  {"to_organisation_id", other_org_id()}});
  EXPECT_EQ(impostor.status, 403u) << impostor.raw.body;
  EXPECT_EQ(anonymous().get(path(id)).status, 401u);
  EXPECT_EQ(anonymous().get("/api/introductions").status, 401u);
  EXPECT_EQ(anonymous().get("/api/notifications").status, 401u);
  EXPECT_EQ(anonymous()
                .get("/api/organisations/" + std::to_string(partner_org_id()) + "/timeline")
                .status,
            401u);
  EXPECT_EQ(as(staff()).get("/api/organisations/999999/timeline").status, 404u);
  // Both sides and staff see it.
  EXPECT_EQ(as(partner()).get(path(id)).status, 200u);
  EXPECT_EQ(as(other_partner_).get(path(id)).status, 200u);
  EXPECT_EQ(as(staff()).get(path(id)).status, 200u);
}

TEST_P(Introductions, NotificationsReachThePeopleConcernedButNotTheActor) {
  const auto id = interest();
  // Interest: the other side and every staff user (the centre mediates); not the actor.
  EXPECT_EQ(kinds(other_partner_), V{"introduction.interest"});
  EXPECT_EQ(kinds(staff()), V{"introduction.interest"});
  EXPECT_EQ(kinds(admin()), V{"introduction.interest"});
  EXPECT_EQ(kinds(partner()), V{});
  EXPECT_EQ(kinds(stranger_), V{});
  ASSERT_EQ(move(partner(), id, "requested").status, 200u);
  ASSERT_EQ(move(other_partner_, id, "accepted").status, 200u);
  // Later steps: both sides only (a partner created it, so no staff creator).
  EXPECT_EQ(kinds(partner()), V{"introduction.accepted"});
  EXPECT_EQ(kinds(other_partner_), (V{"introduction.requested", "introduction.interest"}));
  EXPECT_EQ(kinds(staff()), V{"introduction.interest"});

  auto list = as(other_partner_).get("/api/notifications");
  ASSERT_EQ(list.status, 200u);
  EXPECT_EQ(list.obj().at("unread").as_int64(), 2);
  const auto& item = list.obj().at("items").at(0);
  EXPECT_FALSE(item.at("read").as_bool());
  EXPECT_EQ(item.at("title").at("en").as_string(), "Introduction requested");
  EXPECT_FALSE(item.at("title").at("zh").as_string().empty());
  EXPECT_NE(item.at("body").at("en").as_string().find("iMakerbase"), std::string::npos);
  const auto nid = item.at("id").as_int64();
  const auto read_path = "/api/notifications/" + std::to_string(nid) + "/read";
  // Someone else's does not exist for the caller.
  EXPECT_EQ(as(partner()).post(read_path, json::object{}).status, 404u);
  auto marked = as(other_partner_).send("POST", read_path, "");
  ASSERT_EQ(marked.status, 200u) << marked.raw.body;
  EXPECT_TRUE(marked.obj().at("notification").at("read").as_bool());
  EXPECT_EQ(marked.obj().at("unread").as_int64(), 1);
  EXPECT_EQ(as(other_partner_).post(read_path, json::object{}).status, 200u);  // again: no change
  EXPECT_EQ(kinds(other_partner_, "?unread=true"), V{"introduction.interest"});
  // Paging.
  auto page = as(other_partner_).get("/api/notifications?limit=1");
  ASSERT_TRUE(page.obj().at("next_cursor").is_string());
  auto rest = as(other_partner_)
                  .get("/api/notifications?limit=1&cursor=" +
                       std::string(page.obj().at("next_cursor").as_string()));
  EXPECT_EQ(rest.obj().at("items").at(0).at("kind").as_string(), "introduction.interest");
  // The web app posts these without a body.
  auto all = as(other_partner_).send("POST", "/api/notifications/read-all", "");
  ASSERT_EQ(all.status, 200u) << all.raw.body;
  EXPECT_EQ(all.obj().at("unread").as_int64(), 0);
  EXPECT_EQ(kinds(other_partner_, "?unread=true"), V{});
  EXPECT_EQ(as(other_partner_).get("/api/notifications").obj().at("unread").as_int64(), 0);
  // Staff's stay unread: each reads only their own.
  EXPECT_EQ(as(staff()).get("/api/notifications").obj().at("unread").as_int64(), 1);
  EXPECT_EQ(as(staff()).get("/api/notifications?unread=maybe").status, 422u);
  // Reading is a write: audited.
  auto trail = as(admin()).get("/api/audit?entity=notification&entity_id=" + std::to_string(nid));
  ASSERT_EQ(trail.status, 200u);
  EXPECT_EQ(trail.obj().at("items").as_array().size(), 1u) << trail.raw.body;
}

TEST_P(Introductions, InterestInAnOpportunityGoesToItsOrganisation) {
  auto opportunity =
      as(staff()).post("/api/opportunities",
                       json::object{{"kind", "technology_request"},
                                    {"organisation_id", other_org_id()},
                                    {"title", {{"zh", "储能需求"}, {"en", "Storage sought"}}}});
  ASSERT_EQ(opportunity.status, 201u) << opportunity.raw.body;
  const auto oid = opportunity.obj().at("id").as_int64();
  const json::object body{{"opportunity_id", oid}};
  // A draft is not there for a partner.
  EXPECT_EQ(as(partner()).post("/api/introductions", body).status, 404u);
  ASSERT_EQ(as(staff())
                .post("/api/opportunities/" + std::to_string(oid) + "/transitions",
                      json::object{{"to", "published"}})
                .status,
            200u);
  auto created = as(partner()).post("/api/introductions", body);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  EXPECT_EQ(created.obj().at("to_organisation").at("id").as_int64(), other_org_id());
  EXPECT_EQ(created.obj().at("opportunity").at("id").as_int64(), oid);
  EXPECT_EQ(created.obj().at("opportunity").at("title").at("en").as_string(), "Storage sought");
  // One under way is enough.
  EXPECT_EQ(as(partner()).post("/api/introductions", body).status, 409u);
  // The other side's own opportunity, or another organisation named as the to side.
  EXPECT_EQ(as(other_partner_).post("/api/introductions", body).error_fields(),
            V{"opportunity_id"});
  auto mismatch =
      as(partner()).post("/api/introductions",
                         json::object{{"opportunity_id", oid}, {"to_organisation_id", third_org_}});
  EXPECT_EQ(mismatch.error_fields(), V{"opportunity_id"});
  // The boxes: the other side's inbox, the partner's outbox; staff's inbox waits for answers.
  auto count = [&](const Identity& who, const std::string& query) {
    auto r = as(who).get("/api/introductions" + query);
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    return r.status == 200 ? r.obj().at("items").as_array().size() : 0u;
  };
  EXPECT_EQ(count(other_partner_, "?box=inbox"), 1u);
  EXPECT_EQ(count(other_partner_, "?box=outbox"), 0u);
  EXPECT_EQ(count(partner(), "?box=outbox"), 1u);
  EXPECT_EQ(count(partner(), "?box=inbox"), 0u);
  EXPECT_EQ(count(staff(), "?box=inbox"), 1u);
  EXPECT_EQ(count(staff(), "?box=outbox"), 0u);
  EXPECT_EQ(count(staff(), "?status=interest"), 1u);
  EXPECT_EQ(count(staff(), "?status=met"), 0u);
  EXPECT_EQ(as(staff()).get("/api/introductions?box=spam&status=open").error_fields(),
            (V{"box", "status"}));
}

TEST_P(Introductions, BadInputNamesEveryField) {
  auto bad = as(staff()).post(
      "/api/introductions",
      json::object{{"score", 2}, {"delegation_id", -1}, {"message", "hello"}, {"colour", "green"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  EXPECT_TRUE(bad.is_problem());
  auto fields = bad.error_fields();
  for (const char* f : {"from_organisation_id", "to_organisation_id", "score", "delegation_id",
                        "message", "colour"}) {
    EXPECT_NE(std::find(fields.begin(), fields.end(), f), fields.end())
        << f << " in " << bad.raw.body;
  }
  auto itself = as(partner()).post("/api/introductions",
                                   json::object{{"to_organisation_id", partner_org_id()}});
  EXPECT_EQ(itself.error_fields(), V{"to_organisation_id"});
  // Unknown records are not found.
  EXPECT_EQ(
      as(partner()).post("/api/introductions", json::object{{"to_organisation_id", 999999}}).status,
      404u);
  EXPECT_EQ(
      as(partner()).post("/api/introductions", json::object{{"opportunity_id", 999999}}).status,
      404u);
  EXPECT_EQ(as(staff())
                .post("/api/introductions", json::object{{"from_organisation_id", 999999},
                                                         {"to_organisation_id", other_org_id()}})
                .status,
            404u);
  EXPECT_EQ(as(staff()).get(path(999999)).status, 404u);
  EXPECT_EQ(move(staff(), 999999, "requested").status, 404u);
  // A meeting needs its date and summary; other moves take neither.
  const auto id = interest();
  ASSERT_EQ(move(partner(), id, "requested").status, 200u);
  auto early =
      move(other_partner_, id,
           json::object{{"to", "accepted"}, {"date", "2026-12-01"}, {"outcome", "project"}});
  EXPECT_EQ(early.status, 422u);
  EXPECT_EQ(early.error_fields(), (V{"date", "outcome"}));
  ASSERT_EQ(move(other_partner_, id, "accepted").status, 200u);
  auto undated = move(partner(), id, json::object{{"to", "met"}, {"date", "2026-13-01"}});
  ASSERT_EQ(undated.status, 422u);
  EXPECT_EQ(undated.error_fields(), (V{"date", "summary"}));
  auto wrong_types =
      move(partner(), id,
           json::object{{"to", "met"}, {"date", 20261201}, {"summary", "met"}, {"version", "two"}});
  EXPECT_EQ(wrong_types.status, 422u);
  EXPECT_EQ(wrong_types.error_fields(), (V{"version", "date", "summary"}));
  // Nothing was written by the refusals.
  auto read = as(partner()).get(path(id));
  EXPECT_EQ(read.obj().at("status").as_string(), "accepted");
  EXPECT_EQ(read.obj().at("version").as_int64(), 3);
}

TEST_P(Introductions, AMergedOrganisationsIntroductionsMoveToTheOneKept) {
  auto dup = as(staff()).post("/api/organisations", org_body("重复机构", "Duplicate Ltd"));
  ASSERT_EQ(dup.status, 201u) << dup.raw.body;
  const auto dup_id = dup.obj().at("id").as_int64();
  auto introduce = [&](core::Id from, core::Id to) {
    auto r = as(staff()).post("/api/introductions", json::object{{"from_organisation_id", from},
                                                                 {"to_organisation_id", to}});
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.obj().at("id").as_int64();
  };
  const auto moved = introduce(dup_id, other_org_id());
  const auto between = introduce(partner_org_id(), dup_id);
  auto merged = as(staff()).post("/api/organisations/" + std::to_string(dup_id) + "/merge",
                                 json::object{{"into", partner_org_id()}});
  ASSERT_EQ(merged.status, 200u) << merged.raw.body;
  auto read = as(partner()).get(path(moved));  // now the kept organisation's
  ASSERT_EQ(read.status, 200u) << read.raw.body;
  EXPECT_EQ(read.obj().at("from_organisation").at("id").as_int64(), partner_org_id());
  EXPECT_EQ(read.obj().at("version").as_int64(), 2);
  // One between the two merged ones would introduce the kept one to itself: archived.
  EXPECT_EQ(as(partner()).get(path(between)).status, 404u);
}

TEST_P(Introductions, ConcurrentExpressionsOfInterestOpenOnlyOne) {
  constexpr int kThreads = 6;
  std::atomic<int> created{0}, conflicts{0};
  std::vector<std::thread> clicks;
  for (int t = 0; t < kThreads; ++t) {
    clicks.emplace_back([&] {
      const auto ctx = app::system_context("double click");
      const json::object body{{"from_organisation_id", partner_org_id()},
                              {"to_organisation_id", other_org_id()}};
      auto r = app().introductions().create(ctx, body);
      if (r) {
        ++created;
      } else if (r.error().code == core::ErrorCode::kConflict) {
        ++conflicts;
      }
    });
  }
  for (auto& c : clicks) c.join();
  EXPECT_EQ(created.load(), 1);
  EXPECT_EQ(conflicts.load(), kThreads - 1);
}

ICITY_ON_EVERY_DATABASE(Introductions);

}  // namespace
}  // namespace icity::testing
