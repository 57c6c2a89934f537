// Agreements: memoranda of understanding, cooperation agreements and letters
// of intent that organisations signed, often through the centre: who signed
// for whom, when and where, until when, and where they came from (a project,
// an event, an introduction).
//
// Their status is derived from the dates, never stored:
//   active    no expiry, or today is before the reminder day;
//   expiring  from the reminder day (expires_on − notice days) to expires_on;
//   expired   from the day after expires_on.
// The reminder day is also when staff are reminded to renew it, once per
// agreement and expiry date (src/app).
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "core/entities.hpp"
#include "core/error.hpp"
#include "core/introduction.hpp"
#include "core/localized_text.hpp"

namespace icity::core {

enum class AgreementKind { kMou, kCooperationAgreement, kLetterOfIntent };
enum class AgreementStatus { kActive, kExpiring, kExpired };

std::string_view to_string(AgreementKind v);
std::string_view to_string(AgreementStatus v);
std::optional<AgreementKind> parse_agreement_kind(std::string_view s);
std::optional<AgreementStatus> parse_agreement_status(std::string_view s);
std::span<const std::string_view> agreement_kind_names();
std::span<const std::string_view> agreement_status_names();

// One signing organisation and who signed for it. `name` is read, never written.
struct AgreementParty {
  Id organisation_id = 0;
  std::string signatory_name;
  LocalizedText signatory_title;
  LocalizedText name;
  bool operator==(const AgreementParty& o) const {
    return organisation_id == o.organisation_id && signatory_name == o.signatory_name &&
           signatory_title == o.signatory_title;
  }
};

struct Agreement {
  Id id = 0;
  std::int64_t version = 0;
  AgreementKind kind = AgreementKind::kMou;
  LocalizedText title;
  LocalizedText summary;
  std::vector<AgreementParty> parties;  // at least two
  std::string signed_on;                // "YYYY-MM-DD"
  LocalizedText signed_place;
  std::string expires_on;                  // "YYYY-MM-DD" or "" (no expiry)
  std::optional<int> renewal_notice_days;  // none: the node's default
  std::string remind_on;                   // expires_on − notice days, or "" (derived)
  std::optional<Id> project_id;
  std::optional<Id> event_id;
  std::optional<Id> introduction_id;
  std::optional<Id> created_by;
  bool archived = false;
  std::string created_at;
  std::string updated_at;
};

// Every bad field of an agreement (its own values; whether the organisations,
// project, event and introduction exist is checked by src/app).
std::vector<FieldError> validate(const Agreement& agreement);

// `date` ("YYYY-MM-DD", valid) moved by `days` (negative: earlier).
std::string add_days(std::string_view date, int days);
// The day to remind staff of the renewal: expires_on − notice days ("" without expiry).
std::string reminder_day(const Agreement& agreement, int default_notice_days);
// The status on `today` ("YYYY-MM-DD").
AgreementStatus status_on(const Agreement& agreement, std::string_view today,
                          int default_notice_days);

// The in-app reminder to renew: kind "agreement.renewal", naming the
// agreement and its expiry date in both languages.
Notice renewal_notice(const Agreement& agreement);

struct AgreementQuery {
  std::optional<AgreementKind> kind;
  std::optional<Id> organisation_id;
  std::optional<Id> project_id;
  std::optional<AgreementStatus> status;
  std::string today;                   // set by the service, for status
  std::string signed_from, signed_to;  // "YYYY-MM-DD" or ""
  // Set by the service from the caller: a partner sees only its organisation's.
  std::optional<Id> own_organisation_id;
  int limit = 20;
  std::string cursor;
};

}  // namespace icity::core
