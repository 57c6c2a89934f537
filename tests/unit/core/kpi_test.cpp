// The centre's figures counted from their facts: months of a period, the
// breakdowns, attribution to organisations, the distinct organisations, the
// projects in reserve, drill-down filters and the countries figure.
#include "core/kpi.hpp"

#include <gtest/gtest.h>

#include "core/kpi_facts.hpp"

namespace icity::core {
namespace {

// A small centre: a German maker (sections C, SDG 9), a Finnish association
// (M), a Chinese enterprise (C) and the Longhua association (CN).
class Facts : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto org = [&](Id id, const char* country, Bits sections, Bits sdgs, bool association) {
      facts.put_organisation(
          id, OrgFacts{facts.countries().intern(country), sections, sdgs, association, false});
    };
    org(1, "DE", section_bit("C"), sdg_bit(9), false);
    org(2, "FI", section_bit("M"), sdg_bit(11) | sdg_bit(9), true);
    org(3, "CN", section_bit("C"), 0, false);
    org(4, "CN", 0, 0, true);
  }
  static Fact fact(const char* date, std::vector<Id> parties = {}) {
    Fact f;
    f.day = day_of(date);
    f.parties = std::move(parties);
    return f;
  }
  void contact(Id interaction, const std::vector<Id>& orgs, const char* date, bool visit) {
    std::vector<Contact> list;
    list.reserve(orgs.size());
    for (auto o : orgs) list.push_back({interaction, o, day_of(date), visit});
    facts.put_contacts(interaction, list);
  }
  std::int64_t total(Figure f) const { return std::ssize(facts.records(f, period)); }

  KpiFacts facts;
  FactPeriod period{day_of("2024-01-01"), day_of("2024-03-31"),
                    *parse_instant("2024-04-01T00:00:00+08:00"), 480};
};

TEST(Kpi, FigureNamesLabelsAndDescriptions) {
  ASSERT_EQ(all_figures().size(), 8u);
  for (auto f : all_figures()) {
    EXPECT_EQ(parse_figure(to_string(f)), f);
    EXPECT_FALSE(figure_label(f).zh.empty());
    EXPECT_FALSE(figure_label(f).en.empty());
    EXPECT_FALSE(figure_description(f).en.empty());
  }
  EXPECT_FALSE(parse_figure("happiness"));
}

TEST(Kpi, MonthsOfAPeriodAcrossAYearEnd) {
  EXPECT_EQ(months_between("2023-10-27", "2024-02-01"),
            (std::vector<std::string>{"2023-10", "2023-11", "2023-12", "2024-01", "2024-02"}));
  EXPECT_EQ(months_between("2024-03-05", "2024-03-20"), std::vector<std::string>{"2024-03"});
  EXPECT_TRUE(months_between("2024-05-01", "2024-04-01").empty());
}

TEST(Kpi, DatesAsDays) {
  EXPECT_EQ(date_of(day_of("2024-02-29")), "2024-02-29");
  EXPECT_EQ(day_of("2024-03-01") - day_of("2024-02-28"), 2);
  EXPECT_EQ(day_of("soon"), 0);
  // 23:30 on 31 December in UTC is already the new year in Beijing.
  EXPECT_EQ(date_of(local_day(parse_instant("2023-12-31T23:30:00Z").value_or(0), 480)), "2024-01-01");
  EXPECT_EQ(date_of(local_day(parse_instant("1969-12-31T23:30:00Z").value_or(0), 0)), "1969-12-31");
}

TEST_F(Facts, BreakdownsCountEveryRecordOnceByMonthAndCountryAndEachSectorAndSdg) {
  facts.put_case(10, fact("2024-01-03", {1}));
  facts.put_case(11, fact("2024-01-20", {2}));
  auto own = fact("2024-03-01");
  own.country = facts.countries().intern("FR");
  facts.put_case(12, own);
  facts.put_case(13, fact("2024-03-02"));
  facts.put_case(14, fact("2024-04-02", {1}));  // after the period
  const auto records = facts.records(Figure::kMattersHandled, period);
  const auto b = facts.count(records, period);
  EXPECT_EQ(b.total, 4);
  ASSERT_EQ(b.by_month.size(), 3u);
  EXPECT_EQ(b.by_month[0].count, 2);
  EXPECT_EQ(b.by_month[1].key, "2024-02");
  EXPECT_EQ(b.by_month[1].count, 0);  // an empty month is still shown
  EXPECT_EQ(b.by_month[2].count, 2);
  EXPECT_EQ(b.by_country.size(), 4u);  // DE, FI, FR and "" for unknown
  EXPECT_EQ(b.by_sector[0].key, "C");
  EXPECT_EQ(b.by_sector[0].count, 1);
  EXPECT_EQ(b.by_sdg[0].key, "9");  // both organisations
  EXPECT_EQ(b.by_sdg[0].count, 2);
  // Unresolved again: it no longer counts.
  facts.put_case(10, std::nullopt);
  EXPECT_EQ(total(Figure::kMattersHandled), 3);
}

TEST_F(Facts, ARecordOfSeveralPartiesCountsUnderTheFirstForeignOne) {
  facts.put_agreement(20, fact("2024-02-10", {3, 2, 1}));
  facts.put_agreement(21, fact("2024-02-11", {3, 4}));
  const auto records = facts.records(Figure::kAgreementsSigned, period);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(facts.countries().code(records[0].country), "FI");
  EXPECT_EQ(records[0].sections, section_bit("M"));
  EXPECT_EQ(facts.countries().code(records[1].country), "CN");  // none foreign: the first
  // An organisation that moves changes every figure it stands behind.
  facts.put_organisation(2, OrgFacts{facts.countries().intern("SE"), 0, 0, true, false});
  EXPECT_EQ(facts.countries().code(facts.records(Figure::kAgreementsSigned, period)[0].country),
            "SE");
}

TEST_F(Facts, OrganisationsAreCountedOnceFromTheirFirstVisitInThePeriod) {
  contact(100, {2, 3}, "2024-01-05", true);
  contact(101, {3}, "2024-02-05", true);
  contact(102, {1}, "2024-02-06", false);  // a meeting, not a visit
  contact(103, {4}, "2023-12-31", true);   // before the period
  auto received = facts.records(Figure::kOrganisationsReceived, period);
  ASSERT_EQ(received.size(), 2u);
  EXPECT_EQ(received[0].id, 2);
  EXPECT_EQ(received[1].id, 3);
  EXPECT_EQ(date_of(received[1].day), "2024-01-05");
  // Foreign associations in liaison: the Finnish one; not the Chinese association, not the maker.
  contact(104, {4}, "2024-03-01", false);
  auto liaison = facts.records(Figure::kAssociationsInLiaison, period);
  ASSERT_EQ(liaison.size(), 1u);
  EXPECT_EQ(liaison[0].id, 2);
  // An interaction edited to name someone else, and one archived.
  contact(100, {1}, "2024-01-05", true);
  contact(101, {}, "2024-02-05", true);
  received = facts.records(Figure::kOrganisationsReceived, period);
  ASSERT_EQ(received.size(), 1u);
  EXPECT_EQ(received[0].id, 1);
  EXPECT_EQ(facts.contacts(), 4u);
  // An archived organisation is not counted.
  facts.put_organisation(1, OrgFacts{facts.countries().intern("DE"), 0, 0, false, true});
  EXPECT_EQ(total(Figure::kOrganisationsReceived), 0);
}

TEST_F(Facts, ProjectsInReserveAtTheEndOfThePeriodAndOfEachMonth) {
  const auto at = [](const char* instant) { return *parse_instant(instant); };
  ProjectFacts lamp{fact("2024-01-01", {1}), {{at("2023-11-01T10:00:00+08:00"), true}}};
  ProjectFacts archive{
      fact("2024-01-01", {2}),
      {{at("2024-01-10T10:00:00+08:00"), true}, {at("2024-02-15T10:00:00+08:00"), false}}};
  ProjectFacts charging{fact("2024-01-01", {3}),
                        {{at("2024-02-01T10:00:00+08:00"), true},
                         {at("2024-03-05T10:00:00+08:00"), false},
                         {at("2024-03-20T10:00:00+08:00"), true}}};  // revived
  lamp.fact.sections = section_bit("F");  // its own sectors count rather than its party's
  facts.put_project(30, lamp);
  facts.put_project(31, archive);
  facts.put_project(32, charging);
  const auto records = facts.records(Figure::kProjectsInReserve, period);
  ASSERT_EQ(records.size(), 2u);
  EXPECT_EQ(date_of(records[0].day), "2023-11-01");  // in reserve since
  EXPECT_EQ(records[0].sections, section_bit("F"));
  EXPECT_EQ(date_of(records[1].day), "2024-03-20");
  const auto months = facts.reserve_by_month(period);
  ASSERT_EQ(months.size(), 3u);
  EXPECT_EQ(months[0].count, 2);  // lamp, archive
  EXPECT_EQ(months[1].count, 2);  // lamp, charging
  EXPECT_EQ(months[2].count, 2);  // lamp, charging again
  facts.put_project(30, std::nullopt);
  EXPECT_EQ(total(Figure::kProjectsInReserve), 1);
}

TEST_F(Facts, FiltersOfADrillDown) {
  facts.put_case(11, fact("2024-01-20", {2}));
  const auto r = facts.records(Figure::kMattersHandled, period).at(0);
  EXPECT_TRUE(facts.matches(r, RecordFilter{}));
  EXPECT_TRUE(facts.matches(r, RecordFilter{"2024-01", "FI", "M", 11}));
  EXPECT_FALSE(facts.matches(r, RecordFilter{"2024-02", "", "", 0}));
  EXPECT_FALSE(facts.matches(r, RecordFilter{"", "FR", "", 0}));
  EXPECT_FALSE(facts.matches(r, RecordFilter{"", "", "A", 0}));
  EXPECT_FALSE(facts.matches(r, RecordFilter{"", "", "", 3}));
}

TEST_F(Facts, CountriesAreDistinctAndDatedByTheirFirstRecord) {
  facts.put_case(10, fact("2024-03-01", {1}));
  facts.put_event(40, fact("2024-01-15", {1}));
  facts.put_event(41, fact("2024-02-01", {2}));
  facts.put_event(42, fact("2024-02-02"));  // no organiser: no country
  const auto countries = facts.records(Figure::kCountriesReached, period);
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(facts.countries().code(countries[0].country), "DE");
  EXPECT_EQ(date_of(countries[0].day), "2024-01-15");
  EXPECT_EQ(countries[0].type, RecordType::kCountry);
  EXPECT_EQ(facts.countries().code(countries[1].country), "FI");
}

}  // namespace
}  // namespace icity::core
