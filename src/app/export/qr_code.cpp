#include "app/export/qr_code.hpp"

#include <qrencode.h>

#include <cerrno>
#include <memory>
#include <stdexcept>
#include <string>

namespace icity::app {
namespace {

struct QrFree {
  void operator()(QRcode* code) const { QRcode_free(code); }
};

// True for UTF-8 without control characters, i.e. text XML 1.0 can hold.
bool printable_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    std::size_t length = 0;
    if (lead < 0x80) {
      if (lead < 0x20 || lead == 0x7f) return false;
      length = 1;
    } else if ((lead & 0xe0) == 0xc0 && lead >= 0xc2) {
      length = 2;
    } else if ((lead & 0xf0) == 0xe0) {
      length = 3;
    } else if ((lead & 0xf8) == 0xf0 && lead <= 0xf4) {
      length = 4;
    } else {
      return false;
    }
    if (i + length > text.size()) return false;
    for (std::size_t k = 1; k < length; ++k) {
      if ((static_cast<unsigned char>(text[i + k]) & 0xc0) != 0x80) return false;
    }
    i += length;
  }
  return true;
}

std::string xml_escaped(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (const char c : text) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      default:
        out += c;
    }
  }
  return out;
}

}  // namespace

std::string qr_svg(std::string_view text, int module_px, int margin_modules) {
  if (text.empty()) throw std::invalid_argument("qr: empty text");
  if (module_px < 1 || margin_modules < 0) throw std::invalid_argument("qr: bad module size");
  // QR's largest symbol (version 40) holds 2331 bytes at level M; libqrencode says ERANGE.
  constexpr std::size_t kMaxBytes = 7089;  // level L's limit: anything longer is surely too long
  if (text.size() > kMaxBytes) throw std::invalid_argument("qr: text too long for a QR code");
  errno = 0;
  const std::unique_ptr<QRcode, QrFree> code(
      QRcode_encodeData(static_cast<int>(text.size()),
                        reinterpret_cast<const unsigned char*>(text.data()), 0, QR_ECLEVEL_M));
  if (!code) {
    if (errno == ERANGE) throw std::invalid_argument("qr: text too long for a QR code");
    throw std::runtime_error("qr: libqrencode failed");  // ENOMEM
  }
  const int width = code->width;
  const int side = width + 2 * margin_modules;
  const std::string size = std::to_string(side * module_px);
  // The title helps screen readers; text that is not plain UTF-8 would make the XML invalid.
  const std::string title =
      printable_utf8(text) ? "QR code: " + xml_escaped(text) : std::string("QR code");

  // Each row's runs of dark modules as one closed rectangle: a few hundred path commands
  // instead of thousands of <rect>s, and no hairline seams between modules.
  std::string path;
  for (int y = 0; y < width; ++y) {
    const unsigned char* row = code->data + static_cast<std::ptrdiff_t>(y) * width;
    for (int x = 0; x < width;) {
      if ((row[x] & 1) == 0) {
        ++x;
        continue;
      }
      int run = 1;
      while (x + run < width && (row[x + run] & 1) != 0) ++run;
      path += "M" + std::to_string(x + margin_modules) + "," + std::to_string(y + margin_modules) +
              "h" + std::to_string(run) + "v1h-" + std::to_string(run) + "z";
      x += run;
    }
  }

  std::string svg;
  svg.reserve(path.size() + 512);
  svg += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  svg += "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" + size +
         "\" height=\"" + size + "\" viewBox=\"0 0 " + std::to_string(side) + " " +
         std::to_string(side) + "\" shape-rendering=\"crispEdges\" role=\"img\">\n";
  svg += "<title>" + title + "</title>\n";
  svg += "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>\n";
  svg += "<path fill=\"#000\" d=\"" + path + "\"/>\n";
  svg += "</svg>\n";
  return svg;
}

}  // namespace icity::app
