// Text as icity's analysers compare it. Both languages meet here: NFKC with
// case folding (full-width letters and digits become ASCII, "Straße" and
// "STRASSE" compare equal), then traditional Chinese to simplified (OpenCC
// t2s), so 新能源汽車 and 新能源汽车 are one word. Thread-safe.
#pragma once

#include <string>
#include <string_view>

namespace icity::text {

// NFKC + case folding + traditional → simplified.
std::string normalize(std::string_view text);

// Traditional → simplified Chinese only; other text unchanged.
std::string to_simplified(std::string_view text);

// Chinese characters in pinyin without tones, everything lower-case ASCII:
// "深圳龙华" → "shen zhen long hua"; Latin text passes through folded.
std::string to_latin(std::string_view text);

}  // namespace icity::text
