#include "app/itinerary_request.hpp"

#include <boost/json.hpp>
#include <chrono>
#include <cmath>
#include <set>

#include "app/json/directory_json.hpp"
#include "app/json/reader.hpp"
#include "core/event.hpp"
#include "core/validation.hpp"

namespace icity::app {
namespace json = boost::json;
namespace {

constexpr int kMaxDays = 14;

// Reads "HH:MM" at `key` into minutes, naming it when bad.
void clock(JsonReader& in, std::string_view key, int& out) {
  std::string text;
  in.string(key, text, 5);
  if (text.empty()) return;
  if (auto m = clock_minutes(text)) {
    out = *m;
  } else {
    in.error(key, "时间格式应为 HH:MM", "a time of day, HH:MM");
  }
}

// The days from `first` to `last` inclusive, at most kMaxDays.
std::vector<std::string> days_between(const std::string& first, const std::string& last) {
  using namespace std::chrono;
  std::vector<std::string> out;
  auto parse = [](const std::string& d) {
    return sys_days(year_month_day(year(std::stoi(d.substr(0, 4))),
                                   month(static_cast<unsigned>(std::stoi(d.substr(5, 2)))),
                                   day(static_cast<unsigned>(std::stoi(d.substr(8, 2))))));
  };
  for (auto d = parse(first); d <= parse(last) && out.size() < kMaxDays; d += days(1)) {
    const year_month_day ymd(d);
    char text[16];
    std::snprintf(text, sizeof text, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    out.emplace_back(text);
  }
  return out;
}

}  // namespace

std::optional<int> clock_minutes(const std::string& text) {
  if (!core::is_valid_clock_time(text)) return std::nullopt;
  return std::stoi(text.substr(0, 2)) * 60 + std::stoi(text.substr(3, 2));
}

std::string clock_text(double minutes) {
  const int m = static_cast<int>(std::clamp<long>(std::lround(minutes), 0L, 48L * 60L));
  char text[16];
  std::snprintf(text, sizeof text, "%02d:%02d", m / 60, m % 60);
  return text;
}

core::Result<ItineraryRequest> read_itinerary_request(const json::object& body,
                                                      const core::Delegation& delegation) {
  std::vector<core::FieldError> errors;
  JsonReader in(body, errors);
  in.allow({"days", "day_start", "day_end", "lunch", "start", "sites", "must_visit", "dropped",
            "pinned", "speed", "time_limit_ms"});
  ItineraryRequest r;
  in.string_list("days", r.days);
  if (!in.has("days") && core::is_valid_date(delegation.start_date) &&
      core::is_valid_date(delegation.end_date) && delegation.start_date <= delegation.end_date) {
    r.days = days_between(delegation.start_date, delegation.end_date);
  }
  if (r.days.empty()) {
    in.error("days", "必填:代表团没有日期时请给出参访日期",
             "required: the delegation has no dates, give the days of visits");
  }
  if (r.days.size() > kMaxDays) in.error("days", "最多 14 天", "at most 14 days");
  std::set<std::string> seen;
  for (std::size_t i = 0; i < r.days.size(); ++i) {
    if (!core::is_valid_date(r.days[i]) || !seen.insert(r.days[i]).second) {
      in.error("days[" + std::to_string(i) + "]", "应为不重复的日期 YYYY-MM-DD",
               "a date, YYYY-MM-DD, not repeated");
    }
  }
  clock(in, "day_start", r.day_start);
  clock(in, "day_end", r.day_end);
  if (r.day_end <= r.day_start + 60)
    in.error("day_end", "应晚于开始至少一小时", "at least an hour after the start");
  if (in.has("lunch")) {
    ItineraryRequest::Lunch lunch;
    const bool given = in.object("lunch", [&](JsonReader& l) {
      l.allow({"earliest", "latest", "minutes"});
      clock(l, "earliest", lunch.earliest);
      clock(l, "latest", lunch.latest);
      std::int64_t minutes = lunch.minutes;
      l.integer("minutes", minutes);
      if (minutes < 15 || minutes > 180)
        l.error("minutes", "应为 15 到 180 分钟", "15 to 180 minutes");
      if (lunch.latest < lunch.earliest)
        l.error("latest", "应不早于最早时间", "not before the earliest");
      lunch.minutes = static_cast<int>(std::clamp<std::int64_t>(minutes, 15, 180));
    });
    r.lunch = given ? std::optional(lunch) : std::nullopt;
  }
  in.object("start", [&](JsonReader& s) {
    s.allow({"name", "latitude", "longitude"});
    s.text("name", r.start_name);
    std::optional<double> lat = r.start_latitude, lon = r.start_longitude;
    s.optional_number("latitude", lat);
    s.optional_number("longitude", lon);
    if (!lat || *lat < -90 || *lat > 90)
      s.error("latitude", "应在 -90 到 90 之间", "between -90 and 90");
    if (!lon || *lon < -180 || *lon > 180)
      s.error("longitude", "应在 -180 到 180 之间", "between -180 and 180");
    r.start_latitude = lat.value_or(0);
    r.start_longitude = lon.value_or(0);
  });
  if (in.has("sites")) {
    std::vector<core::Id> sites;
    in.id_list("sites", sites);
    r.sites = std::move(sites);
  }
  in.id_list("must_visit", r.must_visit);
  in.id_list("dropped", r.dropped);
  in.objects("pinned", [&](JsonReader& p) {
    p.allow({"site_id", "day", "start"});
    ItineraryPin pin;
    std::optional<std::int64_t> site;
    p.optional_id("site_id", site);
    if (!site) p.error("site_id", "必填", "required");
    p.string("day", pin.day, 10);
    if (std::find(r.days.begin(), r.days.end(), pin.day) == r.days.end()) {
      p.error("day", "应为行程中的一天", "one of the itinerary's days");
    }
    int start = -1;
    clock(p, "start", start);
    if (start >= 0) pin.start_minutes = start;
    pin.site_id = site.value_or(0);
    r.pinned.push_back(pin);
  });
  in.object("speed", [&](JsonReader& s) {
    s.allow({"km_per_hour", "overhead_minutes"});
    std::optional<double> speed = r.km_per_hour, overhead = r.overhead_minutes;
    s.optional_number("km_per_hour", speed);
    s.optional_number("overhead_minutes", overhead);
    if (!speed || *speed < 3 || *speed > 120) s.error("km_per_hour", "应为 3 到 120", "3 to 120");
    if (!overhead || *overhead < 0 || *overhead > 120)
      s.error("overhead_minutes", "应为 0 到 120", "0 to 120");
    r.km_per_hour = speed.value_or(25);
    r.overhead_minutes = overhead.value_or(10);
  });
  std::int64_t limit = r.time_limit_ms;
  in.integer("time_limit_ms", limit);
  if (limit < 10 || limit > 10000)
    in.error("time_limit_ms", "应为 10 到 10000 毫秒", "10 to 10,000 ms");
  r.time_limit_ms = static_cast<int>(std::clamp<std::int64_t>(limit, 10, 10000));
  if (!errors.empty()) return core::fail(core::Error::invalid(std::move(errors)));
  return r;
}

json::object to_json(const ItineraryRequest& r) {
  json::array days, must, dropped, pinned;
  for (const auto& d : r.days) days.emplace_back(d);
  for (auto id : r.must_visit) must.emplace_back(id);
  for (auto id : r.dropped) dropped.emplace_back(id);
  for (const auto& p : r.pinned) {
    json::object o{{"site_id", p.site_id}, {"day", p.day}};
    if (p.start_minutes) o["start"] = clock_text(*p.start_minutes);
    pinned.push_back(std::move(o));
  }
  json::object out{
      {"days", std::move(days)},
      {"day_start", clock_text(r.day_start)},
      {"day_end", clock_text(r.day_end)},
      {"lunch", r.lunch ? json::value(json::object{{"earliest", clock_text(r.lunch->earliest)},
                                                   {"latest", clock_text(r.lunch->latest)},
                                                   {"minutes", r.lunch->minutes}})
                        : json::value(nullptr)},
      {"start", json::object{{"name", to_json(r.start_name)},
                             {"latitude", r.start_latitude},
                             {"longitude", r.start_longitude}}},
      {"must_visit", std::move(must)},
      {"dropped", std::move(dropped)},
      {"pinned", std::move(pinned)},
      {"speed",
       json::object{{"km_per_hour", r.km_per_hour}, {"overhead_minutes", r.overhead_minutes}}},
      {"time_limit_ms", r.time_limit_ms}};
  if (r.sites) {
    json::array sites;
    for (auto id : *r.sites) sites.emplace_back(id);
    out["sites"] = std::move(sites);
  }
  return out;
}

}  // namespace icity::app
