#include "core/event.hpp"

#include <array>
#include <cstddef>

#include "core/enum_names.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 6> kEventTypes = {
    "conference", "exchange_camp", "workshop", "b2b", "visit_programme", "cultural"};
constexpr std::array<std::string_view, 8> kSessionTypes = {
    "opening_ceremony", "seminar",      "exchange_meeting",
    "company_visit",    "field_survey", "cultural_experience",
    "b2b_round",        "other"};
constexpr std::array<std::string_view, 2> kVisibilities = {"public", "invitation"};
constexpr std::array<std::string_view, 2> kEventStatuses = {"scheduled", "cancelled"};

}  // namespace

std::string_view to_string(EventType v) { return kEventTypes[static_cast<std::size_t>(v)]; }
std::string_view to_string(SessionType v) { return kSessionTypes[static_cast<std::size_t>(v)]; }
std::string_view to_string(Visibility v) { return kVisibilities[static_cast<std::size_t>(v)]; }
std::string_view to_string(EventStatus v) { return kEventStatuses[static_cast<std::size_t>(v)]; }

LocalizedText label_of(SessionType v) {
  static const std::array<LocalizedText, 8> labels = {{
      {"开幕式", "opening ceremony"},
      {"研讨会", "seminar"},
      {"交流会", "exchange meeting"},
      {"企业参访", "company visit"},
      {"实地考察", "field survey"},
      {"文化体验", "cultural experience"},
      {"B2B 洽谈", "B2B round"},
      {"其他", "other"},
  }};
  return labels[static_cast<std::size_t>(v)];
}

std::optional<EventType> parse_event_type(std::string_view s) {
  return parse_in<EventType>(kEventTypes, s);
}
std::optional<SessionType> parse_session_type(std::string_view s) {
  return parse_in<SessionType>(kSessionTypes, s);
}
std::optional<Visibility> parse_visibility(std::string_view s) {
  return parse_in<Visibility>(kVisibilities, s);
}
std::optional<EventStatus> parse_event_status(std::string_view s) {
  return parse_in<EventStatus>(kEventStatuses, s);
}
std::span<const std::string_view> event_type_names() { return kEventTypes; }
std::span<const std::string_view> session_type_names() { return kSessionTypes; }
std::span<const std::string_view> visibility_names() { return kVisibilities; }
std::span<const std::string_view> event_status_names() { return kEventStatuses; }

}  // namespace icity::core
