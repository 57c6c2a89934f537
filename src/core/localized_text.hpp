// Text a person reads, in Simplified Chinese and English. Either may be empty;
// where a text is required, at least one must be present.
#pragma once

#include <string>

namespace icity::core {

struct LocalizedText {
  std::string zh;
  std::string en;

  bool empty() const { return zh.empty() && en.empty(); }
  // The text in `locale` ("zh-CN"/"zh" or "en"), falling back to the other one.
  const std::string& in(std::string_view locale) const {
    const bool want_zh = locale.starts_with("zh");
    const std::string& first = want_zh ? zh : en;
    return first.empty() ? (want_zh ? en : zh) : first;
  }
  bool operator==(const LocalizedText&) const = default;
};

}  // namespace icity::core
