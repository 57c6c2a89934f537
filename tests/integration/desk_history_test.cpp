// The desk's generated history (icity demo generate --cases): every case passes
// the intake's validation, its due date is the service's target on China's
// holiday calendar (moved on by the time spent waiting on the requester), and
// its status, times and satisfaction agree with its steps, each a legal move
// of the workflow by an actor who may make it. On both databases.
#include "app/demo/desk_history.hpp"

#include <soci/soci.h>

#include <set>

#include "app/holiday_calendar.hpp"
#include "core/instant.hpp"
#include "fixture.hpp"
#include "store/case_repo.hpp"
#include "store/desk_repo.hpp"

namespace icity::testing {
namespace {

class DeskHistory : public NodeTest {};

core::CaseActor actor_of(const std::string& actor) {
  if (actor == "requester") return core::CaseActor::kRequester;
  if (actor == "system") return core::CaseActor::kSystem;
  return core::CaseActor::kStaff;
}

bool has_cjk(const std::string& s) {
  return std::any_of(s.begin(), s.end(),
                     [](char c) { return static_cast<unsigned char>(c) >= 0xE4; });
}

TEST_P(DeskHistory, GeneratedCasesAreValidOnTheCalendarAndAgreeWithTheirSteps) {
  constexpr std::int64_t kCases = 600;
  auto report =
      app::generate_desk_history(app(), {.cases = kCases, .seed = 7, .until = "2024-08-13"}, {});
  ASSERT_TRUE(report) << report.error().detail.en;
  EXPECT_EQ(report->cases, kCases);
  EXPECT_GT(report->resolved, kCases * 8 / 10);
  EXPECT_GT(report->open, 0);
  EXPECT_GT(report->staff_added, 0);

  const auto& calendar = app::china_holiday_calendar().calendar;
  const auto horizon = *core::parse_instant("2024-08-13T18:00:00+08:00");
  const auto opening = *core::parse_instant("2023-10-27T00:00:00+08:00");
  std::set<std::string> languages, countries, subjects;
  std::int64_t rated = 0, waited = 0, checked = 0;
  struct Stored {
    core::CaseView view;
    std::optional<core::DeskService> service;
    long long open = -1;
  };
  std::vector<Stored> stored;
  app().db().read([&](soci::session& sql) -> core::Result<void> {
    std::vector<long long> ids(kCases + 10);
    sql << "SELECT id FROM cases ORDER BY id", soci::into(ids);
    for (long long id : ids) {
      Stored one;
      if (auto view = store::cases::find(sql, app().db().backend(), id)) one.view = *view;
      one.service = store::desk::find_service(sql, one.view.value.service_id);
      sql << "SELECT is_open FROM cases WHERE id = :id", soci::use(id), soci::into(one.open);
      stored.push_back(std::move(one));
    }
    return {};
  });
  ASSERT_EQ(stored.size(), static_cast<std::size_t>(kCases));
  for (const auto& [view_, service, open] : stored) {
    const auto* view = &view_;
    const auto id = view->value.id;
    {
      const auto& c = view->value;
      SCOPED_TRACE("case " + std::to_string(id) + " " + c.subject);
      EXPECT_TRUE(core::validate_intake(c, app().reference()).empty());
      ASSERT_TRUE(service);
      EXPECT_EQ(c.team_id, service->team_id);
      EXPECT_EQ(has_cjk(c.description), c.language == "zh") << c.description;
      languages.insert(c.language);
      countries.insert(c.contact.country);
      subjects.insert(c.subject);
      const auto created = *core::parse_instant(c.created_at);
      EXPECT_GE(created, opening);
      EXPECT_LE(created, horizon);

      // The steps: the intake, then legal moves by actors who may make them.
      const auto& steps = view->history;
      ASSERT_FALSE(steps.empty());
      EXPECT_FALSE(steps.front().from.has_value());
      EXPECT_EQ(steps.front().to, core::CaseStatus::kNew);
      EXPECT_EQ(steps.front().at, c.created_at);
      auto due = calendar.add_business_minutes(created, std::int64_t{service->target_hours} * 60);
      std::string resolved_at, closed_at, waiting_since, previous = c.created_at;
      auto status = core::CaseStatus::kNew;
      for (std::size_t k = 1; k < steps.size(); ++k) {
        const auto& step = steps[k];
        ASSERT_TRUE(step.from.has_value());
        EXPECT_EQ(*step.from, status);
        EXPECT_GT(step.at, previous);
        core::CaseMove move{.from = status,
                            .to = step.to,
                            .who = actor_of(step.actor),
                            .assignee_named = step.assignee.has_value(),
                            .has_message = !step.message.empty(),
                            .finished_at = resolved_at,
                            .now = step.at};
        const auto check = core::can_move(move);
        EXPECT_TRUE(check.ok()) << core::to_string(status) << " -> " << core::to_string(step.to)
                                << " by " << step.actor << ": " << check.reason.en;
        if (status == core::CaseStatus::kWaitingOnRequester) {
          due = calendar.add_business_minutes(
              due, calendar.business_minutes_between(*core::parse_instant(waiting_since),
                                                     *core::parse_instant(step.at)));
          waiting_since.clear();
          ++waited;
        }
        if (step.to == core::CaseStatus::kWaitingOnRequester) waiting_since = step.at;
        if (step.to == core::CaseStatus::kResolved) resolved_at = step.at;
        if (step.to == core::CaseStatus::kClosed) closed_at = step.at;
        status = step.to;
        previous = step.at;
        EXPECT_LE(*core::parse_instant(step.at), horizon);
      }
      EXPECT_EQ(c.status, status);
      EXPECT_EQ(c.due_at, core::format_instant(due));
      EXPECT_EQ(c.waiting_since, waiting_since);
      EXPECT_EQ(c.resolved_at, resolved_at);
      EXPECT_EQ(c.closed_at, status == core::CaseStatus::kClosed ? closed_at : "");
      EXPECT_EQ(c.assignee_id.has_value(), steps.size() > 1 && steps[1].assignee.has_value());
      EXPECT_EQ(open, core::is_open(c.status) ? 1 : 0);
      if (c.satisfaction) {
        ++rated;
        EXPECT_FALSE(c.resolved_at.empty());
        EXPECT_TRUE(core::validate_rating(c.satisfaction->score, c.satisfaction->comment).empty());
        EXPECT_GE(c.satisfaction->at, c.resolved_at);
      }
      // The conversation: a first public reply from staff, the requester named as such.
      std::string first_reply;
      for (const auto& m : view->messages) {
        EXPECT_TRUE(core::validate_message_body(m.body, "body").empty());
        EXPECT_LE(*core::parse_instant(m.created_at), horizon);
        if (m.author == core::MessageAuthor::kRequester) {
          EXPECT_EQ(m.author_name, c.contact.name);
        }
        if (m.author == core::MessageAuthor::kStaff && !m.internal && first_reply.empty()) {
          first_reply = m.created_at;
        }
      }
      EXPECT_EQ(c.first_response_at, first_reply);
      ++checked;
    }
  }
  EXPECT_EQ(checked, kCases);
  EXPECT_EQ(languages, (std::set<std::string>{"en", "zh"}));
  EXPECT_GT(countries.size(), 8u);
  EXPECT_GT(subjects.size(), 25u);
  EXPECT_GT(rated, kCases / 3);
  EXPECT_GT(waited, kCases / 10);

  // Staff see them in the queues over HTTP, and a second run adds new ones.
  auto all = as(staff()).get("/api/cases?queue=all&sort=created&limit=5");
  ASSERT_EQ(all.status, 200u) << all.raw.body;
  EXPECT_EQ(all.obj().at("items").as_array().size(), 5u);
  auto open = as(staff()).get("/api/cases?queue=open");
  ASSERT_EQ(open.status, 200u) << open.raw.body;
  EXPECT_FALSE(open.obj().at("items").as_array().empty());
  auto more =
      app::generate_desk_history(app(), {.cases = 10, .seed = 7, .until = "2024-08-13"}, {});
  ASSERT_TRUE(more) << more.error().detail.en;
  EXPECT_EQ(more->staff_added, 0);
}

ICITY_ON_EVERY_DATABASE(DeskHistory);

}  // namespace
}  // namespace icity::testing
