// Validation of the directory's entities: every bad field is reported, in both
// languages, with its dotted path, so a form can show all of them at once.
// Checks that need the database (does organisation 12 exist?) live in src/app.
#pragma once

#include <string_view>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/reference.hpp"

namespace icity::core {

std::vector<FieldError> validate(const Organisation& org, const ReferenceCatalogue& ref);
std::vector<FieldError> validate(const Person& person, const ReferenceCatalogue& ref);
std::vector<FieldError> validate(const Interaction& interaction);
std::vector<FieldError> validate(const Solution& solution, const ReferenceCatalogue& ref);
std::vector<FieldError> validate(const Delegation& delegation, const ReferenceCatalogue& ref);

bool is_valid_date(std::string_view text);   // "YYYY-MM-DD", a real calendar date
bool is_valid_email(std::string_view text);  // local@domain.tld, no spaces
bool is_valid_url(std::string_view text);    // http(s)://host[...]
bool is_valid_phone(std::string_view text);  // digits, spaces, + - ( ), 5..32 chars

}  // namespace icity::core
