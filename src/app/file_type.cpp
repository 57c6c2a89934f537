#include "app/file_type.hpp"

#include <magic.h>
#include <sodium.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>

namespace icity::app {
namespace {

struct Accepted {
  std::string_view media_type;
  std::array<std::string_view, 3> extensions;  // lowercase, without the dot; "" unused
};

// What the desk accepts, and the names each type goes by.
constexpr std::array<Accepted, 9> kAccepted = {{
    {"application/pdf", {"pdf", "", ""}},
    {"image/png", {"png", "", ""}},
    {"image/jpeg", {"jpg", "jpeg", ""}},
    {"image/webp", {"webp", "", ""}},
    {"text/plain", {"txt", "text", ""}},
    {"application/vnd.openxmlformats-officedocument.wordprocessingml.document", {"docx", "", ""}},
    {"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", {"xlsx", "", ""}},
    {"application/msword", {"doc", "", ""}},
    {"application/vnd.ms-excel", {"xls", "", ""}},
}};

struct MagicCookie {
  magic_t cookie = nullptr;
  MagicCookie() : cookie(magic_open(MAGIC_MIME_TYPE | MAGIC_NO_CHECK_COMPRESS)) {
    if (cookie == nullptr || magic_load(cookie, nullptr) != 0) {
      throw std::runtime_error("libmagic: cannot load its database");
    }
  }
  ~MagicCookie() { magic_close(cookie); }
  MagicCookie(const MagicCookie&) = delete;
  MagicCookie& operator=(const MagicCookie&) = delete;
};

// libmagic's cookie is not thread-safe: one per thread.
std::string sniff(std::string_view content) {
  thread_local MagicCookie magic;
  const char* type = magic_buffer(magic.cookie, content.data(), content.size());
  return type != nullptr ? type : "application/octet-stream";
}

std::string extension_of(std::string_view name) {
  const auto dot = name.rfind('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return ext;
}

// libmagic reads some Office files under older or generic names.
std::string canonical(std::string type) {
  if (type == "application/vnd.ms-office" || type == "application/CDFV2")
    return "application/msword";
  return type;
}

}  // namespace

FileType check_file(std::string_view name, std::string_view content) {
  FileType out;
  out.media_type = canonical(sniff(content));
  const auto accepted = std::find_if(kAccepted.begin(), kAccepted.end(), [&](const Accepted& a) {
    return a.media_type == out.media_type;
  });
  if (accepted == kAccepted.end()) {
    out.refusal = core::LocalizedText{
        "不接受这种文件(内容为 " + out.media_type +
            "):请发送 PDF、图片(PNG、JPEG、WebP)、文本或 Office 文档",
        "this kind of file is not accepted (its content is " + out.media_type +
            "): send a PDF, a picture (PNG, JPEG, WebP), text or an Office document"};
    return out;
  }
  const auto ext = extension_of(name);
  const bool doc_family = out.media_type == "application/msword" && (ext == "xls" || ext == "doc");
  const bool named_so =
      !ext.empty() && std::find(accepted->extensions.begin(), accepted->extensions.end(), ext) !=
                          accepted->extensions.end();
  if (!doc_family && !named_so) {
    out.refusal =
        core::LocalizedText{"文件名与内容不符:内容是 " + out.media_type + ",应以 ." +
                                std::string(accepted->extensions[0]) + " 结尾",
                            "the name does not match the content: it is " + out.media_type +
                                ", so its name ends in ." + std::string(accepted->extensions[0])};
  }
  if (doc_family && ext == "xls") out.media_type = "application/vnd.ms-excel";
  return out;
}

std::optional<std::string> decode_base64(std::string_view text) {
  if (text.starts_with("data:")) {
    const auto comma = text.find(',');
    if (comma == std::string_view::npos) return std::nullopt;
    text.remove_prefix(comma + 1);
  }
  std::string out(text.size() / 4 * 3 + 3, '\0');
  std::size_t length = 0;
  const char* end = nullptr;
  if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                        text.size(), "\r\n", &length, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
      end != text.data() + text.size()) {
    // without padding?
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(),
                          text.size(), "\r\n", &length, &end,
                          sodium_base64_VARIANT_ORIGINAL_NO_PADDING) != 0 ||
        end != text.data() + text.size()) {
      return std::nullopt;
    }
  }
  out.resize(length);
  return out;
}

std::string encode_base64(std::string_view bytes) {
  std::string out(sodium_base64_ENCODED_LEN(bytes.size(), sodium_base64_VARIANT_ORIGINAL), '\0');
  sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()),
                    bytes.size(), sodium_base64_VARIANT_ORIGINAL);
  out.resize(out.size() - 1);  // the terminating NUL
  return out;
}

}  // namespace icity::app
