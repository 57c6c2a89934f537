// POST /api/sdg/tag over HTTP: Chinese and English text, evidence, bad input.
#include "fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

class SdgTag : public NodeTest {};

TEST_P(SdgTag, SuggestsGoalsWithEvidenceInBothLanguages) {
  auto zh = anonymous().post(
      "/api/sdg/tag",
      json::object{{"text", "大沙河综合治理:污水处理与河流生态修复,打造滨水休闲长廊"}});
  ASSERT_EQ(zh.status, 200u) << zh.raw.body;
  const auto& sdgs = zh.obj().at("sdgs").as_array();
  ASSERT_FALSE(sdgs.empty());
  EXPECT_EQ(sdgs[0].at("goal").as_int64(), 6);
  EXPECT_FALSE(sdgs[0].at("evidence").as_array().empty());
  double previous = 2;
  for (const auto& s : sdgs) {
    const double score = s.at("score").to_number<double>();
    EXPECT_LE(score, previous);
    previous = score;
  }
  auto en = anonymous().post("/api/sdg/tag",
                             json::object{{"text",
                                           "An incubator helping young entrepreneurs and small "
                                           "firms find decent jobs and grow their business."}});
  ASSERT_EQ(en.status, 200u);
  ASSERT_FALSE(en.obj().at("sdgs").as_array().empty());
  EXPECT_EQ(en.obj().at("sdgs").as_array()[0].at("goal").as_int64(), 8);
}

TEST_P(SdgTag, BadBodiesAreNamed) {
  auto unknown = anonymous().post("/api/sdg/tag", json::object{{"txt", "x"}});
  ASSERT_EQ(unknown.status, 422u);
  auto fields = unknown.error_fields();
  EXPECT_NE(std::find(fields.begin(), fields.end(), "txt"), fields.end());
  EXPECT_NE(std::find(fields.begin(), fields.end(), "text"), fields.end());
  auto wrong_type = anonymous().post("/api/sdg/tag", json::object{{"text", 42}});
  EXPECT_EQ(wrong_type.status, 422u);
  auto broken = anonymous().send("POST", "/api/sdg/tag",
                                 "{\"text\": ", {{"Content-Type", "application/json"}});
  EXPECT_EQ(broken.status, 400u);
  EXPECT_TRUE(broken.is_problem());
  auto huge = anonymous().post("/api/sdg/tag", json::object{{"text", std::string(60000, 'a')}});
  EXPECT_EQ(huge.status, 422u);
}

ICITY_ON_EVERY_DATABASE(SdgTag);

}  // namespace
}  // namespace icity::testing
