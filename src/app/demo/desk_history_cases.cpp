// One generated case of the desk's history: a requester, the service, the
// request in the requester's language, and its course through the workflow
// up to the last day (what happened after it is left out).
#include <boost/json.hpp>
#include <chrono>
#include <map>
#include <random>
#include <stdexcept>

#include "app/demo/demo_files.hpp"
#include "app/demo/desk_history.hpp"
#include "app/demo/synthetic.hpp"
#include "app/holiday_calendar.hpp"
#include "app/json/reader.hpp"
#include "core/instant.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

using Text = core::LocalizedText;
using core::CaseStatus;
using core::Instant;
constexpr Instant kMinute = 60'000;
constexpr Instant kDay = 86'400'000;
constexpr Instant kLocalOffset = 8 * 60 * kMinute;  // Asia/Shanghai
constexpr long long kOpening = 19657;               // 2023-10-27

Text text_of(const json::value& v) {
  const auto& o = v.as_object();
  return {std::string(o.at("zh").as_string()), std::string(o.at("en").as_string())};
}
std::vector<Text> texts(const json::object& o, std::string_view key) {
  std::vector<Text> out;
  for (const auto& v : o.at(key).as_array()) out.push_back(text_of(v));
  return out;
}
std::vector<std::string> strings(const json::value& v) {
  std::vector<std::string> out;
  for (const auto& s : v.as_array()) out.emplace_back(s.as_string());
  return out;
}
template <class T>
const T& pick(const std::vector<T>& v, std::mt19937_64& rng) {
  if (v.empty()) throw std::runtime_error("desk pools: an empty list");
  return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
}
std::string replace(std::string s, std::string_view from, const std::string& to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}
// "Mika Mäkinen" -> "mika.makinen": Latin-1 letters by their base letter, other bytes dropped.
std::string ascii_words(const std::string& name) {
  static constexpr std::string_view kLatin1 = "aaaaaaaceeeeiiiidnooooo-ouuuuyts";
  std::string out;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const auto u = static_cast<unsigned char>(name[i]);
    if (u == 0xC3 && i + 1 < name.size()) {
      const char base = kLatin1[(static_cast<unsigned char>(name[++i]) - 0x80) & 0x1F];
      if (base != '-') out += base;
    } else if (u < 128 && std::isalpha(u)) {
      out += static_cast<char>(std::tolower(u));
    } else if (name[i] == ' ' && !out.empty() && out.back() != '.') {
      out += '.';
    }
  }
  return out;
}
long long day_of(const std::string& date) {
  const auto at = core::parse_instant(date + "T00:00:00Z");
  if (!at) throw std::invalid_argument("not a date: " + date);
  return *at / kDay;
}
std::string date_text(long long day) { return core::format_instant(day * kDay).substr(0, 10); }

struct Phrasing {
  Text subject, description;
};
struct Names {
  std::vector<Text> given, surnames;
};

}  // namespace

struct DeskHistoryWriter::Data {
  std::uint64_t seed = 0;
  long long last_day = 0;
  Instant horizon = 0;  // the last day's evening: nothing after it happened yet
  std::vector<DeskServiceInfo> services;
  std::vector<double> weights;
  std::vector<std::vector<Phrasing>> phrasings;  // by service
  std::vector<DeskStaff> staff;
  std::map<std::string, std::vector<const KnownOrganisation*>> orgs_by_country;
  std::vector<KnownOrganisation> orgs;
  std::map<std::string, Text> countries;
  std::vector<std::string> foreign;  // countries with people's names
  std::map<std::string, Names> names;
  std::vector<Text> replies, waiting, requester_replies, resolutions, notes, unworked, comments;
  std::vector<std::string> cn_domains, domains;
  const core::BusinessCalendar* calendar = nullptr;
};

DeskHistoryWriter::DeskHistoryWriter(std::uint64_t seed, std::string until,
                                     std::vector<DeskServiceInfo> services,
                                     std::vector<DeskStaff> staff,
                                     std::vector<KnownOrganisation> organisations)
    : data_(std::make_unique<Data>()) {
  auto& d = *data_;
  d.seed = seed;
  d.last_day = day_of(until);
  d.horizon = d.last_day * kDay + 18 * 60 * kMinute - kLocalOffset;
  d.calendar = &china_holiday_calendar().calendar;
  d.staff = std::move(staff);
  d.orgs = std::move(organisations);
  for (const auto& o : d.orgs) d.orgs_by_country[o.country].push_back(&o);
  std::string_view file;
  for (const auto& f : demo_files::files()) {
    if (f.name == "history_pools.json") file = f.content;
  }
  auto parsed = parse_json_object(file);
  if (!parsed) throw std::runtime_error("desk pools: " + parsed.error().detail.en);
  const json::object& pools = *parsed;
  const auto& by_service = pools.at("services").as_object();
  const auto& weights = pools.at("service_weights").as_object();
  for (auto& s : services) {
    auto it = by_service.find(s.service.key);
    if (it == by_service.end()) continue;  // a service the pools do not know
    std::vector<Phrasing> list;
    for (const auto& v : it->value().as_array()) {
      const auto& o = v.as_object();
      const auto& zh = o.at("zh").as_object();
      const auto& en = o.at("en").as_object();
      list.push_back(
          {{std::string(zh.at("subject").as_string()), std::string(en.at("subject").as_string())},
           {std::string(zh.at("description").as_string()),
            std::string(en.at("description").as_string())}});
    }
    auto w = weights.find(s.service.key);
    s.weight = w != weights.end() ? w->value().to_number<double>() : 1.0;
    d.weights.push_back(s.weight);
    d.phrasings.push_back(std::move(list));
    d.services.push_back(std::move(s));
  }
  if (d.services.empty()) throw std::runtime_error("desk history: no service the pools know");
  for (const auto& [code, v] : pools.at("countries").as_object()) {
    d.countries[std::string(code)] = text_of(v);
  }
  const auto people = demo_pools().at("people").as_object();
  for (const auto& [code, v] : people.at("foreign").as_object()) {
    const auto& o = v.as_object();
    if (!d.countries.contains(std::string(code))) continue;
    d.names[std::string(code)] = {texts(o, "given"), texts(o, "surnames")};
    d.foreign.emplace_back(code);
  }
  d.names["CN"] = {texts(people, "cn_given_names"), texts(people, "cn_surnames")};
  d.replies = texts(pools, "staff_replies");
  d.waiting = texts(pools, "waiting_requests");
  d.requester_replies = texts(pools, "requester_replies");
  d.resolutions = texts(pools, "resolutions");
  d.notes = texts(pools, "internal_notes");
  d.unworked = texts(pools, "closed_unworked");
  d.comments = texts(pools, "satisfaction_comments");
  const auto& domains = pools.at("mail_domains").as_object();
  d.cn_domains = strings(domains.at("CN"));
  d.domains = strings(domains.at("default"));
}

DeskHistoryWriter::~DeskHistoryWriter() = default;

store::cases::HistoryCase DeskHistoryWriter::make(std::int64_t index) const {
  const auto& d = *data_;
  const auto& cal = *d.calendar;
  std::mt19937_64 rng(d.seed * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index) * 7349);
  auto uniform = [&](auto lo, auto hi) {
    return std::uniform_int_distribution<decltype(lo + hi)>(lo, hi)(rng);
  };
  auto chance = [&](double p) { return std::bernoulli_distribution(p)(rng); };
  std::discrete_distribution<std::size_t> service_pick(d.weights.begin(), d.weights.end());
  const std::size_t s = service_pick(rng);
  const auto& service = d.services[s].service;
  const auto& phrasing = pick(d.phrasings[s], rng);
  const std::string& key = service.key;

  // The requester: from China (in Chinese) or one of the pools' countries (in English).
  const double cn_share = key == "overseas-expansion" || key == "business-matchmaking" ? 0.6
                          : key == "venue-events"                                      ? 0.4
                                                                                       : 0.2;
  const bool cn = chance(cn_share) || d.foreign.empty();
  const std::string country = cn ? "CN" : pick(d.foreign, rng);
  const auto& names = d.names.at(country);
  const Text given = pick(names.given, rng), surname = pick(names.surnames, rng);
  core::Case c;
  c.service_id = service.id;
  c.team_id = service.team_id;
  c.language = cn ? "zh" : "en";
  c.contact.country = country;
  c.contact.name = cn ? surname.zh + given.zh : given.en + " " + surname.en;
  const std::string person =
      cn ? ascii_words(surname.en + " " + given.en) : ascii_words(given.en + " " + surname.en);
  const bool personal = key == "work-permit" || key == "residence-visa" || key == "talent-services";
  const KnownOrganisation* org = nullptr;
  if (auto it = d.orgs_by_country.find(country);
      it != d.orgs_by_country.end() && chance(personal ? 0.4 : 0.75)) {
    org = pick(it->second, rng);
  }
  if (org != nullptr) {
    c.organisation_id = org->id;
    c.contact.organisation = cn ? org->name_zh : org->name_en;
    const auto www = org->website.find("www.");
    c.contact.email = person + "@" + org->website.substr(www == std::string::npos ? 0 : www + 4);
  } else if (cn && chance(0.5)) {
    c.contact.email = std::to_string(uniform(10000000LL, 2999999999LL)) + "@qq.com";
  } else {
    c.contact.email =
        person + std::to_string(uniform(1, 99)) + "@" + pick(cn ? d.cn_domains : d.domains, rng);
  }
  const Text market = cn ? d.countries.at(pick(d.foreign, rng)) : d.countries.at(country);
  const Text org_name =
      org != nullptr ? Text{org->name_zh, org->name_en} : Text{"我们公司", "our company"};
  const Text city = org != nullptr && !org->city_en.empty() ? Text{org->city_zh, org->city_en}
                                                            : Text{"深圳", "Shenzhen"};
  auto fill = [&](const Text& t) {
    const bool zh = c.language == "zh";
    std::string s2 = replace(zh ? t.zh : t.en, "{org}", zh ? org_name.zh : org_name.en);
    s2 = replace(std::move(s2), "{country}", zh ? market.zh : market.en);
    s2 = replace(std::move(s2), "{city}", zh ? city.zh : city.en);
    if (!s2.empty() && s2[0] >= 'a' && s2[0] <= 'z') s2[0] = static_cast<char>(s2[0] - 32);
    for (auto p = s2.find(". our"); p != std::string::npos; p = s2.find(". our", p + 1)) {
      s2[p + 2] = 'O';
    }
    return s2;
  };
  c.subject = fill(phrasing.subject);
  c.description = fill(phrasing.description);

  // When: more requests as the centre became known, few at weekends and on holidays.
  const long long span = std::max(1LL, d.last_day - kOpening);
  long long day = kOpening;
  for (int tries = 0; tries < 64; ++tries) {
    day = uniform(kOpening, d.last_day);
    const double growth = 0.35 + 0.65 * static_cast<double>(day - kOpening) / span;
    if (chance(growth * (cal.is_working_day(date_text(day)) ? 1.0 : 0.15))) break;
  }
  const bool working = cal.is_working_day(date_text(day));
  Instant created = day * kDay - kLocalOffset +
                    (working ? uniform(510LL, 1140LL) : uniform(600LL, 1200LL)) * kMinute +
                    uniform(0LL, 59'999LL);
  created = std::min<Instant>(created, d.horizon - uniform(1LL, 600LL) * kMinute);
  const Instant created_at = created;
  c.created_at = core::format_instant(created);
  const std::int64_t target = std::int64_t{service.target_hours} * 60;
  const Instant first_due = cal.add_business_minutes(created, target);
  c.key_digest = "generated";  // no private link: the requester's key was never issued

  // Who works it: someone of the service's team (anyone on the desk if the team has nobody).
  std::vector<const DeskStaff*> team;
  for (const auto& st : d.staff) {
    if (std::find(st.teams.begin(), st.teams.end(), service.team_id) != st.teams.end()) {
      team.push_back(&st);
    }
  }
  if (team.empty()) {
    for (const auto& st : d.staff) team.push_back(&st);
  }
  if (team.empty()) throw std::runtime_error("desk history: no staff");
  const core::UserRef lead = pick(team, rng)->user;
  const core::UserRef agent = pick(team, rng)->user;

  store::cases::HistoryCase h;
  auto step = [&](std::optional<CaseStatus> from, CaseStatus to, Instant at,
                  const core::UserRef* by, std::string who, std::string message = {}) {
    core::CaseStep st;
    st.from = from;
    st.to = to;
    st.at = core::format_instant(at);
    if (by != nullptr) {
      st.user_id = by->id;
      st.actor = by->email;
    } else {
      st.actor = std::move(who);
    }
    if (to == CaseStatus::kAssigned) st.assignee = agent;
    st.message = std::move(message);
    h.steps.push_back(std::move(st));
  };
  auto say = [&](Instant at, const core::UserRef* by, const Text& body, bool internal = false) {
    core::CaseMessage m;
    m.internal = internal;
    m.author = by != nullptr ? core::MessageAuthor::kStaff : core::MessageAuthor::kRequester;
    if (by != nullptr) m.user_id = by->id;
    m.author_name = by != nullptr ? by->display_name : c.contact.name;
    m.body = internal ? body.zh : fill(body);
    m.created_at = core::format_instant(at);
    h.messages.push_back(std::move(m));
  };
  auto staff_after = [&](Instant t, std::int64_t lo, std::int64_t hi) {
    return cal.add_business_minutes(t, uniform(lo, std::max(lo, hi))) + uniform(0LL, 59'999LL);
  };
  step(std::nullopt, CaseStatus::kNew, created, nullptr, "requester");

  Instant resolved = 0, rated = 0, back = 0;
  if (chance(0.03)) {  // closed without being worked: a duplicate, out of scope
    Instant t = staff_after(created, 10, 240);
    const bool assigned = chance(0.5);
    if (assigned) step(CaseStatus::kNew, CaseStatus::kAssigned, t, &lead, "");
    const Text why = pick(d.unworked, rng);
    step(assigned ? CaseStatus::kAssigned : CaseStatus::kNew, CaseStatus::kClosed,
         staff_after(t, 5, 120), &lead, "", c.language == "zh" ? why.zh : why.en);
  } else {
    const Instant assigned = staff_after(created, 5, 180);
    step(CaseStatus::kNew, CaseStatus::kAssigned, assigned, &lead, "");
    const Instant working_on = staff_after(assigned, 5, 90);
    step(CaseStatus::kAssigned, CaseStatus::kInProgress, working_on, &agent, "");
    Instant t = working_on + uniform(2LL, 40LL) * kMinute;
    say(t, &agent, pick(d.replies, rng));
    const double share = chance(0.88) ? uniform(25, 95) / 100.0 : uniform(105, 180) / 100.0;
    std::int64_t budget = static_cast<std::int64_t>(static_cast<double>(target) * share);
    budget = std::max(budget, cal.business_minutes_between(created, t) + 30);
    if (chance(0.25)) {  // waiting on the requester for more documents
      const Instant asked = staff_after(t, 30, budget / 2);
      const Text request = pick(d.waiting, rng);
      say(asked, &agent, request);
      step(CaseStatus::kInProgress, CaseStatus::kWaitingOnRequester, asked, &agent, "",
           fill(request));
      back = asked + uniform(120LL, 7200LL) * kMinute;
      say(back, nullptr, pick(d.requester_replies, rng));
      step(CaseStatus::kWaitingOnRequester, CaseStatus::kInProgress, back, nullptr, "requester");
      budget += cal.business_minutes_between(asked, back);
      t = back;
    }
    if (chance(0.15)) say(staff_after(working_on, 10, 60), &agent, pick(d.notes, rng), true);
    resolved = std::max(cal.add_business_minutes(created, budget), t + 10 * kMinute);
    say(resolved, &agent, pick(d.resolutions, rng));
    step(CaseStatus::kInProgress, CaseStatus::kResolved, resolved, &agent, "");
    const bool confirmed = chance(0.4);
    const Instant closed = resolved + (confirmed ? uniform(60LL, 4320LL) * kMinute
                                                 : 14 * kDay + uniform(5LL, 600LL) * kMinute);
    step(CaseStatus::kResolved, CaseStatus::kClosed, closed, nullptr,
         confirmed ? "requester" : "system");
    if (chance(0.65)) rated = resolved + uniform(30LL, 4320LL) * kMinute;
  }

  std::stable_sort(h.messages.begin(), h.messages.end(),
                   [](const auto& a, const auto& b) { return a.created_at < b.created_at; });
  // What happened by the last day's evening.
  std::erase_if(h.steps, [&](const auto& st) { return *core::parse_instant(st.at) > d.horizon; });
  std::erase_if(h.messages,
                [&](const auto& m) { return *core::parse_instant(m.created_at) > d.horizon; });
  Instant updated = created_at;
  Instant due = first_due;
  for (const auto& st : h.steps) {
    const Instant at = *core::parse_instant(st.at);
    updated = std::max(updated, at);
    if (st.from == CaseStatus::kWaitingOnRequester) {
      const Instant since = *core::parse_instant(c.waiting_since);
      due = cal.add_business_minutes(due, cal.business_minutes_between(since, at));
      c.waiting_since.clear();
    }
    if (st.to == CaseStatus::kWaitingOnRequester) c.waiting_since = st.at;
    if (st.to == CaseStatus::kResolved) c.resolved_at = st.at;
    if (st.to == CaseStatus::kClosed) c.closed_at = st.at;
    if (st.to == CaseStatus::kAssigned) c.assignee_id = agent.id;
    c.status = st.to;
  }
  for (const auto& m : h.messages) {
    updated = std::max(updated, *core::parse_instant(m.created_at));
    if (m.author == core::MessageAuthor::kStaff && !m.internal && c.first_response_at.empty()) {
      c.first_response_at = m.created_at;
    }
  }
  if (rated > 0 && rated <= d.horizon && !c.resolved_at.empty()) {
    const int score = std::discrete_distribution<int>({0, 1, 3, 8, 28, 60})(rng);
    const bool comment = chance(0.4);
    const Text& words = d.comments[score >= 5 ? uniform(0, 1) : score == 4 ? 2 : 3];
    c.satisfaction =
        core::Satisfaction{score, comment ? fill(words) : "", core::format_instant(rated)};
    updated = std::max(updated, rated);
  }
  c.due_at = core::format_instant(due);
  c.updated_at = core::format_instant(updated);
  h.value = std::move(c);
  return h;
}

}  // namespace icity::app
