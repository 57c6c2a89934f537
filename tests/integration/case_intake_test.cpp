// The public side of the service desk on both databases: bad intakes named
// field by field, attachments checked by their content (not their name), the
// files given back only to those who may see them, and the intake's rate
// limit per address (429 with Retry-After).
#include "app/file_type.hpp"
#include "desk_fixture.hpp"

namespace icity::testing {
namespace {
namespace json = boost::json;

// The smallest files of each kind, as their first bytes say.
const std::string kPdf =
    "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n";
const std::string kPng =
    std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde", 33);
const std::string kElf = std::string(
    "\x7f"
    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0",
    20);

json::object file(const std::string& name, const std::string& bytes) {
  return {{"name", name}, {"content_base64", app::encode_base64(bytes)}};
}

class CaseIntake : public DeskTest {};

TEST_P(CaseIntake, BadIntakesNameEachField) {
  auto empty = anonymous().post("/api/cases", json::object{});
  ASSERT_EQ(empty.status, 422u) << empty.raw.body;
  auto fields = empty.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"contact.email", "contact.name", "description",
                                              "service_id"}));
  auto body = intake_body();
  body["language"] = "fr";
  body["contact"].as_object()["country"] = "XX";
  body["contact"].as_object()["email"] = "not-an-address";
  body["service_id"] = 999999;
  body["extra"] = true;
  auto bad = anonymous().post("/api/cases", body);
  fields = bad.error_fields();
  std::sort(fields.begin(), fields.end());
  EXPECT_EQ(fields, (std::vector<std::string>{"contact.country", "contact.email", "extra",
                                              "language", "service_id"}))
      << bad.raw.body;
  EXPECT_EQ(anonymous().send("POST", "/api/cases", "{not json").status, 400u);
  // Nothing was written.
  EXPECT_TRUE(as(staff()).get("/api/cases?queue=all").obj().at("items").as_array().empty());
}

TEST_P(CaseIntake, AttachmentsAreCheckedByTheirContent) {
  auto body = intake_body();
  body["attachments"] = json::array{file("lease.pdf", kPdf), file("photo.PNG", kPng)};
  auto c = open_case(body);
  auto staff_view = as(staff()).get(c.path());
  const auto& files = staff_view.obj().at("attachments").as_array();
  ASSERT_EQ(files.size(), 2u) << staff_view.raw.body;
  EXPECT_EQ(files[0].at("media_type").as_string(), "application/pdf");
  EXPECT_EQ(files[1].at("media_type").as_string(), "image/png");
  EXPECT_EQ(files[0].at("size").as_int64(), static_cast<std::int64_t>(kPdf.size()));

  // The requester downloads what they sent, byte for byte; a stranger cannot.
  const auto pdf = c.path() + "/attachments/" + std::to_string(files[0].at("id").as_int64());
  auto download = anonymous().get(pdf + "?key=" + c.key);
  ASSERT_EQ(download.status, 200u);
  EXPECT_EQ(download.raw.body, kPdf);
  EXPECT_EQ(download.raw.header("Content-Type").value_or(""), "application/pdf");
  EXPECT_EQ(anonymous().get(pdf).status, 404u);
  EXPECT_EQ(as(staff()).get(pdf).raw.body, kPdf);

  // A file in an internal note stays with staff.
  auto note = as(staff()).post(c.path() + "/notes",
                               json::object{{"internal", true},
                                            {"body", "scan"},
                                            {"attachments", json::array{file("scan.pdf", kPdf)}}});
  ASSERT_EQ(note.status, 201u) << note.raw.body;
  const auto inner = c.path() + "/attachments/" +
                     std::to_string(note.obj().at("attachments").at(0).at("id").as_int64());
  EXPECT_EQ(anonymous().get(inner + "?key=" + c.key).status, 404u);
  EXPECT_EQ(as(staff()).get(inner).status, 200u);

  // A name that lies, a program, bad base64, too many, too large: each named.
  const auto refused = [&](json::array files_sent) {
    auto b = intake_body();
    b["attachments"] = std::move(files_sent);
    return anonymous().post("/api/cases", b).error_fields();
  };
  EXPECT_EQ(refused({file("report.pdf", kPng)}), std::vector<std::string>{"attachments[0]"});
  EXPECT_EQ(refused({file("lease.pdf", kPdf), file("tool.pdf", kElf)}),
            std::vector<std::string>{"attachments[1]"});
  EXPECT_EQ(refused({json::object{{"name", "a.pdf"}, {"content_base64", "%%%"}}}),
            std::vector<std::string>{"attachments[0].content_base64"});
  json::array six;
  for (int i = 0; i < 6; ++i) six.push_back(file("f" + std::to_string(i) + ".pdf", kPdf));
  EXPECT_EQ(refused(six), std::vector<std::string>{"attachments"});
  EXPECT_EQ(refused({file("big.txt", std::string(5 * 1024 * 1024 + 1, 'a'))}),
            std::vector<std::string>{"attachments[0]"});
}

class CaseIntakeLimit : public DeskTest {
 protected:
  app::DeskConfig desk_config() const override {
    app::DeskConfig c;
    c.intakes_per_window = 3;
    return c;
  }
};

TEST_P(CaseIntakeLimit, AnAddressSendingTooManyWaits) {
  for (int i = 0; i < 3; ++i) open_case();
  auto r = anonymous().post("/api/cases", intake_body());
  ASSERT_EQ(r.status, 429u) << r.raw.body;
  EXPECT_TRUE(r.is_problem());
  const auto retry = std::stoi(r.raw.header("Retry-After").value_or("0"));
  EXPECT_GT(retry, 0);
  EXPECT_LE(retry, 600);
  // Invalid ones are not counted, and staff keep working.
  EXPECT_EQ(as(staff()).get("/api/cases?queue=all").obj().at("items").as_array().size(), 3u);
}

ICITY_ON_EVERY_DATABASE(CaseIntake);
ICITY_ON_EVERY_DATABASE(CaseIntakeLimit);

}  // namespace
}  // namespace icity::testing
