// Agreements over HTTP on both databases: parties and signatories, links that
// must exist, the status derived from the expiry (and the list's filters on
// it), renewal reminders sent once to the right staff, what partners may read,
// stale versions, bad input naming each field, and the audit trail.
#include <algorithm>
#include <atomic>
#include <thread>

#include "app/opportunity_service.hpp"
#include "core/agreement.hpp"
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;
using V = std::vector<std::string>;

class Agreements : public NodeTest {
 protected:
  static std::string path(std::int64_t id) { return "/api/agreements/" + std::to_string(id); }
  json::object body(const std::string& en) const {
    return {{"kind", "mou"},
            {"title", {{"zh", "备忘录 " + en}, {"en", en}}},
            {"parties",
             json::array{json::object{{"organisation_id", partner_org_id()},
                                      {"signatory_name", "Li Lei"},
                                      {"signatory_title", {{"zh", "总经理"}, {"en", "CEO"}}}},
                         json::object{{"organisation_id", other_org_id()}}}},
            {"signed_on", "2023-06-10"},
            {"signed_place", {{"zh", "深圳"}, {"en", "Shenzhen"}}}};
  }
  std::int64_t create(json::object b, const Identity* who = nullptr) {
    auto r = as(who ? *who : staff()).post("/api/agreements", b);
    EXPECT_EQ(r.status, 201u) << r.raw.body;
    return r.status == 201 ? r.obj().at("id").as_int64() : 0;
  }
  Answer remind(const std::string& today, const Identity* who = nullptr) {
    return as(who ? *who : staff())
        .post("/api/agreements/reminders", json::object{{"today", today}});
  }
  // The caller's notifications of renewals: their links.
  V renewals(const Identity& who) {
    auto r = as(who).get("/api/notifications");
    EXPECT_EQ(r.status, 200u) << r.raw.body;
    V out;
    for (const auto& n : r.obj().at("items").as_array()) {
      if (n.at("kind").as_string() == "agreement.renewal")
        out.emplace_back(n.at("link").as_string());
    }
    return out;
  }
  std::vector<std::int64_t> ids(const std::string& query, const Identity* who = nullptr) {
    auto r = as(who ? *who : staff()).get("/api/agreements" + query);
    EXPECT_EQ(r.status, 200u) << query << ": " << r.raw.body;
    std::vector<std::int64_t> out;
    if (r.status != 200) return out;
    for (const auto& a : r.obj().at("items").as_array()) out.push_back(a.at("id").as_int64());
    return out;
  }
};

TEST_P(Agreements, AnAgreementKeepsItsPartiesSignatoriesAndLinks) {
  auto project =
      as(staff()).post("/api/projects", json::object{{"title", {{"en", "The project behind it"}}}});
  ASSERT_EQ(project.status, 201u) << project.raw.body;
  const auto project_id = project.obj().at("id").as_int64();
  auto intro = as(partner()).post("/api/introductions",
                                  json::object{{"to_organisation_id", other_org_id()}});
  ASSERT_EQ(intro.status, 201u) << intro.raw.body;
  auto b = body("Pilot MoU");
  b["project_id"] = project_id;
  b["introduction_id"] = intro.obj().at("id").as_int64();
  b["summary"] = json::object{{"en", "Work together"}};
  auto created = as(staff()).post("/api/agreements", b);
  ASSERT_EQ(created.status, 201u) << created.raw.body;
  const auto& a = created.obj();
  EXPECT_EQ(a.at("kind").as_string(), "mou");
  EXPECT_EQ(a.at("version").as_int64(), 1);
  EXPECT_EQ(a.at("status").as_string(), "active");  // no expiry
  EXPECT_TRUE(a.at("expires_on").is_null());
  EXPECT_TRUE(a.at("renewal_notice_days").is_null());
  EXPECT_EQ(a.at("signed_on").as_string(), "2023-06-10");
  EXPECT_EQ(a.at("signed_place").at("en").as_string(), "Shenzhen");
  ASSERT_EQ(a.at("parties").as_array().size(), 2u);
  EXPECT_EQ(a.at("parties").at(0).at("name").at("en").as_string(), "iMakerbase");
  EXPECT_EQ(a.at("parties").at(0).at("signatory_name").as_string(), "Li Lei");
  EXPECT_EQ(a.at("parties").at(0).at("signatory_title").at("zh").as_string(), "总经理");
  EXPECT_EQ(a.at("parties").at(1).at("organisation_id").as_int64(), other_org_id());
  EXPECT_EQ(a.at("project_id").as_int64(), project_id);
  EXPECT_EQ(a.at("introduction_id").as_int64(), intro.obj().at("id").as_int64());
  EXPECT_TRUE(a.at("event_id").is_null());
  EXPECT_EQ(a.at("created_by").as_int64(), staff().user.id);
  const auto id = a.at("id").as_int64();
  EXPECT_EQ(ids("?project_id=" + std::to_string(project_id)), std::vector<std::int64_t>{id});

  auto trail = as(admin()).get("/api/audit?entity=agreement&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  ASSERT_EQ(trail.obj().at("items").as_array().size(), 1u);
  EXPECT_EQ(trail.obj().at("items").at(0).at("action").as_string(), "create");
}

TEST_P(Agreements, TheStatusFollowsTheExpiryAndTheNotice) {
  const std::string today = app::OpportunityService::today();
  auto expired = body("Expired");
  expired["expires_on"] = core::add_days(today, -1);
  auto expiring = body("Expiring");
  expiring["kind"] = "letter_of_intent";
  expiring["expires_on"] = core::add_days(today, 59);  // within the node's 60 days
  auto own_notice = body("Own notice");
  own_notice["expires_on"] = core::add_days(today, 59);
  own_notice["renewal_notice_days"] = 30;  // not yet
  auto open = body("No expiry");
  open["kind"] = "cooperation_agreement";
  open["signed_on"] = "2024-08-13";
  const auto a = create(expired), b = create(expiring), c = create(own_notice), d = create(open);
  EXPECT_EQ(as(staff()).get(path(a)).obj().at("status").as_string(), "expired");
  EXPECT_EQ(as(staff()).get(path(b)).obj().at("status").as_string(), "expiring");
  EXPECT_EQ(as(staff()).get(path(c)).obj().at("status").as_string(), "active");
  EXPECT_EQ(as(staff()).get(path(d)).obj().at("status").as_string(), "active");
  EXPECT_EQ(as(staff()).get(path(b)).obj().at("remind_on").as_string(), core::add_days(today, -1));
  using I = std::vector<std::int64_t>;
  EXPECT_EQ(ids("?status=expired"), I{a});
  EXPECT_EQ(ids("?status=expiring"), I{b});
  EXPECT_EQ(ids("?status=active"), (I{d, c}));  // newest signed first
  EXPECT_EQ(ids("?kind=letter_of_intent"), I{b});
  EXPECT_EQ(ids("?signed_from=2024-01-01"), I{d});
  EXPECT_EQ(ids("?signed_to=2023-12-31&kind=mou"), (I{c, a}));
  EXPECT_EQ(ids("?organisation_id=" + std::to_string(other_org_id())).size(), 4u);
  auto bad = as(staff()).get("/api/agreements?status=old&kind=deal&signed_from=2023-02-30");
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  EXPECT_EQ(bad.error_fields(), (V{"kind", "status", "signed_from"}));
}

TEST_P(Agreements, RemindersAreSentOnceToTheStaffConcerned) {
  // Far in the future, so the node's own hourly sweep (today) leaves them alone.
  auto mine = body("Renew me");
  mine["expires_on"] = "2099-06-30";
  mine["renewal_notice_days"] = 30;  // reminder day 2099-05-31
  const auto id = create(mine);
  // One created by the system (no creator) reaches every admin.
  auto system = body("Nobody's");
  system["expires_on"] = "2099-06-30";
  system["renewal_notice_days"] = 10;  // 2099-06-20
  auto by_system = app().agreements().create(app::system_context("test"), system);
  ASSERT_TRUE(by_system) << by_system.error().detail.en;

  auto early = remind("2099-05-30");
  ASSERT_EQ(early.status, 200u) << early.raw.body;
  EXPECT_EQ(early.obj().at("sent").as_int64(), 0);
  auto due = remind("2099-05-31");
  ASSERT_EQ(due.status, 200u) << due.raw.body;
  EXPECT_EQ(due.obj().at("sent").as_int64(), 1);
  EXPECT_EQ(remind("2099-06-01").obj().at("sent").as_int64(), 0);  // once
  EXPECT_EQ(renewals(staff()), V{"/agreements/" + std::to_string(id)});
  EXPECT_EQ(renewals(admin()), V{});
  auto notices = as(staff()).get("/api/notifications");
  const auto& n = notices.obj().at("items").at(0);
  EXPECT_EQ(n.at("subject_type").as_string(), "agreement");
  EXPECT_EQ(n.at("subject_id").as_int64(), id);
  const std::string title = std::string(n.at("title").at("en").as_string());
  EXPECT_NE(title.find("2099-06-30"), std::string::npos) << title;
  EXPECT_NE(title.find("Renew me"), std::string::npos) << title;

  EXPECT_EQ(remind("2099-06-20").obj().at("sent").as_int64(), 1);
  EXPECT_EQ(renewals(admin()), V{"/agreements/" + std::to_string(by_system->id)});
  EXPECT_EQ(renewals(staff()).size(), 1u);
  // Renewed: the new expiry is reminded again, on its own day.
  auto current = as(staff()).get(path(id));
  auto renewed = as(staff()).patch(path(id), json::object{{"version", current.obj().at("version")},
                                                          {"expires_on", "2100-06-30"}});
  ASSERT_EQ(renewed.status, 200u) << renewed.raw.body;
  EXPECT_EQ(renewed.obj().at("remind_on").as_string(), "2100-05-31");
  EXPECT_EQ(remind("2099-06-25").obj().at("sent").as_int64(), 0);
  EXPECT_EQ(remind("2100-05-31").obj().at("sent").as_int64(), 1);
  EXPECT_EQ(renewals(staff()).size(), 2u);
  // Audited; staff only; a date or nothing.
  auto trail = as(admin()).get("/api/audit?entity=agreement&entity_id=" + std::to_string(id));
  ASSERT_EQ(trail.status, 200u);
  EXPECT_EQ(trail.obj().at("items").at(0).at("action").as_string(), "remind");
  EXPECT_EQ(remind("2099-05-31", &partner()).status, 403u);
  EXPECT_EQ(anonymous().post("/api/agreements/reminders", json::object{}).status, 401u);
  EXPECT_EQ(remind("2099-02-30").error_fields(), V{"today"});
  EXPECT_EQ(
      as(staff()).post("/api/agreements/reminders", json::object{{"day", "x"}}).error_fields(),
      V{"day"});
}

TEST_P(Agreements, ANodeWithAnotherDefaultNoticeDerivesTheReminderDaysAgain) {
  auto defaulted = body("Default notice");
  defaulted["expires_on"] = "2099-06-30";
  const auto a = create(defaulted);
  auto own = body("Own notice");
  own["expires_on"] = "2099-06-30";
  own["renewal_notice_days"] = 5;
  const auto b = create(own);
  EXPECT_EQ(as(staff()).get(path(a)).obj().at("remind_on").as_string(), "2099-05-01");
  app::AgreementService other_node(app().db(), 10);
  auto changed = other_node.refresh_reminder_days();
  ASSERT_TRUE(changed);
  EXPECT_EQ(*changed, 1);
  EXPECT_EQ(as(staff()).get(path(a)).obj().at("remind_on").as_string(), "2099-06-20");
  EXPECT_EQ(as(staff()).get(path(a)).obj().at("version").as_int64(), 1);
  EXPECT_EQ(as(staff()).get(path(b)).obj().at("remind_on").as_string(), "2099-06-25");
  EXPECT_EQ(*other_node.refresh_reminder_days(), 0);
}

TEST_P(Agreements, TwoSweepsAtOnceRemindOnce) {
  auto b = body("Swept twice");
  b["expires_on"] = "2099-03-31";
  const auto id = create(b);
  std::atomic<int> sent{0};
  std::vector<std::thread> sweeps;
  for (int i = 0; i < 4; ++i) {
    sweeps.emplace_back([&] {
      auto r =
          app().agreements().send_renewal_reminders(app::system_context("sweep"), "2099-03-01");
      if (r) sent += *r;
    });
  }
  for (auto& t : sweeps) t.join();
  EXPECT_EQ(sent.load(), 1);
  EXPECT_EQ(renewals(staff()), V{"/agreements/" + std::to_string(id)});
}

TEST_P(Agreements, AProjectsOwnerHearsOfItsAgreementsRenewal) {
  auto project = as(staff()).post(
      "/api/projects",
      json::object{{"title", {{"en", "Owned by the admin"}}}, {"owner_id", admin().user.id}});
  ASSERT_EQ(project.status, 201u) << project.raw.body;
  auto b = body("Owned");
  b["expires_on"] = "2098-01-31";
  b["project_id"] = project.obj().at("id").as_int64();
  const auto id = create(b);
  EXPECT_EQ(remind("2097-12-02").obj().at("sent").as_int64(), 1);  // 60 days before
  EXPECT_EQ(renewals(admin()), V{"/agreements/" + std::to_string(id)});
  EXPECT_EQ(renewals(staff()), V{"/agreements/" + std::to_string(id)});
}

TEST_P(Agreements, PartnersReadTheirOwnOnlyAndWriteNothing) {
  const auto id = create(body("Shared"));
  auto third = as(staff()).post("/api/organisations", org_body("第三方", "Third Party Ltd"));
  ASSERT_EQ(third.status, 201u);
  auto others = body("Others");
  others["parties"].as_array()[0].as_object()["organisation_id"] = third.obj().at("id");
  const auto other_id = create(others);
  EXPECT_EQ(as(partner()).get(path(id)).status, 200u);
  EXPECT_EQ(as(partner()).get(path(other_id)).status, 404u);
  EXPECT_EQ(ids("", &partner()), std::vector<std::int64_t>{id});
  EXPECT_EQ(as(partner()).post("/api/agreements", body("Mine")).status, 403u);
  EXPECT_EQ(as(partner()).patch(path(id), json::object{{"version", 1}}).status, 403u);
  EXPECT_EQ(anonymous().get("/api/agreements").status, 401u);
  EXPECT_EQ(anonymous().get(path(id)).status, 401u);
  // Staff: a stale version is a conflict; a current one writes and is audited.
  EXPECT_EQ(as(staff()).patch(path(id), json::object{{"version", 3}}).status, 409u);
  auto patched =
      as(staff()).patch(path(id), json::object{{"version", 1}, {"kind", "cooperation_agreement"}});
  ASSERT_EQ(patched.status, 200u) << patched.raw.body;
  EXPECT_EQ(patched.obj().at("kind").as_string(), "cooperation_agreement");
  EXPECT_EQ(patched.obj().at("version").as_int64(), 2);
  auto trail = as(admin()).get("/api/audit?entity=agreement&entity_id=" + std::to_string(id));
  EXPECT_EQ(trail.obj().at("items").at(0).at("action").as_string(), "update");
}

TEST_P(Agreements, BadInputNamesEveryFieldAndLinksMustExist) {
  auto bad = as(staff()).post(
      "/api/agreements",
      json::object{{"kind", "contract"},
                   {"parties", json::array{json::object{{"organisation_id", partner_org_id()}}}},
                   {"signed_on", "2023-06-10"},
                   {"expires_on", "2023-06-01"},
                   {"renewal_notice_days", 5000},
                   {"colour", "green"}});
  ASSERT_EQ(bad.status, 422u) << bad.raw.body;
  EXPECT_TRUE(bad.is_problem());
  EXPECT_EQ(bad.error_fields(),
            (V{"colour", "kind", "title", "parties", "expires_on", "renewal_notice_days"}));
  auto links = body("Links");
  links["parties"].as_array().push_back(json::object{{"organisation_id", 999999}});
  links["project_id"] = 999999;
  links["event_id"] = 999999;
  links["introduction_id"] = 999999;
  auto missing = as(staff()).post("/api/agreements", links);
  ASSERT_EQ(missing.status, 422u) << missing.raw.body;
  EXPECT_EQ(missing.error_fields(),
            (V{"parties[2].organisation_id", "project_id", "event_id", "introduction_id"}));
  auto no_kind = body("No kind");
  no_kind.erase("kind");
  no_kind.erase("signed_on");
  EXPECT_EQ(as(staff()).post("/api/agreements", no_kind).error_fields(), (V{"kind", "signed_on"}));
  EXPECT_EQ(as(staff()).get(path(999999)).status, 404u);
}

}  // namespace

ICITY_ON_EVERY_DATABASE(Agreements);

}  // namespace icity::testing
