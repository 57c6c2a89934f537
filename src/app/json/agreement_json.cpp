#include "app/json/agreement_json.hpp"

#include <boost/json.hpp>

#include "app/json/directory_json.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

json::value optional_id(const std::optional<core::Id>& id) {
  return id ? json::value(*id) : json::value(nullptr);
}

json::value optional_date(const std::string& date) {
  return date.empty() ? json::value(nullptr) : json::value(date);
}

}  // namespace

json::object to_json(const core::Agreement& a, core::AgreementStatus status) {
  json::array parties;
  for (const auto& p : a.parties) {
    parties.push_back(json::object{{"organisation_id", p.organisation_id},
                                   {"name", to_json(p.name)},
                                   {"signatory_name", p.signatory_name},
                                   {"signatory_title", to_json(p.signatory_title)}});
  }
  return {{"id", a.id},
          {"version", a.version},
          {"kind", core::to_string(a.kind)},
          {"title", to_json(a.title)},
          {"summary", to_json(a.summary)},
          {"parties", std::move(parties)},
          {"signed_on", a.signed_on},
          {"signed_place", to_json(a.signed_place)},
          {"expires_on", optional_date(a.expires_on)},
          {"renewal_notice_days",
           a.renewal_notice_days ? json::value(*a.renewal_notice_days) : json::value(nullptr)},
          {"remind_on", optional_date(a.remind_on)},
          {"status", core::to_string(status)},
          {"project_id", optional_id(a.project_id)},
          {"event_id", optional_id(a.event_id)},
          {"introduction_id", optional_id(a.introduction_id)},
          {"created_by", optional_id(a.created_by)},
          {"created_at", a.created_at},
          {"updated_at", a.updated_at}};
}

void read_into(JsonReader& in, core::Agreement& a) {
  in.allow({"kind", "title", "summary", "parties", "signed_on", "signed_place", "expires_on",
            "renewal_notice_days", "project_id", "event_id", "introduction_id",
            // read-only, ignored when echoed
            "version", "id", "status", "remind_on", "created_by", "created_at", "updated_at"});
  in.enumeration("kind", a.kind, &core::parse_agreement_kind, core::agreement_kind_names());
  in.text("title", a.title);
  in.text("summary", a.summary);
  if (in.has("parties")) {
    std::vector<core::AgreementParty> parties;
    in.objects("parties", [&](JsonReader& party) {
      party.allow({"organisation_id", "signatory_name", "signatory_title", "name"});
      core::AgreementParty one;
      std::optional<std::int64_t> org;
      party.optional_id("organisation_id", org);
      one.organisation_id = org.value_or(0);
      party.string("signatory_name", one.signatory_name, 1000);
      party.text("signatory_title", one.signatory_title);
      parties.push_back(std::move(one));
    });
    a.parties = std::move(parties);
  }
  in.string("signed_on", a.signed_on, 32);
  in.text("signed_place", a.signed_place);
  in.string("expires_on", a.expires_on, 32);
  in.optional_id("project_id", a.project_id);
  in.optional_id("event_id", a.event_id);
  in.optional_id("introduction_id", a.introduction_id);
  std::optional<std::int64_t> notice = a.renewal_notice_days;
  in.optional_integer("renewal_notice_days", notice);
  if (notice && (*notice < -1 || *notice > 100000)) notice = -1;  // reported by validate()
  a.renewal_notice_days =
      notice ? std::optional<int>(static_cast<int>(*notice)) : std::optional<int>();
}

}  // namespace icity::app
