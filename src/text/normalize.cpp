#include "text/normalize.hpp"

#include <opencc.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <memory>
#include <stdexcept>

namespace icity::text {
namespace {

const icu::Normalizer2& nfkc_casefold() {
  static const icu::Normalizer2* instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    const auto* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    if (U_FAILURE(status)) throw std::runtime_error("ICU NFKC_Casefold is unavailable");
    return n;
  }();
  return *instance;
}

// OpenCC's converter keeps no per-call state, but it is documented for one
// thread: one per thread (the dictionaries are memory-mapped and shared).
const opencc::SimpleConverter& t2s() {
  thread_local const opencc::SimpleConverter converter("t2s.json");
  return converter;
}

icu::Transliterator& han_latin() {
  thread_local std::unique_ptr<icu::Transliterator> instance = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Han-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
    if (U_FAILURE(status) || !t) throw std::runtime_error("ICU Han-Latin is unavailable");
    return t;
  }();
  return *instance;
}

bool has_han(std::string_view text) {
  // Every CJK ideograph is three or four UTF-8 bytes starting at 0xE3..0xF0.
  for (unsigned char c : text) {
    if (c >= 0xE3) return true;
  }
  return false;
}

}  // namespace

std::string to_simplified(std::string_view text) {
  if (!has_han(text)) return std::string(text);
  return t2s().Convert(text.data(), text.size());
}

std::string normalize(std::string_view text) {
  UErrorCode status = U_ZERO_ERROR;
  const auto folded =
      nfkc_casefold().normalize(icu::UnicodeString::fromUTF8(icu::StringPiece(
                                    text.data(), static_cast<int32_t>(text.size()))),
                                status);
  std::string out;
  if (U_FAILURE(status)) {
    out.assign(text);
  } else {
    folded.toUTF8String(out);
  }
  return to_simplified(out);
}

std::string to_latin(std::string_view text) {
  auto s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  han_latin().transliterate(s);
  std::string out;
  s.toUTF8String(out);
  return out;
}

}  // namespace icity::text
