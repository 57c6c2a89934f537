#include "core/registration.hpp"

#include <algorithm>
#include <array>

#include "core/enum_names.hpp"
#include "core/field_checker.hpp"
#include "core/instant.hpp"
#include "core/validation.hpp"

namespace icity::core {
namespace {

constexpr std::array<std::string_view, 3> kStatuses = {"registered", "waitlisted", "cancelled"};

bool before(const std::string& a, const std::string& b) {
  auto x = parse_instant(a), y = parse_instant(b);
  return x && y && *x < *y;
}

void email(FieldChecker& c, const std::string& value) {
  if (value.empty()) {
    c.add("email", "必填", "required");
  } else if (!is_valid_email(value) || value.size() > 254) {
    c.add("email", "不是有效的电子邮箱地址", "not a valid email address");
  }
}

}  // namespace

std::string_view to_string(RegistrationStatus v) { return kStatuses[static_cast<std::size_t>(v)]; }
std::optional<RegistrationStatus> parse_registration_status(std::string_view s) {
  return parse_in<RegistrationStatus>(kStatuses, s);
}
std::span<const std::string_view> registration_status_names() { return kStatuses; }

std::optional<LocalizedText> registration_refused(const Event& e, const std::string& now,
                                                  bool invited) {
  if (e.status == EventStatus::kCancelled || e.archived) {
    return LocalizedText{"活动已取消", "the event was cancelled"};
  }
  if (!before(now, e.ends_at)) return LocalizedText{"活动已结束", "the event is over"};
  if (!e.registration_opens_at.empty() && before(now, e.registration_opens_at)) {
    return LocalizedText{"报名尚未开始", "registration has not opened yet"};
  }
  const std::string& closes =
      e.registration_closes_at.empty() ? e.starts_at : e.registration_closes_at;
  if (!before(now, closes)) return LocalizedText{"报名已截止", "registration has closed"};
  if (e.visibility == Visibility::kInvitation && !invited) {
    return LocalizedText{"本活动仅限受邀者报名:请使用邀请链接",
                         "this event is by invitation: use the link of your invitation"};
  }
  return std::nullopt;
}

RegistrationStatus admit(const Event& e, std::int64_t registered) {
  if (!e.capacity || registered < *e.capacity) return RegistrationStatus::kRegistered;
  return RegistrationStatus::kWaitlisted;
}

std::int64_t seats_to_fill(const Event& e, std::int64_t registered, std::int64_t waiting) {
  if (!e.capacity) return waiting;
  return std::clamp<std::int64_t>(*e.capacity - registered, 0, waiting);
}

std::vector<FieldError> validate(const Registration& r, const ReferenceCatalogue& ref) {
  FieldChecker c;
  c.text("name", r.name, 200, true);
  email(c, r.email);
  c.length("organisation", r.organisation, 300);
  if (!r.country.empty() && !ref.has_country(r.country)) {
    c.add("country", "不是 ISO 3166-1 二位国家代码(如 ES、DE)",
          "not an ISO 3166-1 alpha-2 country code (such as ES, DE)");
  }
  return c.take();
}

std::vector<FieldError> validate(const Invitation& i) {
  FieldChecker c;
  c.text("name", i.name, 200, false);
  email(c, i.email);
  return c.take();
}

}  // namespace icity::core
