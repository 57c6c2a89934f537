// The centre's figures counted from their records: months of a period, the
// breakdowns, drill-down filters and the countries figure.
#include "core/kpi.hpp"

#include <gtest/gtest.h>

namespace icity::core {
namespace {

KpiRecord record(std::string date, std::string country, std::vector<std::string> sections = {},
                 std::vector<int> sdgs = {}) {
  KpiRecord r;
  r.type = "case";
  r.date = std::move(date);
  r.country = std::move(country);
  r.sections = std::move(sections);
  r.sdgs = std::move(sdgs);
  return r;
}

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

TEST(Kpi, BreakdownsCountEveryRecordOnceByMonthAndCountryAndEachSectorAndSdg) {
  const std::vector<KpiRecord> records = {record("2024-01-03", "DE", {"C"}, {9}),
                                          record("2024-01-20", "DE", {"C", "M"}, {9, 11}),
                                          record("2024-03-01", "FR"), record("2024-03-02", "")};
  const auto b = count(records, "2024-01-01", "2024-03-31");
  EXPECT_EQ(b.total, 4);
  ASSERT_EQ(b.by_month.size(), 3u);
  EXPECT_EQ(b.by_month[0].count, 2);
  EXPECT_EQ(b.by_month[1].key, "2024-02");
  EXPECT_EQ(b.by_month[1].count, 0);     // an empty month is still shown
  EXPECT_EQ(b.by_country[0].key, "DE");  // most first
  EXPECT_EQ(b.by_country[0].count, 2);
  EXPECT_EQ(b.by_country.size(), 3u);  // "" stands for unknown
  EXPECT_EQ(b.by_sector[0].key, "C");
  EXPECT_EQ(b.by_sector[0].count, 2);
  EXPECT_EQ(b.by_sdg[0].key, "9");
  EXPECT_EQ(b.by_sdg[0].count, 2);
}

TEST(Kpi, FiltersOfADrillDown) {
  const auto r = record("2024-01-20", "DE", {"C", "M"}, {9, 11});
  EXPECT_TRUE(RecordFilter{}.matches(r));
  EXPECT_TRUE((RecordFilter{"2024-01", "DE", "M", 11}).matches(r));
  EXPECT_FALSE((RecordFilter{"2024-02", "", "", 0}).matches(r));
  EXPECT_FALSE((RecordFilter{"", "FR", "", 0}).matches(r));
  EXPECT_FALSE((RecordFilter{"", "", "A", 0}).matches(r));
  EXPECT_FALSE((RecordFilter{"", "", "", 3}).matches(r));
}

TEST(Kpi, CountriesAreDistinctAndDatedByTheirFirstRecord) {
  const std::vector<KpiRecord> a = {record("2024-05-01", "DE"), record("2024-02-01", "FR")};
  const std::vector<KpiRecord> b = {record("2024-01-15", "DE"), record("2024-03-01", "")};
  const auto countries = countries_of({&a, &b});
  ASSERT_EQ(countries.size(), 2u);
  EXPECT_EQ(countries[0].country, "DE");
  EXPECT_EQ(countries[0].date, "2024-01-15");
  EXPECT_EQ(countries[0].type, "country");
  EXPECT_EQ(countries[1].country, "FR");
}

}  // namespace
}  // namespace icity::core
