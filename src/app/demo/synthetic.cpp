#include "app/demo/synthetic.hpp"


#include <boost/json.hpp>
#include <chrono>
#include <cstdio>
#include <map>
#include <random>
#include <stdexcept>

#include "app/json/reader.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

using Text = core::LocalizedText;

Text text_of(const json::value& v) {
  if (v.is_string()) return {std::string(v.as_string()), std::string(v.as_string())};
  const auto& o = v.as_object();
  auto get = [&](const char* k) {
    auto it = o.find(k);
    return it != o.end() && it->value().is_string() ? std::string(it->value().as_string()) : "";
  };
  return {get("zh"), get("en")};
}

std::vector<Text> texts(const json::value* v) {
  std::vector<Text> out;
  if (v == nullptr || !v->is_array()) return out;
  for (const auto& item : v->as_array()) out.push_back(text_of(item));
  return out;
}

const json::value* find(const json::object& o, std::initializer_list<const char*> keys) {
  for (const char* k : keys) {
    if (auto it = o.find(k); it != o.end()) return &it->value();
  }
  return nullptr;
}

std::string replace(std::string s, std::string_view from, const std::string& to) {
  for (auto pos = s.find(from); pos != std::string::npos; pos = s.find(from, pos + to.size())) {
    s.replace(pos, from.size(), to);
  }
  return s;
}

// Days since 1970-01-01 to "YYYY-MM-DD".
std::string date_of(long long days) {
  const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{days}}};
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
  return buf;
}

constexpr long long kOpening = 19657;  // 2023-10-27, the centre opened
constexpr long long kLaunch = 19948;   // 2024-08-13, HUA HUB launched

template <class T>
const T& pick(const std::vector<T>& v, std::mt19937_64& rng) {
  if (v.empty()) throw std::runtime_error("demo pools: an empty list");
  return v[std::uniform_int_distribution<std::size_t>(0, v.size() - 1)(rng)];
}

}  // namespace

struct SyntheticWorld::Pools {
  struct Industry {
    Text name;
    std::string sector;
    std::vector<int> sdgs;
    std::vector<Text> summaries;
  };
  struct Foreign {
    std::string country;
    std::vector<Text> cities, stems, legal_forms, given, surnames;
    std::string language;
  };
  std::vector<Text> places, districts, brands, legal_forms, surnames, given, titles, topics;
  std::vector<Industry> industries;
  std::vector<Foreign> foreign;
  std::map<std::string, std::vector<Text>> summaries;  // by interaction type
};

SyntheticWorld::SyntheticWorld(const json::object& pools, std::uint64_t seed)
    : pools_(std::make_unique<Pools>()), seed_(seed) {
  auto& p = *pools_;
  p.places = texts(find(pools, {"cn_places", "cn_cities"}));
  p.districts = texts(find(pools, {"shenzhen_districts", "cn_districts"}));
  p.brands = texts(find(pools, {"cn_brand_syllables", "cn_brands"}));
  p.legal_forms = texts(find(pools, {"cn_legal_forms"}));
  p.topics = texts(find(pools, {"topics"}));
  if (const auto* inds = find(pools, {"cn_industries"})) {
    for (const auto& v : inds->as_array()) {
      const auto& o = v.as_object();
      Pools::Industry ind;
      ind.name = text_of(v);
      ind.sector = std::string(o.at("sector").as_string());
      if (const auto* s = find(o, {"sdgs"})) {
        for (const auto& g : s->as_array()) ind.sdgs.push_back(static_cast<int>(g.as_int64()));
      }
      ind.summaries = texts(find(o, {"summaries", "summary_templates", "templates"}));
      p.industries.push_back(std::move(ind));
    }
  }
  if (const auto* f = find(pools, {"foreign"}); f && f->is_object()) {
    for (const auto& [code, v] : f->as_object()) {
      const auto& o = v.as_object();
      Pools::Foreign fo;
      fo.country = std::string(code);
      fo.cities = texts(find(o, {"cities"}));
      fo.stems = texts(find(o, {"stems", "company_stems", "name_stems"}));
      fo.legal_forms = texts(find(o, {"legal_forms"}));
      if (auto it = o.find("language"); it != o.end() && it->value().is_string()) {
        fo.language = std::string(it->value().as_string());
      }
      p.foreign.push_back(std::move(fo));
    }
  }
  if (const auto* people = find(pools, {"people"}); people && people->is_object()) {
    const auto& o = people->as_object();
    p.surnames = texts(find(o, {"cn_surnames"}));
    p.given = texts(find(o, {"cn_given_names", "cn_given"}));
    p.titles = texts(find(o, {"titles", "job_titles"}));
    if (const auto* f = find(o, {"foreign"}); f && f->is_object()) {
      for (auto& fo : p.foreign) {
        if (auto it = f->as_object().find(fo.country); it != f->as_object().end()) {
          const auto& names = it->value().as_object();
          fo.given = texts(find(names, {"given", "given_names"}));
          fo.surnames = texts(find(names, {"surnames", "family_names"}));
        }
      }
    }
  }
  if (const auto* s = find(pools, {"interaction_summaries"}); s && s->is_object()) {
    for (const auto& [type, list] : s->as_object()) p.summaries[std::string(type)] = texts(&list);
  }
  if (p.places.empty() || p.brands.empty() || p.industries.empty() || p.legal_forms.empty() ||
      p.surnames.empty() || p.given.empty() || p.titles.empty()) {
    throw std::runtime_error("demo pools: a required list is missing");
  }
  std::erase_if(p.foreign,
                [](const Pools::Foreign& f) { return f.stems.empty() || f.cities.empty(); });
}

SyntheticWorld::~SyntheticWorld() = default;

core::Organisation SyntheticWorld::organisation(std::int64_t index) const {
  const auto& p = *pools_;
  std::mt19937_64 rng(seed_ * 0x9E3779B97F4A7C15ULL + static_cast<std::uint64_t>(index));
  core::Organisation o;
  const auto& industry = p.industries[static_cast<std::size_t>(index) % p.industries.size()];
  auto n = static_cast<std::uint64_t>(index) / p.industries.size();
  o.sectors = {industry.sector};
  for (int g : industry.sdgs) {
    if (o.sdgs.empty() || std::bernoulli_distribution(0.6)(rng)) o.sdgs.push_back(g);
  }
  const int year = std::uniform_int_distribution<int>(1998, 2023)(rng);
  // One in five is foreign, chosen by a hash so it does not follow the industry cycle.
  const bool foreign = !p.foreign.empty() &&
                       (static_cast<std::uint64_t>(index) * 0x9E3779B97F4A7C15ULL >> 60) % 5 == 4;
  std::string brand_zh, brand_en;
  Text city;
  if (foreign) {
    // Mixed radix over country, stem, second stem and city: distinct names.
    const auto& f = p.foreign[n % p.foreign.size()];
    n /= p.foreign.size();
    const auto stem_index = n % f.stems.size();
    const auto& stem = f.stems[stem_index];
    n /= f.stems.size();
    const auto second = n % f.stems.size();  // 0: none, else another stem
    n /= f.stems.size();
    city = f.cities[n % f.cities.size()];
    n /= f.cities.size();
    brand_zh = stem.zh;
    brand_en = stem.en;
    if (second > 0) {
      const auto& other = f.stems[(stem_index + second) % f.stems.size()];
      brand_zh += "·" + other.zh;
      brand_en += " & " + other.en;
    }
    const Text legal = f.legal_forms.empty() ? Text{"有限公司", "Ltd."} : pick(f.legal_forms, rng);
    o.name = {brand_zh + industry.name.zh + (legal.zh.empty() ? "公司" : legal.zh),
              brand_en + " " + industry.name.en + " " + legal.en};
    if (n > 0) o.name.en += " " + std::to_string(n + 1);  // beyond the pools' capacity
    if (n > 0) o.name.zh += std::to_string(n + 1);
    o.country = f.country;
    o.kind =
        std::bernoulli_distribution(0.5)(rng) ? core::OrgKind::kEnterprise : core::OrgKind::kSme;
  } else {
    const auto& place = p.places[n % p.places.size()];
    n /= p.places.size();
    const auto brand_index = n % p.brands.size();
    const auto& brand = p.brands[brand_index];
    n /= p.brands.size();
    const auto& legal = p.legal_forms[n % p.legal_forms.size()];
    n /= p.legal_forms.size();
    const auto second = n % p.brands.size();  // 0: a two-character brand, else four
    n /= p.brands.size();
    brand_zh = brand.zh;
    brand_en = brand.en;
    if (second > 0) {
      const auto& other = p.brands[(brand_index + second) % p.brands.size()];
      brand_zh += other.zh;
      std::string s = other.en;
      if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
      brand_en += s;
    }
    city = place;
    o.name = {place.zh + brand_zh + industry.name.zh + legal.zh,
              place.en + " " + brand_en + " " + industry.name.en + " " + legal.en};
    if (n > 0) o.name.en += " " + std::to_string(n + 1);
    if (n > 0) o.name.zh += std::to_string(n + 1);
    o.country = "CN";
    const double r = std::uniform_real_distribution<double>(0, 1)(rng);
    o.kind = r < 0.45   ? core::OrgKind::kSme
             : r < 0.75 ? core::OrgKind::kStartup
                        : core::OrgKind::kEnterprise;
    if (city.en == "Shenzhen" && !p.districts.empty()) o.district = pick(p.districts, rng);
  }
  o.city = city;
  o.size = o.kind == core::OrgKind::kStartup       ? core::SizeBand::kMicro
           : o.kind == core::OrgKind::kSme         ? core::SizeBand::kSmall
           : std::bernoulli_distribution(0.5)(rng) ? core::SizeBand::kMedium
                                                   : core::SizeBand::kLarge;
  if (!industry.summaries.empty()) {
    const auto& t = pick(industry.summaries, rng);
    auto fill = [&](std::string s, const std::string& b, const std::string& c) {
      s = replace(std::move(s), "{brand}", b);
      s = replace(std::move(s), "{city}", c);
      return replace(std::move(s), "{year}", std::to_string(year));
    };
    o.summary = {fill(t.zh, brand_zh, city.zh), fill(t.en, brand_en, city.en)};
  }
  std::string domain;
  for (char c : brand_en) {
    if (std::isalnum(static_cast<unsigned char>(c))) {
      domain += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
  }
  o.website = "https://www." + domain + "-" + std::to_string(index) + ".example.com";
  o.tags = {industry.name.en};
  return o;
}

std::vector<core::Person> SyntheticWorld::people(const core::Organisation& org,
                                                 std::int64_t index) const {
  const auto& p = *pools_;
  std::mt19937_64 rng(seed_ * 31 + static_cast<std::uint64_t>(index) * 7919);
  const int count = std::uniform_int_distribution<int>(1, 3)(rng);
  const Pools::Foreign* f = nullptr;
  for (const auto& fo : p.foreign) {
    if (fo.country == org.country && !fo.given.empty() && !fo.surnames.empty()) f = &fo;
  }
  std::vector<core::Person> out;
  for (int i = 0; i < count; ++i) {
    core::Person person;
    person.organisation_id = org.id;
    if (f != nullptr) {
      const auto& g = pick(f->given, rng);
      const auto& s = pick(f->surnames, rng);
      person.name = {g.zh + "·" + s.zh, g.en + " " + s.en};
      person.nationality = org.country;
      person.languages = {f->language.empty() ? "en" : f->language, "en"};
      if (person.languages[0] == "en") person.languages.pop_back();
    } else {
      const auto& s = pick(p.surnames, rng);
      const auto& g = pick(p.given, rng);
      person.name = {s.zh + g.zh, s.en + " " + g.en};
      person.nationality = "CN";
      person.languages = {"zh", "en"};
    }
    person.title = pick(p.titles, rng);
    std::string local;
    for (char c : person.name.en) {
      if (std::isalpha(static_cast<unsigned char>(c))) {
        local += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      } else if (c == ' ' && !local.empty() && local.back() != '.') {
        local += '.';
      }
    }
    const auto host = org.website.substr(org.website.find("www.") + 4);
    person.email = local.append("@").append(host);
    person.phone =
        org.country == "CN"
            ? "+86 755 " + std::to_string(std::uniform_int_distribution<int>(2000, 8999)(rng)) +
                  " " + std::to_string(std::uniform_int_distribution<int>(1000, 9999)(rng))
            : "";
    person.consent_date = date_of(std::uniform_int_distribution<long long>(kOpening, kLaunch)(rng));
    out.push_back(std::move(person));
  }
  return out;
}

std::vector<core::Interaction> SyntheticWorld::interactions(const core::Organisation& org,
                                                            const std::vector<core::Id>& people,
                                                            std::int64_t index) const {
  const auto& p = *pools_;
  std::mt19937_64 rng(seed_ * 131 + static_cast<std::uint64_t>(index) * 104729);
  // Most organisations the centre knows have visited it at least once.
  const int count = std::discrete_distribution<int>({10, 55, 25, 10})(rng);
  static const std::vector<std::pair<core::InteractionType, std::string>> kTypes = {
      {core::InteractionType::kVisitReceived, "visit_received"},
      {core::InteractionType::kMeeting, "meeting"},
      {core::InteractionType::kCall, "call"},
      {core::InteractionType::kEmail, "email"},
      {core::InteractionType::kEvent, "event"}};
  std::vector<core::Interaction> out;
  for (int i = 0; i < count; ++i) {
    const auto& [type, name] =
        i == 0 ? kTypes[0]
               : kTypes[std::discrete_distribution<std::size_t>({30, 30, 15, 15, 10})(rng)];
    core::Interaction in;
    in.type = type;
    in.date = date_of(std::uniform_int_distribution<long long>(kOpening, kLaunch)(rng));
    in.organisation_ids = {org.id};
    if (!people.empty() && std::bernoulli_distribution(0.6)(rng))
      in.person_ids = {pick(people, rng)};
    const Text topic = p.topics.empty() ? Text{"合作交流", "cooperation"} : pick(p.topics, rng);
    auto it = p.summaries.find(name);
    const Text t = it != p.summaries.end() && !it->second.empty()
                       ? pick(it->second, rng)
                       : Text{"{org}:{topic}", "{org}: {topic}"};
    auto fill = [&](std::string s, const std::string& o, const std::string& tp,
                    const std::string& c) {
      s = replace(std::move(s), "{org}", o);
      s = replace(std::move(s), "{topic}", tp);
      return replace(std::move(s), "{city}", c);
    };
    in.summary = {fill(t.zh, org.name.zh, topic.zh, org.city.zh),
                  fill(t.en, org.name.en, topic.en, org.city.en)};
    out.push_back(std::move(in));
  }
  return out;
}

}  // namespace icity::app
