#include "app/export/qr_code.hpp"

#include <gtest/gtest.h>

#include <string>

#include "support/reader_tools.hpp"

namespace icity::app {
namespace {

constexpr const char* kRsvg = "/usr/bin/rsvg-convert";
constexpr const char* kZbar = "/usr/bin/zbarimg";

std::size_t count(const std::string& text, const std::string& what) {
  std::size_t n = 0;
  for (auto at = text.find(what); at != std::string::npos; at = text.find(what, at + 1)) ++n;
  return n;
}

// What a phone would read: the SVG rasterised by librsvg, the picture decoded by zbar.
std::string scanned(const std::string& svg) {
  const test::ScratchDir dir;
  const std::string in = dir.write("code.svg", svg);
  const std::string png = dir.path() + "/code.png";
  const test::Run raster = test::run({kRsvg, "-w", "400", in, "-o", png});
  EXPECT_EQ(raster.exit_code, 0);
  const test::Run decoded = test::run({kZbar, "--raw", "-q", png});
  EXPECT_EQ(decoded.exit_code, 0);
  std::string text = decoded.out;
  if (text.ends_with('\n')) text.pop_back();
  return text;
}

bool have_readers() { return test::has_program(kRsvg) && test::has_program(kZbar); }

TEST(QrCode, IsOneScalableSvgPath) {
  const std::string svg = qr_svg("hello", 8, 4);
  EXPECT_EQ(count(svg, "<path"), 1u);
  EXPECT_EQ(count(svg, "<rect"), 1u);  // the white background only
  // "hello" fits version 1 (21 modules); with 4 quiet modules each side, 29 × 8 px.
  EXPECT_NE(svg.find("viewBox=\"0 0 29 29\""), std::string::npos);
  EXPECT_NE(svg.find("width=\"232\" height=\"232\""), std::string::npos);
  EXPECT_NE(svg.find("shape-rendering=\"crispEdges\""), std::string::npos);
  EXPECT_NE(svg.find("<title>QR code: hello</title>"), std::string::npos);
}

TEST(QrCode, IsWellFormedXmlEvenForMarkupInTheText) {
  if (!test::has_program(test::kPython)) GTEST_SKIP() << "no /usr/bin/python3";
  const test::ScratchDir dir;
  const std::string path = dir.write("code.svg", qr_svg("<a href=\"x\">R&D</a>"));
  const test::Run python = test::run({test::kPython, "-c",
                                      "import sys, xml.etree.ElementTree as E\n"
                                      "root = E.parse(sys.argv[1]).getroot()\n"
                                      "ns = '{http://www.w3.org/2000/svg}'\n"
                                      "print(root.tag == ns + 'svg', len(root.findall(ns + "
                                      "'path')), root.find(ns + 'title').text)",
                                      path});
  EXPECT_EQ(python.exit_code, 0);
  EXPECT_EQ(python.out, "True 1 QR code: <a href=\"x\">R&D</a>\n");
}

TEST(QrCode, ChineseTextScansBack) {
  if (!have_readers()) GTEST_SKIP() << "needs rsvg-convert and zbarimg (scripts/setup)";
  const std::string text = "签到：中德创新论坛 B2B 洽谈会 https://icity.example/e/12";
  EXPECT_EQ(scanned(qr_svg(text)), text);
}

TEST(QrCode, LongTokenScansBack) {
  if (!have_readers()) GTEST_SKIP() << "needs rsvg-convert and zbarimg (scripts/setup)";
  std::string token = "https://icity.example/checkin/";
  const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
  for (std::size_t i = 0; i < 300; ++i) token += alphabet[(i * 37 + i / 7) % alphabet.size()];
  EXPECT_EQ(scanned(qr_svg(token, 4, 4)), token);
}

TEST(QrCode, RejectsTextTooLongForAQrCode) {
  EXPECT_NO_THROW(qr_svg(std::string(2331, 'a')));  // version 40's byte capacity at level M
  EXPECT_THROW(qr_svg(std::string(2332, 'a')), std::invalid_argument);
  EXPECT_THROW(qr_svg(std::string(100000, 'a')), std::invalid_argument);
  EXPECT_THROW(qr_svg(""), std::invalid_argument);
  EXPECT_THROW(qr_svg("x", 0, 4), std::invalid_argument);
}

}  // namespace
}  // namespace icity::app
