// What a sent file really is: libmagic reads the content, the name must agree.
#include "app/file_type.hpp"

#include <gtest/gtest.h>

namespace icity::app {
namespace {

const std::string kPdf = "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n%%EOF\n";
const std::string kPng =
    std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x02\0\0\0\x90wS\xde", 33);
const std::string kJpeg = std::string("\xff\xd8\xff\xe0\0\x10JFIF\0\x01\x01\0\0\x01\0\x01\0\0", 20);
const std::string kElf = std::string(
    "\x7f"
    "ELF\x02\x01\x01\0\0\0\0\0\0\0\0\0\x02\0\x3e\0",
    20);

TEST(FileType, DocumentsAndPicturesAreAcceptedUnderTheirOwnNames) {
  EXPECT_EQ(check_file("lease.pdf", kPdf).media_type, "application/pdf");
  EXPECT_FALSE(check_file("lease.pdf", kPdf).refusal);
  EXPECT_FALSE(check_file("Photo.PNG", kPng).refusal);
  EXPECT_FALSE(check_file("id.jpeg", kJpeg).refusal);
  EXPECT_FALSE(check_file("id.jpg", kJpeg).refusal);
  EXPECT_FALSE(check_file("note.txt", "营业执照复印件已寄出。\n").refusal);
  EXPECT_EQ(check_file("note.txt", "plain words\n").media_type, "text/plain");
}

TEST(FileType, ANameThatLiesOrAProgramIsRefusedInBothLanguages) {
  const auto lie = check_file("report.pdf", kPng);
  ASSERT_TRUE(lie.refusal);
  EXPECT_EQ(lie.media_type, "image/png");
  EXPECT_NE(lie.refusal->en.find(".png"), std::string::npos);
  EXPECT_FALSE(lie.refusal->zh.empty());
  const auto program = check_file("tool.pdf", kElf);
  ASSERT_TRUE(program.refusal);
  EXPECT_NE(program.refusal->en.find("not accepted"), std::string::npos);
  EXPECT_TRUE(check_file("noextension", kPdf).refusal);
}

TEST(FileType, Base64BothWaysWithOrWithoutPaddingOrADataUrl) {
  const std::string bytes("\0\x01\x02\xffhello", 9);
  const auto text = encode_base64(bytes);
  EXPECT_EQ(decode_base64(text), bytes);
  EXPECT_EQ(decode_base64("aGk="), "hi");
  EXPECT_EQ(decode_base64("aGk"), "hi");
  EXPECT_EQ(decode_base64("data:application/pdf;base64,aGk="), "hi");
  EXPECT_FALSE(decode_base64("%%%"));
  EXPECT_FALSE(decode_base64("data:nothing"));
}

}  // namespace
}  // namespace icity::app
