// The language of the answer, from Accept-Language: Chinese (any zh*) or English.
#pragma once

#include <string>
#include <string_view>

namespace icity::http {

// "zh-CN" when the most preferred language (highest q, first on ties) is zh*,
// else "en". "zh;q=0" means "not Chinese".
std::string locale_from_accept_language(std::string_view header);

}  // namespace icity::http
