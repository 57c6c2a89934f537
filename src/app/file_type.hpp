// What a file sent to the centre really is, read from its content (libmagic),
// not from its name: the service desk accepts documents and pictures only, and
// a name that claims another type than the content is refused.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/localized_text.hpp"

namespace icity::app {

struct FileType {
  std::string media_type;                      // "application/pdf"
  std::optional<core::LocalizedText> refusal;  // why it is not accepted
};

// The media type of `content` and, when it is not one the desk accepts (PDF,
// PNG, JPEG, WebP, plain text, DOCX, XLSX, DOC, XLS) or `name`'s extension
// says otherwise, why not. Thread-safe.
FileType check_file(std::string_view name, std::string_view content);

// Standard base64 (with or without padding; a data: URL prefix is skipped).
std::optional<std::string> decode_base64(std::string_view text);
std::string encode_base64(std::string_view bytes);

}  // namespace icity::app
