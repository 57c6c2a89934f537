// The Xapian index on a real directory: cross-language matches through the
// thesaurus, filters, facets, audiences, replace/remove, and the last seq it
// commits surviving a reopen.
#include "search/index.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <random>

namespace icity::search {
namespace {

text::Thesaurus thesaurus() {
  text::Thesaurus t;
  t.add({"g.industry.new_energy_vehicle",
         {"新能源汽车", "new energy vehicle"},
         {"新能源车"},
         {"NEV"},
         {}});
  t.add({"g.industry.electric_vehicle",
         {"电动汽车", "electric vehicle"},
         {},
         {"EV"},
         {"g.industry.new_energy_vehicle"}});
  t.add({"g.industry.industrial_design", {"工业设计", "industrial design"}, {}, {}, {}});
  return t;
}

class SearchIndex : public ::testing::Test {
 protected:
  void SetUp() override {
    std::random_device rd;
    dir_ = std::filesystem::temp_directory_path() / ("icity-search-" + std::to_string(rd()));
    index_ = std::make_unique<Index>(dir_.string(), thesaurus_);
    index_->put({"organisation",
                 1,
                 {"", "Volt Motors"},
                 {"We build electric vehicles and charging for cities."},
                 Audience::kPublic,
                 "enterprise",
                 "DE",
                 {"3612"},
                 {7, 11}});
    index_->put({"organisation",
                 2,
                 {"宝安设计院", ""},
                 {"专注工业设计与产品外观设计的机构。"},
                 Audience::kPublic,
                 "sme",
                 "CN",
                 {"7491"},
                 {9}});
    index_->put({"person",
                 3,
                 {"王伟", "Wang Wei"},
                 {"工业设计总监 Design director"},
                 Audience::kSignedIn,
                 "",
                 "CN",
                 {},
                 {}});
    index_->commit(42);
  }
  void TearDown() override {
    index_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::vector<std::int64_t> ids(const Query& q) {
    std::vector<std::int64_t> out;
    for (const auto& h : index_->search(q).hits) out.push_back(h.id);
    return out;
  }
  Query query(const std::string& q) {
    Query out;
    out.q = q;
    return out;
  }

  text::Thesaurus thesaurus_ = thesaurus();
  std::filesystem::path dir_;
  std::unique_ptr<Index> index_;
};

TEST_F(SearchIndex, AChineseQueryFindsAnEnglishOnlyRecordThroughItsConcepts) {
  EXPECT_EQ(ids(query("新能源汽车")), std::vector<std::int64_t>{1});
  EXPECT_EQ(ids(query("新能源汽車")), std::vector<std::int64_t>{1}) << "traditional script";
  const auto r = index_->search(query("新能源汽车"));
  EXPECT_EQ(r.concepts, std::vector<std::string>{"g.industry.new_energy_vehicle"});
}

TEST_F(SearchIndex, AnEnglishQueryFindsAChineseOnlyRecord) {
  EXPECT_EQ(ids(query("industrial design")), std::vector<std::int64_t>{2});
}

TEST_F(SearchIndex, WordsMatchAndSnippetsMarkThem) {
  const auto r = index_->search(query("charging"));
  ASSERT_EQ(r.hits.size(), 1u);
  EXPECT_EQ(r.hits[0].title.en, "Volt Motors");
  EXPECT_NE(r.hits[0].snippet.find("<mark>charging</mark>"), std::string::npos)
      << r.hits[0].snippet;
  EXPECT_GT(r.hits[0].score, 0);
}

TEST_F(SearchIndex, PeopleOnlyForThoseSignedIn) {
  EXPECT_EQ(ids(query("工业设计")), std::vector<std::int64_t>{2});
  Query signed_in = query("工业设计");
  signed_in.audiences = {Audience::kPublic, Audience::kSignedIn};
  auto found = ids(signed_in);
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::int64_t>{2, 3}));
}

TEST_F(SearchIndex, FiltersAndFacets) {
  Query all = query("");
  all.audiences = {Audience::kPublic, Audience::kSignedIn};
  const auto r = index_->search(all);
  EXPECT_EQ(r.hits.size(), 3u);
  EXPECT_TRUE(r.facets.exact);
  ASSERT_FALSE(r.facets.type.empty());
  EXPECT_EQ(r.facets.type[0].value, "organisation");
  EXPECT_EQ(r.facets.type[0].count, 2);
  Query by_sector = all;
  by_sector.sector = "36";  // a prefix: the division of 3612
  EXPECT_EQ(ids(by_sector), std::vector<std::int64_t>{1});
  Query by_sdg = all;
  by_sdg.sdg = 9;
  EXPECT_EQ(ids(by_sdg), std::vector<std::int64_t>{2});
  Query by_country = all;
  by_country.country = "CN";
  by_country.type = "organisation";
  EXPECT_EQ(ids(by_country), std::vector<std::int64_t>{2});
}

TEST_F(SearchIndex, ReplaceAndRemoveAreVisibleAfterCommit) {
  index_->put({"organisation",
               1,
               {"", "Volt Motors"},
               {"Now making bicycles."},
               Audience::kPublic,
               "enterprise",
               "DE",
               {},
               {}});
  index_->remove("organisation", 2);
  index_->commit(43);
  EXPECT_TRUE(ids(query("新能源汽车")).empty());
  EXPECT_TRUE(ids(query("industrial design")).empty());
  EXPECT_EQ(ids(query("bicycles")), std::vector<std::int64_t>{1});
  EXPECT_EQ(index_->size(), 2);
}

TEST_F(SearchIndex, TheLastSeqSurvivesAReopen) {
  EXPECT_EQ(index_->last_seq(), 42);
  index_.reset();
  index_ = std::make_unique<Index>(dir_.string(), thesaurus_);
  EXPECT_EQ(index_->last_seq(), 42);
  EXPECT_EQ(index_->size(), 3);
  index_->clear();
  EXPECT_EQ(index_->last_seq(), 0);
  EXPECT_EQ(index_->size(), 0);
}

TEST_F(SearchIndex, ManyAtOnceBuiltOnEveryCoreAreAllThere) {
  std::vector<Document> docs;
  for (int i = 0; i < 500; ++i) {
    docs.push_back({"organisation",
                    1000 + i,
                    {"批量机构" + std::to_string(i), "Batch body " + std::to_string(i)},
                    {i % 2 == 0 ? "electric vehicles for cities" : "工业设计与制造"},
                    Audience::kPublic,
                    "sme",
                    i % 2 == 0 ? "DE" : "CN",
                    {},
                    {}});
  }
  index_->put_many(docs);
  index_->commit(44);
  EXPECT_EQ(index_->size(), 503);
  Query nev = query("新能源汽车");
  nev.limit = 100;
  EXPECT_EQ(index_->search(nev).estimated_total, 251);  // 250 batch bodies and Volt Motors
  Query design = query("industrial design");
  EXPECT_EQ(index_->search(design).estimated_total, 251);
}

TEST_F(SearchIndex, QueriesXapiansParserRefusesStillAnswer) {
  for (const char* q : {"Moscow 大公坊 MoU", "\"unclosed", "AND OR NOT", "新能源汽车 OR", "((("}) {
    EXPECT_NO_THROW(index_->search(query(q))) << q;
  }
  EXPECT_EQ(ids(query("Volt 电动汽车")), std::vector<std::int64_t>{1});
}

TEST_F(SearchIndex, PagesWithOffset) {
  Query all = query("");
  all.audiences = {Audience::kPublic, Audience::kSignedIn};
  all.limit = 2;
  auto first = index_->search(all);
  EXPECT_EQ(first.hits.size(), 2u);
  EXPECT_TRUE(first.more);
  all.offset = 2;
  auto second = index_->search(all);
  EXPECT_EQ(second.hits.size(), 1u);
  EXPECT_FALSE(second.more);
}

}  // namespace
}  // namespace icity::search
