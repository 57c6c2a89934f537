#include "search/cjk_query.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace icity::search {
namespace {

Xapian::Query parsed(const std::string& text) {
  Xapian::QueryParser qp;
  qp.set_default_op(Xapian::Query::OP_AND);
  return qp.parse_query(text,
                        Xapian::QueryParser::FLAG_CJK_NGRAM | Xapian::QueryParser::FLAG_PHRASE);
}

std::set<std::string> terms(const Xapian::Query& q) {
  return {q.get_unique_terms_begin(), q.get_unique_terms_end()};
}

TEST(CjkQuery, CharactersCoveredByAPairGo) {
  const auto q = without_covered_cjk_characters(parsed("深圳市"));
  EXPECT_EQ(terms(q), (std::set<std::string>{"深圳", "圳市"}));
}

TEST(CjkQuery, ALoneCharacterAndOtherWordsStay) {
  EXPECT_EQ(terms(without_covered_cjk_characters(parsed("林"))), std::set<std::string>{"林"});
  const auto q = without_covered_cjk_characters(parsed("红树林 mangrove \"river restoration\""));
  EXPECT_EQ(terms(q), (std::set<std::string>{"红树", "树林", "mangrove", "river", "restoration"}));
  EXPECT_NE(q.get_description().find("PHRASE"), std::string::npos);
}

TEST(CjkQuery, TheSameRecordsMatch) {
  Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
  Xapian::TermGenerator tg;
  tg.set_flags(Xapian::TermGenerator::FLAG_CJK_NGRAM);
  for (const char* text : {"深圳市国际交流合作基金会", "深圳国际交流", "市国际合作", "基金会"}) {
    Xapian::Document doc;
    tg.set_document(doc);
    tg.index_text(text);
    db.add_document(doc);
  }
  for (const char* query : {"深圳市国际交流合作基金会", "国际交流", "国际 合作", "基金"}) {
    Xapian::Enquire before(db), after(db);
    before.set_query(parsed(query));
    after.set_query(without_covered_cjk_characters(parsed(query)));
    std::set<Xapian::docid> a, b;
    for (const auto& m : {before.get_mset(0, 10)}) {
      for (auto it = m.begin(); it != m.end(); ++it) a.insert(*it);
    }
    for (const auto& m : {after.get_mset(0, 10)}) {
      for (auto it = m.begin(); it != m.end(); ++it) b.insert(*it);
    }
    EXPECT_EQ(a, b) << query;
    EXPECT_FALSE(a.empty()) << query;
  }
}

}  // namespace
}  // namespace icity::search
