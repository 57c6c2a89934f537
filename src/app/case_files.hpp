// Files sent with a request, a reply or a note: read from the JSON body
// (`attachments: [{name, content_base64}]`), checked (how many, how large,
// what they really are) and stored with the case.
#pragma once

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <vector>

#include "core/desk.hpp"
#include "store/database.hpp"

namespace icity::app {

struct IncomingFile {
  std::string name;
  std::string bytes;
  std::string media_type;
};

// The body's attachments; each problem reported under "attachments" or "attachments[i]".
std::vector<IncomingFile> read_attachments(const boost::json::object& body,
                                           std::vector<core::FieldError>& errors);
std::vector<core::AttachmentInfo> store_attachments(store::Tx& tx, core::Id case_id,
                                                    std::optional<core::Id> message_id,
                                                    const std::vector<IncomingFile>& files);

}  // namespace icity::app
