#include "app/case_files.hpp"

#include <boost/json.hpp>

#include "app/file_type.hpp"
#include "app/secrets.hpp"
#include "store/case_repo.hpp"

namespace icity::app {
namespace {

constexpr std::size_t kMaxName = 200;

void bad(std::vector<core::FieldError>& errors, std::string field, std::string zh, std::string en) {
  errors.push_back({std::move(field), {std::move(zh), std::move(en)}});
}

std::optional<IncomingFile> read_one(const boost::json::value& v, const std::string& field,
                                     std::vector<core::FieldError>& errors) {
  const auto* o = v.if_object();
  const auto* name = o ? o->if_contains("name") : nullptr;
  const auto* content = o ? o->if_contains("content_base64") : nullptr;
  if (!name || !name->is_string() || !content || !content->is_string()) {
    bad(errors, field, "应为 {name, content_base64}", "must be {name, content_base64}");
    return std::nullopt;
  }
  IncomingFile f;
  f.name = std::string(name->get_string());
  if (f.name.empty() || f.name.size() > kMaxName || f.name.find('/') != std::string::npos ||
      f.name.find('\\') != std::string::npos) {
    bad(errors, field + ".name", "文件名为 1 到 200 字节,不含 / 或 \\",
        "a file name has 1 to 200 bytes and no / or \\");
    return std::nullopt;
  }
  auto bytes = decode_base64(content->get_string());
  if (!bytes) {
    bad(errors, field + ".content_base64", "不是有效的 base64", "not valid base64");
    return std::nullopt;
  }
  if (bytes->empty()) {
    bad(errors, field, "文件是空的", "the file is empty");
    return std::nullopt;
  }
  if (bytes->size() > core::kMaxAttachmentBytes) {
    bad(errors, field, "文件过大(每个最多 5 MiB)", "the file is too large (5 MiB at most each)");
    return std::nullopt;
  }
  const auto type = check_file(f.name, *bytes);
  if (type.refusal) {
    errors.push_back({field, *type.refusal});
    return std::nullopt;
  }
  f.bytes = std::move(*bytes);
  f.media_type = type.media_type;
  return f;
}

}  // namespace

std::vector<IncomingFile> read_attachments(const boost::json::object& body,
                                           std::vector<core::FieldError>& errors) {
  std::vector<IncomingFile> out;
  const auto* list = body.if_contains("attachments");
  if (!list || list->is_null()) return out;
  if (!list->is_array()) {
    bad(errors, "attachments", "应为数组", "must be an array");
    return out;
  }
  const auto& items = list->get_array();
  if (items.size() > core::kMaxAttachments) {
    bad(errors, "attachments", "最多 5 个文件", "5 files at most");
    return out;
  }
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (auto f = read_one(items[i], "attachments[" + std::to_string(i) + "]", errors)) {
      out.push_back(std::move(*f));
    }
  }
  return out;
}

std::vector<core::AttachmentInfo> store_attachments(store::Tx& tx, core::Id case_id,
                                                    std::optional<core::Id> message_id,
                                                    const std::vector<IncomingFile>& files) {
  std::vector<core::AttachmentInfo> out;
  for (const auto& f : files) {
    store::cases::StoredFile stored;
    stored.info.name = f.name;
    stored.info.media_type = f.media_type;
    stored.info.size = static_cast<std::int64_t>(f.bytes.size());
    stored.content_base64 = encode_base64(f.bytes);
    out.push_back(store::cases::add_attachment(tx, case_id, message_id, stored, digest(f.bytes)));
  }
  return out;
}

}  // namespace icity::app
