// QR codes as SVG (libqrencode), for check-in badges and links on printed programmes.
// Usage: std::string svg = qr_svg("https://icity.example/checkin/AbC123");
//
// Byte mode, error correction level M (survives ~15% damage: a smudged badge still scans).
// Thread-safe: Debian's libqrencode is built with pthreads.
#pragma once

#include <string>
#include <string_view>

namespace icity::app {

// A standalone SVG document: a white background, one <path> of the dark modules, a viewBox in
// modules (so it scales without blur) and width/height of module_px per module. The quiet zone
// is margin_modules wide (the standard asks for 4). `text` is encoded as given (UTF-8 bytes).
// Throws std::invalid_argument for empty text, text too long for a QR code (about 2300 bytes
// at level M) or module_px < 1 / margin_modules < 0.
std::string qr_svg(std::string_view text, int module_px = 8, int margin_modules = 4);

}  // namespace icity::app
